import { DateInput as Fecha } from '../components/DateInput.tsx'
import { ts } from './i18n/index.ts'

/**
 * GOV.UK's date input as officers' forms use it: the citizens' (web/components/DateInput.tsx) with
 * the staff's words, day, month and year as three values of the form. The day input carries the
 * field's id (`vencimiento`), the others `<id>Mes` and `<id>Anio` (the form's own fields), so an
 * error summary link lands on it.
 *
 * @example
 * <DateInput id="desde" legend="Desde" error={…} day={d} month={m} year={y} onDay={…} onMonth={…} onYear={…} />
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
  return (
    <Fecha
      id={props.id}
      ids={{ dia: props.id, mes: `${props.id}Mes`, anio: `${props.id}Anio` }}
      legend={props.legend}
      hint={props.hint ?? ts('staff.fecha.hint')}
      error={props.error}
      partes={['dia', 'mes', 'anio']}
      words={{ dia: ts('staff.fecha.dia'), mes: ts('staff.fecha.mes'), anio: ts('staff.fecha.anio') }}
      value={{ dia: props.day, mes: props.month, anio: props.year }}
      onInput={(parte, value) => ({ dia: props.onDay, mes: props.onMonth, anio: props.onYear })[parte](value)}
      autocomplete={props.autocomplete}
    />
  )
}
