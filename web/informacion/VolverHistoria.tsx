import { createSignal, For, Show } from 'solid-js'
import type { FieldError } from '../../worker/errors.ts'
import { SummaryList } from '../components/SummaryList.tsx'
import { TextField } from '../components/TextField.tsx'
import { errorFor } from '../forms/validate.ts'
import { formatDay } from '../i18n/dates.ts'
import { locale } from '../i18n/index.ts'
import { ArchivosAnonimos } from './ArchivosAnonimos.tsx'
import type { ArchivoDelTip, Elegido } from './archivos-anonimos.ts'
import { pagarParaArchivos } from './archivos-tip.ts'
import type { ReciboDerivado } from './cripto.ts'
import { MAX_TEXTO } from './preguntas.ts'
import { enviarMensaje, type Historia } from './volver.ts'
import { tvol } from './volver-i18n/index.ts'
import { problemasDe } from './volver-palabras.ts'

const dia = (d: string) => formatDay(`${d}T12:00:00.000Z`)

/** The history: the desk's questions and the tipster's own messages, each under who and the day. */
function Mensajes(props: { historia: Historia }) {
  return (
    <Show when={props.historia.mensajes.length > 0} fallback={<p>{tvol('vol.historia.nada')}</p>}>
      <ol class="historia">
        <For each={props.historia.mensajes}>
          {(m) => (
            <li
              class={m.autor === 'mesa' ? 'historia__mensaje historia__mensaje--mesa' : 'historia__mensaje'}
            >
              <p class="historia__quien">
                {tvol(m.autor === 'mesa' ? 'vol.deMesa' : 'vol.deUsted', { dia: dia(m.dia) })}
              </p>
              <p class="historia__texto">{m.texto ?? tvol('vol.noAbre')}</p>
              <Show when={m.archivos.length > 0}>
                <p class="hint">{tvol('vol.adjuntos', { nombres: m.archivos.join(', ') })}</p>
              </Show>
            </li>
          )}
        </For>
      </ol>
    </Show>
  )
}

/** What the way back's page gives its opened part. */
export interface HistoriaProps {
  recibo: ReciboDerivado
  historia: Historia
  errores: FieldError[]
  setErrores: (errores: FieldError[]) => void
  /** Reads the history again (after an answer); false when it could not. */
  leer: (recibo: ReciboDerivado) => Promise<boolean>
  /** Drops the key and the history from the page. */
  terminar: () => void
}

/**
 * A tip opened with its receipt key: the desk (its unit), the coarse state, the dated history, and
 * a form to answer or add information — text and files — sealed twice (web/informacion/volver.ts).
 *
 * @example
 * <HistoriaDelTip recibo={derivado} historia={h} errores={[]} setErrores={set} leer={leer} terminar={salir} />
 */
export function HistoriaDelTip(props: HistoriaProps) {
  const [texto, setTexto] = createSignal('')
  const elegidos = createSignal<Elegido[]>([])
  const [listos, setListos] = createSignal<ArchivoDelTip[]>([])
  const [enCurso, setEnCurso] = createSignal(false)
  const [ocupado, setOcupado] = createSignal(false)
  const [aviso, setAviso] = createSignal('')

  const responder = async (event: SubmitEvent) => {
    event.preventDefault()
    if (ocupado()) return
    setAviso('')
    if (enCurso()) return props.setErrores([{ field: 'archivos-mensaje', message: tvol('vol.esperar') }])
    if (texto().trim() === '' && listos().length === 0)
      return props.setErrores([{ field: 'texto', message: tvol('vol.error.texto') }])
    props.setErrores([])
    setOcupado(true)
    try {
      const r = await enviarMensaje(
        props.recibo,
        props.historia.mesa.id,
        texto().trim(),
        listos(),
        locale(),
        () => ({
          field: 'texto',
          message: tvol('vol.sinClave'),
        }),
      )
      if (!r.ok && r.motivo === 'problemas' && r.problemas.some((p) => p.field === 'mesa')) {
        // Still refused for its desk after sealing to its newest key: the tip was forwarded. Read
        // it again (its new desk), keep the message, and let the next press seal it for that desk.
        await props.leer(props.recibo)
        return props.setErrores([{ field: 'texto', message: tvol('vol.otraMesa') }])
      }
      if (!r.ok) return props.setErrores(problemasDe(r, 'texto'))
      setTexto('')
      elegidos[1]([])
      setListos([])
      setAviso(tvol('vol.enviado'))
      await props.leer(props.recibo)
    } finally {
      setOcupado(false)
    }
  }

  return (
    <>
      <SummaryList
        rows={[
          { key: tvol('vol.mesa'), value: props.historia.mesa.unidad },
          { key: tvol('vol.dia'), value: dia(props.historia.dia) },
          { key: tvol('vol.estado'), value: tvol(`vol.estado.${props.historia.estado}`) },
        ]}
      />
      <h2>{tvol('vol.historia')}</h2>
      <Mensajes historia={props.historia} />
      <h2>{tvol('vol.responder')}</h2>
      <form novalidate onSubmit={(event) => void responder(event)}>
        <TextField
          id="texto"
          label={tvol('vol.texto')}
          hint={tvol('vol.texto.hint')}
          error={errorFor(props.errores, 'texto')}
          value={texto()}
          onInput={setTexto}
          multiline
          maxLength={MAX_TEXTO}
          autocomplete="off"
        />
        <ArchivosAnonimos
          id="archivos-mensaje"
          label={tvol('vol.archivos')}
          idioma={locale()}
          error={errorFor(props.errores, 'archivos-mensaje')}
          conexion={{ origin: location.origin, desafio: pagarParaArchivos }}
          onCambio={(l, e) => {
            setListos(l)
            setEnCurso(e)
          }}
          lista={elegidos}
        />
        <button type="submit" class="button" disabled={ocupado()}>
          {ocupado() ? tvol('vol.enviando') : tvol('vol.enviar')}
        </button>
      </form>
      <p role="status">{aviso()}</p>
      <p>
        <button type="button" class="button button--secondary" onClick={() => props.terminar()}>
          {tvol('vol.salir')}
        </button>
      </p>
    </>
  )
}
