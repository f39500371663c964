import { Show } from 'solid-js'
import { ts } from './i18n/index.ts'
// The date input's styles are the shared component's (web/components/DateInput.tsx).
import '../components/date-input.css'

/**
 * GOV.UK's date input: day, month and year in one fieldset. The day input carries the field's
 * id (`vencimiento`), the others `<id>Mes` and `<id>Anio`, so an error summary link lands on it.
 */
export function DateInput(props: {
  id: string
  legend: string
  hint?: string
  error: string | undefined
  day: string
  month: string
  year: string
  onDay: (value: string) => void
  onMonth: (value: string) => void
  onYear: (value: string) => void
  autocomplete?: 'bday'
}) {
  const describedBy = () =>
    [`${props.id}-hint`, props.error ? `${props.id}-error` : ''].filter(Boolean).join(' ')
  const part = (
    suffix: '' | 'Mes' | 'Anio',
    label: string,
    value: string,
    onInput: (value: string) => void,
    width: 2 | 4,
    autocomplete?: string,
  ) => (
    <div class="date-input__item">
      <label class="date-input__label" for={`${props.id}${suffix}`}>
        {label}
      </label>
      <input
        id={`${props.id}${suffix}`}
        name={`${props.id}${suffix}`}
        class={`input date-input__input--${width}${props.error ? ' input--error' : ''}`}
        inputMode="numeric"
        maxLength={width}
        value={value}
        autocomplete={autocomplete}
        onInput={(event) => onInput(event.currentTarget.value)}
        aria-invalid={props.error ? 'true' : undefined}
      />
    </div>
  )
  return (
    <div class={props.error ? 'form-group form-group--error' : 'form-group'}>
      <fieldset class="fieldset" aria-describedby={describedBy()}>
        <legend class="label">{props.legend}</legend>
        <div id={`${props.id}-hint`} class="hint">
          {props.hint ?? ts('staff.fecha.hint')}
        </div>
        <Show when={props.error}>
          <p id={`${props.id}-error`} class="error-message">
            {props.error}
          </p>
        </Show>
        <div class="date-input">
          {part(
            '',
            ts('staff.fecha.dia'),
            props.day,
            props.onDay,
            2,
            props.autocomplete ? 'bday-day' : 'off',
          )}
          {part(
            'Mes',
            ts('staff.fecha.mes'),
            props.month,
            props.onMonth,
            2,
            props.autocomplete ? 'bday-month' : 'off',
          )}
          {part(
            'Anio',
            ts('staff.fecha.anio'),
            props.year,
            props.onYear,
            4,
            props.autocomplete ? 'bday-year' : 'off',
          )}
        </div>
      </fieldset>
    </div>
  )
}
