import { Show } from 'solid-js'
import { Leyenda } from './Leyenda.tsx'

/**
 * One large GOV.UK checkbox: a statement made by ticking it (a declaration, "this is a shared
 * device"), with an optional hint and an inline error; the input carries the field's id, so an
 * error summary link lands on it.
 *
 * @example
 * <Checkbox id="veracidad" label={…} error={error('veracidad')} checked={…} onChange={(on) => …} />
 */
export function Checkbox(props: {
  id: string
  label: string
  hint?: string
  error?: string | undefined
  checked: boolean
  onChange: (checked: boolean) => void
  /** A question above the box (a fieldset's legend), when the label alone is the statement. */
  legend?: string
}) {
  const describedBy = () =>
    [props.hint ? `${props.id}-hint` : '', props.error ? `${props.id}-error` : ''].filter(Boolean).join(' ')
  const box = () => (
    <>
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
          aria-describedby={describedBy() || undefined}
        />
        <label class="checkbox__label" for={props.id}>
          {props.label}
        </label>
        <Show when={props.hint}>
          <div id={`${props.id}-hint`} class="hint">
            {props.hint}
          </div>
        </Show>
      </div>
    </>
  )
  return (
    <div class={props.error ? 'form-group form-group--error' : 'form-group'}>
      <Show when={props.legend} fallback={box()}>
        {(legend) => (
          <fieldset class="fieldset">
            <Leyenda text={legend()} />
            {box()}
          </fieldset>
        )}
      </Show>
    </div>
  )
}
