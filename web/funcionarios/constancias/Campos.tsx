import { Show } from 'solid-js'
import { Radios } from '../../components/Radios.tsx'
import { TextField } from '../../components/TextField.tsx'
import type { Form } from '../../forms/form.ts'
import { locale } from '../../i18n/index.ts'
import { type DocumentoAnswers, fechaCorta, fieldLabel, pdfUrl } from './api.ts'
import { tv } from './i18n/index.ts'

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
    <div class="vv-date__item">
      <label class="vv-date__label" for={`${props.id}${suffix}`}>
        {label}
      </label>
      <input
        id={`${props.id}${suffix}`}
        name={`${props.id}${suffix}`}
        class={`input vv-date__input--${width}${props.error ? ' input--error' : ''}`}
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
          {props.hint ?? tv('cv.fecha.hint')}
        </div>
        <Show when={props.error}>
          <p id={`${props.id}-error`} class="error-message">
            {props.error}
          </p>
        </Show>
        <div class="vv-date">
          {part('', tv('cv.fecha.dia'), props.day, props.onDay, 2, props.autocomplete ? 'bday-day' : 'off')}
          {part(
            'Mes',
            tv('cv.fecha.mes'),
            props.month,
            props.onMonth,
            2,
            props.autocomplete ? 'bday-month' : 'off',
          )}
          {part(
            'Anio',
            tv('cv.fecha.anio'),
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

/** One large GOV.UK checkbox: a statement made by ticking it; the input carries the field's id. */
export function Checkbox(props: {
  id: string
  label: string
  error: string | undefined
  checked: boolean
  onChange: (checked: boolean) => void
}) {
  return (
    <div class={props.error ? 'form-group form-group--error' : 'form-group'}>
      <Show when={props.error}>
        <p id={`${props.id}-error`} class="error-message">
          {props.error}
        </p>
      </Show>
      <div class="vv-checkbox">
        <input
          class="vv-checkbox__input"
          type="checkbox"
          id={props.id}
          name={props.id}
          value="si"
          checked={props.checked}
          onChange={(event) => props.onChange(event.currentTarget.checked)}
          aria-describedby={props.error ? `${props.id}-error` : undefined}
        />
        <label class="vv-checkbox__label" for={props.id}>
          {props.label}
        </label>
      </div>
    </div>
  )
}

/** GOV.UK's warning text: an icon with a hidden "Warning", then the warning in bold. */
export function Warning(props: { title: string; body: string }) {
  return (
    <div class="vv-warning" role="note">
      <span class="vv-warning__icon" aria-hidden="true">
        !
      </span>
      <div>
        <h2 class="heading-m">{props.title}</h2>
        <p>{props.body}</p>
      </div>
    </div>
  )
}

/**
 * The identity document the citizen shows: its kind, number, expiry date, RUN and whether the
 * name matches; the justification when the unit is 200 km or less from the polling place.
 */
export function DocumentoCampos<T extends DocumentoAnswers & Record<string, string>>(props: {
  form: Form<T>
  /** The request's name, read out in the "name matches" statement; absent on the assisted form. */
  nombre?: string
  primarias?: string
  limite?: string
  conJustificacion: boolean
}) {
  const form = () => props.form
  const label = (field: string) => fieldLabel(locale(), field)
  return (
    <>
      <h2 class="heading-m">{tv('cv.documento.title')}</h2>
      <Show when={props.limite}>
        {(limite) => <p>{tv('cv.documento.lead', { limit: fechaCorta(limite()) })}</p>}
      </Show>
      <Radios
        id="documento"
        legend={label('documento')}
        error={form().error('documento')}
        options={[
          { value: 'cedula', label: tv('cv.documento.cedula') },
          { value: 'pasaporte', label: tv('cv.documento.pasaporte') },
        ]}
        value={form().values().documento}
        onChange={form().set('documento')}
      />
      <TextField
        id="numeroDocumento"
        label={label('numeroDocumento')}
        hint={tv('cv.documento.numero.hint')}
        error={form().error('numeroDocumento')}
        value={form().values().numeroDocumento}
        onInput={form().set('numeroDocumento')}
        autocomplete="off"
        inputClass="input--20"
      />
      <DateInput
        id="vencimiento"
        legend={label('vencimiento')}
        error={form().error('vencimiento')}
        day={form().values().vencimiento}
        month={form().values().vencimientoMes}
        year={form().values().vencimientoAnio}
        onDay={form().set('vencimiento')}
        onMonth={form().set('vencimientoMes')}
        onYear={form().set('vencimientoAnio')}
      />
      <TextField
        id="runDocumento"
        label={label('runDocumento')}
        hint={tv('cv.documento.run.hint')}
        error={form().error('runDocumento')}
        value={form().values().runDocumento}
        onInput={form().set('runDocumento')}
        autocomplete="off"
        inputClass="input--10"
      />
      <Checkbox
        id="nombreCoincide"
        label={props.nombre ? tv('cv.nombre.label', { nombre: props.nombre }) : label('nombreCoincide')}
        error={form().error('nombreCoincide')}
        checked={form().values().nombreCoincide === 'si'}
        onChange={(checked) => form().set('nombreCoincide')(checked ? 'si' : '')}
      />
      <Show when={props.conJustificacion}>
        <TextField
          id="justificacion"
          label={label('justificacion')}
          hint={tv('cv.justificacion.hint')}
          error={form().error('justificacion')}
          value={form().values().justificacion}
          onInput={form().set('justificacion')}
          multiline
          maxLength={500}
        />
      </Show>
    </>
  )
}

/** The receipt of a validated constancia: what happened, and the PDF to print. */
export function Comprobante(props: { code: string; verificacionUrl: string }) {
  return (
    <>
      <p>
        <a class="button" href={pdfUrl(props.code)} target="_blank" rel="noopener">
          {tv('cv.imprimir')}
          <span class="visually-hidden"> {tv('cv.imprimir.hint')}</span>
        </a>
      </p>
      <p>
        <a href={props.verificacionUrl} target="_blank" rel="noopener">
          {tv('cv.verificacion.link')}
          <span class="visually-hidden"> {tv('cv.nuevaPestana')}</span>
        </a>
      </p>
    </>
  )
}
