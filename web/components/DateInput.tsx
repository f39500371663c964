import { For, Show } from 'solid-js'
import { describedBy, groupClass, HintAndError } from './FieldChrome.tsx'
import { Leyenda } from './Leyenda.tsx'
import './date-input.css'

/** A part of a date input: the day, the month or the year, each its own box. */
export type ParteFecha = 'dia' | 'mes' | 'anio'

/**
 * The id of a part's box: the first part carries the field's id (an error summary's link lands on
 * it), the others `<id>-mes`, `<id>-anio`.
 *
 * @example
 * idParte('respuestas.fecha', 'mes', ['dia', 'mes', 'anio']) // 'respuestas.fecha-mes'
 */
export function idParte(id: string, parte: ParteFecha, partes: readonly ParteFecha[]): string {
  return parte === partes[0] ? id : `${id}-${parte}`
}

/** The autocomplete token of a part of a date of birth (`bday-day`…). */
const BDAY: Record<ParteFecha, string> = { dia: 'day', mes: 'month', anio: 'year' }

/**
 * GOV.UK's date input: day, month and year (or month and year) in boxes of their own with the
 * phone's number keyboard, in a fieldset whose legend asks the question — as a page's heading when
 * the date is the page's one question. With `hora`, a time of day after them, in the same row (the
 * phone's time picker; its value `HH:MM`), its box `<id>-hora`.
 *
 * @example
 * <DateInput id="fecha" legend="Fecha" hint="Por ejemplo, 27 3 2026" error={…} partes={['dia', 'mes', 'anio']}
 *   words={{ dia: 'Día', mes: 'Mes', anio: 'Año' }} value={{ dia, mes, anio }} onInput={(parte, v) => …} />
 */
export function DateInput(props: {
  id: string
  legend: string
  hint?: string
  error: string | undefined
  partes: readonly ParteFecha[]
  words: Record<ParteFecha, string>
  value: Partial<Record<ParteFecha, string>>
  onInput: (parte: ParteFecha, value: string) => void
  /** A time of day too: its label and its value as `HH:MM`. */
  hora?: { label: string; value: string; onInput: (value: string) => void }
  /** Each part's own id (and name), when not {@link idParte}'s: an officer's form names `fechaMes`. */
  ids?: Record<ParteFecha, string>
  /** A date of birth: the browser may fill it in. */
  autocomplete?: 'bday'
  /** One question per page: the legend is the page's h1. */
  asHeading?: boolean
  headingRef?: (element: HTMLElement) => void
}) {
  return (
    <div class={groupClass(props.error)}>
      <fieldset class="fieldset" aria-describedby={describedBy(props)}>
        <Leyenda text={props.legend} asHeading={props.asHeading} headingRef={props.headingRef} />
        <HintAndError id={props.id} hint={props.hint} error={props.error} />
        <div class="date-input">
          <For each={props.partes}>
            {(parte) => {
              const id = () => props.ids?.[parte] ?? idParte(props.id, parte, props.partes)
              return (
                <div class="date-input__item">
                  <label class="date-input__label" for={id()}>
                    {props.words[parte]}
                  </label>
                  <input
                    id={id()}
                    name={id()}
                    class={`input date-input__input--${parte === 'anio' ? 4 : 2}${props.error ? ' input--error' : ''}`}
                    inputMode="numeric"
                    maxLength={parte === 'anio' ? 4 : 2}
                    autocomplete={props.autocomplete ? `bday-${BDAY[parte]}` : 'off'}
                    spellcheck={false}
                    value={props.value[parte] ?? ''}
                    onInput={(event) => props.onInput(parte, event.currentTarget.value)}
                    aria-invalid={props.error ? 'true' : undefined}
                  />
                </div>
              )
            }}
          </For>
          <Show when={props.hora}>
            {(hora) => (
              <div class="date-input__item">
                <label class="date-input__label" for={`${props.id}-hora`}>
                  {hora().label}
                </label>
                <input
                  id={`${props.id}-hora`}
                  name={`${props.id}-hora`}
                  type="time"
                  class={`input date-input__input--hora${props.error ? ' input--error' : ''}`}
                  value={hora().value}
                  onInput={(event) => hora().onInput(event.currentTarget.value)}
                  aria-invalid={props.error ? 'true' : undefined}
                />
              </div>
            )}
          </Show>
        </div>
      </fieldset>
    </div>
  )
}
