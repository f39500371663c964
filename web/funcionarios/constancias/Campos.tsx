import { Show } from 'solid-js'
import { formatLocal } from '../../../core/time.ts'
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

/** An election's window as the API describes it (`/eleccion`, `/buscar`). */
export interface Plazo {
  nombre: string
  estado: 'proxima' | 'abierta' | 'cerrada'
  ventanaInicio: string
  ventanaFin: string
}

/**
 * The election's window when it is not open, said up front (which election, when it opens or
 * when it closed, Santiago's time, dd-mm-aaaa): no constancia can be issued or validated then,
 * and the screen offers no way to.
 */
export function PlazoCerrado(props: { plazo: Plazo }) {
  const cuando = (iso: string) => {
    const text = formatLocal(new Date(iso))
    return { nombre: props.plazo.nombre, fecha: text.slice(0, 10), hora: text.slice(11) }
  }
  return (
    <Warning
      title={tv('cv.plazo.title')}
      body={
        props.plazo.estado === 'proxima'
          ? tv('cv.plazo.proxima', cuando(props.plazo.ventanaInicio))
          : tv('cv.plazo.cerrada', cuando(props.plazo.ventanaFin))
      }
    />
  )
}

/**
 * An example expiry date for the hint: a few years ahead, as on a document still valid (one that
 * expired up to twelve months before the primaries is accepted too, the lead says so).
 */
const vencimientoEjemplo = () => `27 3 ${new Date().getFullYear() + 4}`

/**
 * The identity document the citizen shows: its kind, number, expiry date, RUN and whether the
 * name is the citizen's. Every label is the API's own for its field (worker/i18n), so that each
 * error message quotes the words on the screen.
 */
export function DocumentoCampos<T extends DocumentoAnswers & Record<string, string>>(props: {
  form: Form<T>
  /** The request's name, to compare with the document's; absent on the assisted form. */
  nombre?: string
  limite?: string
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
        {...form().field('documento')}
        legend={label('documento')}
        options={[
          { value: 'cedula', label: tv('cv.documento.cedula') },
          { value: 'pasaporte', label: tv('cv.documento.pasaporte') },
        ]}
      />
      <TextField
        {...form().field('numeroDocumento')}
        label={label('numeroDocumento')}
        hint={tv('cv.documento.numero.hint')}
        autocomplete="off"
        inputClass="input--20"
      />
      <DateInput
        id="vencimiento"
        legend={label('vencimiento')}
        hint={tv('cv.vencimiento.hint', { ejemplo: vencimientoEjemplo() })}
        error={form().error('vencimiento')}
        day={form().values().vencimiento}
        month={form().values().vencimientoMes}
        year={form().values().vencimientoAnio}
        onDay={form().set('vencimiento')}
        onMonth={form().set('vencimientoMes')}
        onYear={form().set('vencimientoAnio')}
      />
      <TextField
        {...form().field('runDocumento')}
        label={label('runDocumento')}
        hint={tv('cv.documento.run.hint')}
        autocomplete="off"
        inputClass="input--10"
      />
      <Checkbox
        id="nombreCoincide"
        label={label('nombreCoincide')}
        hint={props.nombre ? tv('cv.nombre.solicitud', { nombre: props.nombre }) : tv('cv.nombre.foto')}
        error={form().error('nombreCoincide')}
        checked={form().values().nombreCoincide === 'si'}
        onChange={(checked) => form().set('nombreCoincide')(checked ? 'si' : '')}
      />
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
