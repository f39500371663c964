import { createSignal, For, Show, type Signal } from 'solid-js'
import { MAX_ARCHIVOS, MAX_BYTES } from '../../worker/archivos/limites.ts'
import { TIPOS } from '../../worker/archivos/tipo.ts'
import '../archivos/archivos.css'
import { QuitarArchivo } from '../archivos/QuitarArchivo.tsx'
import { type ArchivoDelTip, type Conexion, type Elegido, enviarElegidos } from './archivos-anonimos.ts'
import type { Idioma } from './archivos-metadatos.ts'
import './informacion.css'

export type { ArchivoDelTip } from './archivos-anonimos.ts'

const PALABRAS = {
  es: {
    hint: `Fotos, PDF o videos, hasta ${MAX_ARCHIVOS} archivos de ${MAX_BYTES / (1024 * 1024)} MB cada uno. Antes de cifrarlas, quitamos de las fotos la ubicación, el teléfono y la fecha.`,
    elegidos: 'Archivos elegidos',
    quitado: 'Quitamos de esta foto:',
    nada: 'No encontramos datos que quitar.',
    preparando: 'Quitando datos y cifrando…',
    subiendo: (pct: number) => `Enviando: ${pct} %`,
    listo: 'Cifrado y enviado',
    quitar: 'Quitar',
  },
  en: {
    hint: `Photos, PDFs or videos, up to ${MAX_ARCHIVOS} files of ${MAX_BYTES / (1024 * 1024)} MB each. Before encrypting them, we remove the location, the phone and the date from photos.`,
    elegidos: 'Chosen files',
    quitado: 'We removed from this photo:',
    nada: 'We found no data to remove.',
    preparando: 'Removing data and encrypting…',
    subiendo: (pct: number) => `Sending: ${pct}%`,
    listo: 'Encrypted and sent',
    quitar: 'Remove',
  },
  ht: {
    hint: `Foto, PDF oswa videyo, jiska ${MAX_ARCHIVOS} fichye ki pa depase ${MAX_BYTES / (1024 * 1024)} MB chak. Anvan nou chifre foto yo, nou retire pozisyon, telefòn ak dat yo.`,
    elegidos: 'Fichye ou chwazi',
    quitado: 'Nou retire nan foto sa a:',
    nada: 'Nou pa jwenn done pou retire.',
    preparando: 'N ap retire done epi chifre…',
    subiendo: (pct: number) => `N ap voye: ${pct} %`,
    listo: 'Chifre epi voye',
    quitar: 'Retire',
  },
} as const

/**
 * What H1's tip form gives the component (round 2 mounts it): the field, the language, how to
 * reach the server, and where the files ready for the tip go.
 */
export interface ArchivosAnonimosProps {
  /** The field's id: the tip's body field `archivos`, so a refusal naming it links here. */
  id: string
  label: string
  idioma: Idioma
  /** The server's refusal naming `archivos`, in words. */
  error?: string | undefined
  /** The portal's origin and a fresh proof of work per batch (`pagarDesafio` of web/informacion/desafio.ts). */
  conexion: Conexion
  /**
   * Every change: the files ready for the tip (their entries of the sealed tip's `archivos`, and
   * their ids for the body's `archivos`), and whether none is still on its way — send only then.
   */
  onCambio: (listos: ArchivoDelTip[], enCurso: boolean) => void
  /**
   * Where the list lives, when it must outlive the component (the tip's files page, left for
   * check-your-answers and come back to); by default the component's own.
   */
  lista?: Signal<Elegido[]>
}

/**
 * A file picker for a tip: each chosen file says what was removed from it (a photo) or warns that
 * it may carry its author's name (a document, audio or video), then how far its encrypted upload
 * got. Nothing is kept in the browser's storage: the files live in the page.
 *
 * @example
 * <ArchivosAnonimos id="archivos" label="Fotos o documentos (opcional)" idioma="es"
 *   conexion={{ origin: location.origin, desafio: () => pagarDesafio() }}
 *   onCambio={(listos, enCurso) => setArchivos({ listos, enCurso })} />
 */
