import { type ComponentProps, For, onMount, Show } from 'solid-js'
import { TextField } from '../../components/TextField.tsx'
import { tv } from './i18n/index.ts'

const describedBy = (...ids: (string | false | undefined)[]) => ids.filter(Boolean).join(' ') || undefined

/**
 * GOV.UK's date input: day, month and year in three boxes with the phone's number keyboard, in a
 * fieldset whose legend asks the question. The day box carries the field's id, so an error
 * summary link lands on it.
 */
export function DateInput(props: {
  id: string
  legend: string
  hint: string
  error: string | undefined
  value: { dia: string; mes: string; anio: string }
  onInput: (part: 'dia' | 'mes' | 'anio', value: string) => void
  autocomplete?: 'bday'
}) {
  const parts = [
    { part: 'dia', id: props.id, label: () => tv('form.day'), width: 'cv-date__input--2', ac: 'day' },
    {
      part: 'mes',
      id: `${props.id}-mes`,
      label: () => tv('form.month'),
      width: 'cv-date__input--2',
      ac: 'month',
    },
    {
      part: 'anio',
      id: `${props.id}-anio`,
      label: () => tv('form.year'),
      width: 'cv-date__input--4',
      ac: 'year',
    },
  ] as const
  return (
    <div class={props.error ? 'form-group form-group--error' : 'form-group'}>
      <fieldset
        class="cv-fieldset"
        aria-describedby={describedBy(`${props.id}-hint`, props.error && `${props.id}-error`)}
      >
        <legend class="label">{props.legend}</legend>
        <div id={`${props.id}-hint`} class="hint">
          {props.hint}
        </div>
        <Show when={props.error}>
          <p id={`${props.id}-error`} class="error-message">
            {props.error}
          </p>
        </Show>
        <div class="cv-date">
          <For each={parts}>
            {(item) => (
              <div class="cv-date__item">
                <label class="cv-date__label" for={item.id}>
                  {item.label()}
                </label>
                <input
                  id={item.id}
                  name={item.id}
                  type="text"
                  inputMode="numeric"
                  class={`input ${item.width}${props.error ? ' input--error' : ''}`}
                  value={props.value[item.part]}
                  onInput={(event) => props.onInput(item.part, event.currentTarget.value)}
                  autocomplete={props.autocomplete ? `${props.autocomplete}-${item.ac}` : undefined}
                  spellcheck={false}
                  aria-invalid={props.error ? 'true' : undefined}
                />
              </div>
            )}
          </For>
        </div>
      </fieldset>
    </div>
  )
}

/**
 * One GOV.UK checkbox in a fieldset: a statement the citizen makes by ticking it. The input
 * carries the field's id, so an error summary link lands on it.
 */
export function Checkbox(props: {
  id: string
  legend: string
  label: string
  hint?: string
  error: string | undefined
  checked: boolean
  onChange: (checked: boolean) => void
}) {
  return (
    <div class={props.error ? 'form-group form-group--error' : 'form-group'}>
      <fieldset
        class="cv-fieldset"
        aria-describedby={describedBy(props.hint && `${props.id}-hint`, props.error && `${props.id}-error`)}
      >
        <legend class="label">{props.legend}</legend>
        <Show when={props.hint}>
          <div id={`${props.id}-hint`} class="hint">
            {props.hint}
          </div>
        </Show>
        <Show when={props.error}>
          <p id={`${props.id}-error`} class="error-message">
            {props.error}
          </p>
        </Show>
        <div class="checkbox">
          <input
            class="checkbox__input"
            type="checkbox"
            id={props.id}
            name={props.id}
            value="si"
            checked={props.checked}
            onChange={(event) => props.onChange(event.currentTarget.checked)}
          />
          <label class="checkbox__label" for={props.id}>
            {props.label}
          </label>
        </div>
      </fieldset>
    </div>
  )
}

/**
 * The shared TextField as a telephone input (`type="tel"`: the phone's dial pad, with "+"), which
 * the shared component does not offer.
 */
export function PhoneField(props: Omit<ComponentProps<typeof TextField>, 'type' | 'inputMode'>) {
  let box: HTMLDivElement | undefined
  onMount(() => box?.querySelector('input')?.setAttribute('type', 'tel'))
  return (
    <div ref={box}>
      <TextField {...props} />
    </div>
  )
}
