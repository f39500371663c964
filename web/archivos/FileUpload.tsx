import { For, type JSX, Show } from 'solid-js'
import { MAX_ARCHIVOS, MAX_BYTES } from '../../worker/archivos/limites.ts'
import { TIPOS } from '../../worker/archivos/tipo.ts'
import { locale } from '../i18n/index.ts'
import type { Archivos, EstadoArchivo } from './archivos.ts'
import { ta } from './i18n/index.ts'
import { QuitarArchivo } from './QuitarArchivo.tsx'
import './archivos.css'

export { ready } from './i18n/index.ts'

/** What the device's file picker offers: the accepted types, and the HEIC photos iPhones take by name. */
const ACCEPT = [...TIPOS, '.heic', '.heif'].join(',')

/** A size as people read it: "820 kB", "2,4 MB" (Creole follows French conventions). */
export function tamano(bytes: number): string {
  const tag = { es: 'es-CL', en: 'en-GB', ht: 'fr' }[locale()]
  const mega = bytes >= 1024 * 1024
  return new Intl.NumberFormat(tag, {
    style: 'unit',
    unit: mega ? 'megabyte' : 'kilobyte',
    maximumFractionDigits: mega ? 1 : 0,
  }).format(mega ? bytes / (1024 * 1024) : Math.max(1, bytes / 1024))
}

/** A file's state in words; on a shared device it is in the page, never "saved on this device". */
function estadoEnPalabras(estado: EstadoArchivo, bytes: number, compartido: boolean): string {
  switch (estado.kind) {
    case 'subiendo':
      return ta('archivos.estado.subiendo', { pct: Math.floor((estado.recibidos / bytes) * 100) })
    case 'subido':
      return ta('archivos.estado.subido')
    case 'esperando':
      return ta(compartido ? 'archivos.estado.esperandoEnPagina' : 'archivos.estado.esperando')
    default:
      return ta(compartido ? 'archivos.estado.enPagina' : 'archivos.estado.guardado')
  }
}

interface FileUploadProps {
  /** The field's name (the body's field that carries the files' ids), so error links land here. */
  id: string
  label: string
  /** Replaces the limits' hint (what to attach, in the form's words); the limits are then the form's to say. */
  hint?: string
  /** A problem of the field as a whole (the server's refusal naming it). */
  error?: string | undefined
  archivos: Archivos
  /** One question per page: the label is the page's h1. */
  asHeading?: boolean
}

/**
 * GOV.UK's file upload, for several files: a label, a hint with the limits, the picker, the
 * problems of the files just chosen (each naming its file), and the list of chosen files with
 * their size, how far each got and a Remove button. The files themselves are `createArchivos`'.
 *
 * @example
 * <FileUpload id="archivos" label="Fotos, documentos o videos (opcional)" archivos={evidencia} />
 */
export function FileUpload(props: FileUploadProps) {
  const hintId = () => `${props.id}-hint`
  const errorId = (index: number) => `${props.id}-error-${index}`
  const problems = () => [
    ...(props.error ? [{ nombre: '', message: props.error }] : []),
    ...props.archivos.problemas(),
  ]
  const describedBy = () => [hintId(), ...problems().map((_, index) => errorId(index))].join(' ')
  const label = (): JSX.Element => (
    <label class="label" for={props.id}>
      {props.label}
    </label>
  )
  return (
    <div class={problems().length > 0 ? 'form-group form-group--error' : 'form-group'}>
      <Show when={props.asHeading} fallback={label()}>
        <h1 class="label-heading">{label()}</h1>
      </Show>
      <div id={hintId()} class="hint">
        {props.hint ?? ta('archivos.hint', { max: MAX_ARCHIVOS, mb: `${MAX_BYTES / (1024 * 1024)} MB` })}
        <Show when={props.archivos.compartido()}>
          <p class="archivos__compartido">{ta('archivos.compartido')}</p>
        </Show>
      </div>
      <For each={problems()}>
        {(problem, index) => (
          <p id={errorId(index())} class="error-message">
            {problem.message}
          </p>
        )}
      </For>
      <input
        id={props.id}
        name={props.id}
        type="file"
        multiple
        accept={ACCEPT}
        class={problems().length > 0 ? 'file-upload file-upload--error' : 'file-upload'}
        aria-describedby={describedBy()}
        aria-invalid={problems().length > 0 ? 'true' : undefined}
        onChange={(event) => {
          const input = event.currentTarget
          const chosen = [...(input.files ?? [])]
          // Emptied, so that choosing the same file again (after removing it) is a change.
          input.value = ''
          void props.archivos.agregar(chosen)
        }}
      />
      <Show when={props.archivos.lista().length > 0}>
        <ul class="archivos" aria-label={ta('archivos.elegidos')}>
          <For each={props.archivos.lista()}>
            {(file) => {
              const estado = () => props.archivos.estado(file.local)
              return (
                <li class="archivos__item">
                  <span class="archivos__nombre">{file.nombre}</span>
                  <span class="archivos__detalle">
                    {tamano(file.bytes)} ·{' '}
                    <span aria-live="polite">
                      {estadoEnPalabras(estado(), file.bytes, props.archivos.compartido())}
                    </span>
                  </span>
                  <Show when={estado().kind === 'subiendo'}>
                    <progress
                      class="archivos__progreso"
                      max={file.bytes}
                      value={(estado() as { recibidos: number }).recibidos}
                      aria-hidden="true"
                    />
                  </Show>
                  <QuitarArchivo
                    texto={ta('archivos.quitar')}
                    nombre={file.nombre}
                    onClick={() => void props.archivos.quitar(file.local)}
                  />
                </li>
              )
            }}
          </For>
        </ul>
      </Show>
    </div>
  )
}