export function ArchivosAnonimos(props: ArchivosAnonimosProps) {
  // Read once: the list's home does not change over the component's life.
  const [lista, setLista] = props.lista ?? createSignal<Elegido[]>([])
  const palabras = () => PALABRAS[props.idioma]
  const avisar = () => {
    const todos = lista()
    props.onCambio(
      todos.flatMap((e) => (e.delTip ? [e.delTip] : [])),
      todos.some((e) => e.estado.kind === 'preparando' || e.estado.kind === 'subiendo'),
    )
  }
  const cambio = (elegido: Elegido) => {
    setLista((antes) =>
      antes.some((e) => e.local === elegido.local)
        ? antes.map((e) => (e.local === elegido.local ? elegido : e))
        : [...antes, elegido],
    )
    avisar()
  }
  const quitar = (local: string) => {
    // An upload removed is never attached: the server deletes it with the day's unsent ones.
    setLista((antes) => antes.filter((e) => e.local !== local))
    avisar()
  }
  const enTip = () => lista().filter((e) => e.estado.kind !== 'rechazado').length
  const estado = (e: Elegido) => {
    const p = palabras()
    switch (e.estado.kind) {
      case 'preparando':
        return p.preparando
      case 'subiendo':
        return p.subiendo(Math.floor((e.estado.recibidos / Math.max(1, e.estado.total)) * 100))
      case 'listo':
        return p.listo
      default:
        return e.estado.motivo
    }
  }
  return (
    <div class={props.error ? 'form-group form-group--error' : 'form-group'}>
      <label class="label" for={props.id}>
        {props.label}
      </label>
      <div id={`${props.id}-hint`} class="hint">
        {palabras().hint}
      </div>
      <Show when={props.error}>
        <p id={`${props.id}-error`} class="error-message">
          {props.error}
        </p>
      </Show>
      <input
        id={props.id}
        type="file"
        multiple
        accept={[...TIPOS, '.heic', '.heif'].join(',')}
        class={props.error ? 'file-upload file-upload--error' : 'file-upload'}
        aria-describedby={props.error ? `${props.id}-hint ${props.id}-error` : `${props.id}-hint`}
        onChange={(event) => {
          const input = event.currentTarget
          const elegidos = [...(input.files ?? [])]
          input.value = ''
          void enviarElegidos(elegidos, enTip(), props.idioma, props.conexion, cambio)
        }}
      />
      <Show when={lista().length > 0}>
        <ul class="archivos" aria-label={palabras().elegidos}>
          <For each={lista()}>
            {(e) => (
              <li class="archivos__item">
                <span class="archivos__nombre">{e.nombre}</span>
                <span class="archivos__detalle" aria-live="polite">
                  {estado(e)}
                </span>
                <Show when={e.estado.kind === 'subiendo' && e.estado}>
                  {(subiendo) => (
                    <progress
                      class="archivos__progreso"
                      max={subiendo().total}
                      value={subiendo().recibidos}
                      aria-hidden="true"
                    />
                  )}
                </Show>
                <Show when={e.advertencia}>
                  <p class="hint">{e.advertencia}</p>
                </Show>
                <Show when={(e.estado.kind === 'subiendo' || e.estado.kind === 'listo') && !e.advertencia}>
                  <Show when={e.quitado.length > 0} fallback={<p class="hint">{palabras().nada}</p>}>
                    <p class="hint">{palabras().quitado}</p>
                    <ul class="hint">
                      <For each={e.quitado}>{(dato) => <li>{dato}</li>}</For>
                    </ul>
                  </Show>
                </Show>
                <QuitarArchivo texto={palabras().quitar} nombre={e.nombre} onClick={() => quitar(e.local)} />
              </li>
            )}
          </For>
        </ul>
      </Show>
    </div>
  )
}
