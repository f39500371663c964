import { Show } from 'solid-js'
import { Checkbox } from '../../components/Checkbox.tsx'
import { Radios } from '../../components/Radios.tsx'
import { TextField } from '../../components/TextField.tsx'
import type { Form } from '../../forms/form.ts'
import { locale } from '../../i18n/index.ts'
import { DateInput } from '../Campos.tsx'
import { fechaCorta } from '../fechas.ts'
import { type DocumentoAnswers, fieldLabel, pdfUrl } from './api.ts'
import { tv } from './i18n/index.ts'

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
