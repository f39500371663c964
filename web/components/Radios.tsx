import { For, Show } from 'solid-js'
import { Leyenda } from './Leyenda.tsx'

export interface RadioOption {
  value: string
  label: string
  hint?: string
}

/** The parts of a question answered by ticking options: one (radios) or several (checkboxes). */
interface ChoicesProps {
  id: string
  legend: string
  hint?: string
  error?: string | undefined
  options: RadioOption[]
  /** One question per page: the legend is the page's h1. */
  asHeading?: boolean
  headingRef?: (element: HTMLElement) => void
}

function Choices(
  props: ChoicesProps & {
    type: 'radio' | 'checkbox'
    checked: (value: string) => boolean
    onChange: (value: string, checked: boolean) => void
  },
) {
  // Its hint and error drawn here, not with FieldChrome.tsx: that is in the forms' chunk, and the
  // landing pages' screeners (reencuentro, información) show radios without loading it (35 kB budget).
  const hintId = () => (props.hint ? `${props.id}-hint` : undefined)
  const errorId = () => (props.error ? `${props.id}-error` : undefined)
  return (
    <div class={props.error ? 'form-group form-group--error' : 'form-group'}>
      <fieldset
        class="fieldset"
        aria-describedby={[hintId(), errorId()].filter(Boolean).join(' ') || undefined}
      >
        <Leyenda text={props.legend} asHeading={props.asHeading} headingRef={props.headingRef} />
        <Show when={props.hint}>
          <div id={hintId()} class="hint">
            {props.hint}
          </div>
        </Show>
        <Show when={props.error}>
          <p id={errorId()} class="error-message">
            {props.error}
          </p>
        </Show>
        <div class="radios">
          <For each={props.options}>
            {(option, index) => {
              const id = () => (index() === 0 ? props.id : `${props.id}-${option.value}`)
              return (
                <div class="radios__item">
                  <input
                    class="radios__input"
                    type={props.type}
                    id={id()}
                    name={props.id}
                    value={option.value}
                    checked={props.checked(option.value)}
                    onChange={(event) => props.onChange(option.value, event.currentTarget.checked)}
                    aria-describedby={option.hint ? `${id()}-hint` : undefined}
                  />
                  <label class="radios__label" for={id()}>
                    {option.label}
                  </label>
                  <Show when={option.hint}>
                    <div id={`${id()}-hint`} class="hint radios__hint">
                      {option.hint}
                    </div>
                  </Show>
                </div>
              )
            }}
          </For>
        </div>
      </fieldset>
    </div>
  )
}

/**
 * GOV.UK radios: a fieldset whose legend asks the question, one labelled radio per option. The
 * first radio carries the field's id, so an error summary link lands on the group.
 */
export function Radios(props: ChoicesProps & { value: string; onChange: (value: string) => void }) {
  return (
    <Choices
      {...props}
      type="radio"
      checked={(value) => props.value === value}
      onChange={(value) => props.onChange(value)}
    />
  )
}

/**
 * GOV.UK checkboxes: the same question with any number of options ticked, kept in the options'
 * order whatever order they were ticked in.
 *
 * @example
 * <Checkboxes id="capacidades" legend="Lo que puede hacer" options={options} value={ticked()} onChange={setTicked} />
 */
export function Checkboxes(
  props: ChoicesProps & { value: readonly string[]; onChange: (value: string[]) => void },
) {
  const toggle = (value: string, checked: boolean) =>
    props.onChange(
      props.options
        .map((option) => option.value)
        .filter((candidate) => (candidate === value ? checked : props.value.includes(candidate))),
    )
  return (
    <Choices {...props} type="checkbox" checked={(value) => props.value.includes(value)} onChange={toggle} />
  )
}
