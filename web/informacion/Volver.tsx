import { createSignal, For, lazy, Show } from 'solid-js'
import type { FieldError } from '../../worker/errors.ts'
import { ErrorSummary } from '../components/ErrorSummary.tsx'
import { focusOnNavigation, usePageTitle } from '../components/page.ts'
import { SummaryList } from '../components/SummaryList.tsx'
import { TextField } from '../components/TextField.tsx'
import { errorFor } from '../forms/validate.ts'
import { formatDay } from '../i18n/dates.ts'
import { locale } from '../i18n/index.ts'
import type { ArchivoDelTip, Elegido } from './archivos-anonimos.ts'
import { pagarParaArchivos } from './archivos-tip.ts'
import type { ReciboDerivado } from './cripto.ts'
import './informacion.css'
import { MAX_TEXTO } from './preguntas.ts'
import { consultar, enviarMensaje, type Historia, type Resultado } from './volver.ts'
import { tvol } from './volver-i18n/index.ts'

export { ready } from './volver-i18n/index.ts'

// The picker (and its checks) loads only once a tip is open: the key's form is all a first visit pays.
const ArchivosAnonimos = lazy(async () => ({
  default: (await import('./ArchivosAnonimos.tsx')).ArchivosAnonimos,
}))

const dia = (d: string) => formatDay(`${d}T12:00:00.000Z`)

/** A failed call in the page's words, on the field it concerns. */
function problemasDe(r: Exclude<Resultado<unknown>, { ok: true }>, campo: string): FieldError[] {
  if (r.motivo === 'noEncontrada') return [{ field: campo, message: tvol('vol.error.noEncontrada') }]
  if (r.motivo === 'problemas') return r.problemas
  return [{ field: campo, message: tvol('vol.error.red') }]
}

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

/**
 * `/informacion/volver` (`VOLVER_PATH`): the tipster types the receipt key; the page derives from
 * it, on the device, the id it sends and the reply key that opens the desk's questions (decision
 * 0045), pays a proof of work and reads the history (decision 0047). A typo the key's check catches
 * is said as such; any key the server does not know gets the same words, whether or not it was
 * ever a tip's. The key and what it derives stay in this page's memory only — never storage, never
 * the address — and «Terminar» drops them.
 */
export function Volver() {
  const [escrito, setEscrito] = createSignal('')
  const [recibo, setRecibo] = createSignal<ReciboDerivado | undefined>()
  const [historia, setHistoria] = createSignal<Historia | undefined>()
  const [errores, setErrores] = createSignal<FieldError[]>([])
  const [ocupado, setOcupado] = createSignal(false)
  const [texto, setTexto] = createSignal('')
  const elegidos = createSignal<Elegido[]>([])
  const [listos, setListos] = createSignal<ArchivoDelTip[]>([])
  const [enCurso, setEnCurso] = createSignal(false)
  const [aviso, setAviso] = createSignal('')
  usePageTitle(
    () => tvol('vol.title'),
    () => errores().length > 0,
  )

  const leer = async (derivado: ReciboDerivado, campo: string) => {
    const r = await consultar(derivado, locale())
    if (!r.ok) {
      setErrores(problemasDe(r, campo))
      return
    }
    setRecibo(derivado)
    setHistoria(r.valor)
    setEscrito('')
  }

  const entrar = async (event: SubmitEvent) => {
    event.preventDefault()
    if (ocupado()) return
    setAviso('')
    if (escrito().trim() === '') return setErrores([{ field: 'clave', message: tvol('vol.error.vacia') }])
    setOcupado(true)
    try {
      const { derivarRecibo, leerRecibo } = await import('./cripto.ts')
      const clave = await leerRecibo(escrito())
      if (!clave) return setErrores([{ field: 'clave', message: tvol('vol.error.typo') }])
      setErrores([])
      await leer(await derivarRecibo(clave), 'clave')
    } finally {
      setOcupado(false)
    }
  }

  const responder = async (event: SubmitEvent) => {
    event.preventDefault()
    const derivado = recibo()
    const h = historia()
    if (!derivado || !h || ocupado()) return
    setAviso('')
    if (enCurso()) return setErrores([{ field: 'archivos-mensaje', message: tvol('vol.esperar') }])
    if (texto().trim() === '' && listos().length === 0)
      return setErrores([{ field: 'texto', message: tvol('vol.error.texto') }])
    setErrores([])
    setOcupado(true)
    try {
      const r = await enviarMensaje(derivado, h.mesa.id, texto().trim(), listos(), locale(), () => ({
        field: 'texto',
        message: tvol('vol.sinClave'),
      }))
      if (!r.ok) return setErrores(problemasDe(r, 'texto'))
      setTexto('')
      elegidos[1]([])
      setListos([])
      setAviso(tvol('vol.enviado'))
      await leer(derivado, 'texto')
    } finally {
      setOcupado(false)
    }
  }

  const terminar = () => {
    setRecibo(undefined)
    setHistoria(undefined)
    setTexto('')
    elegidos[1]([])
    setListos([])
    setErrores([])
    setAviso('')
  }

  return (
    <>
      <Show when={errores().length > 0 ? errores() : undefined} keyed>
        {(lista) => <ErrorSummary errors={lista} />}
      </Show>
      <h1 tabindex="-1" ref={focusOnNavigation}>
        {tvol('vol.title')}
      </h1>
      <Show
        when={historia()}
        fallback={
          <>
            <p class="lead">{tvol('vol.lead')}</p>
            <div class="inset">
              <p>{tvol('vol.memoria')}</p>
            </div>
            <form novalidate onSubmit={(event) => void entrar(event)}>
              <TextField
                id="clave"
                label={tvol('vol.clave')}
                hint={tvol('vol.clave.hint')}
                error={errorFor(errores(), 'clave')}
                value={escrito()}
                onInput={setEscrito}
                autocomplete="off"
                inputClass="input--20"
              />
              <button type="submit" class="button" disabled={ocupado()}>
                {ocupado() ? tvol('vol.buscando') : tvol('vol.entrar')}
              </button>
            </form>
          </>
        }
      >
        {(h) => (
          <>
            <SummaryList
              rows={[
                { key: tvol('vol.mesa'), value: h().mesa.unidad },
                { key: tvol('vol.dia'), value: dia(h().dia) },
                { key: tvol('vol.estado'), value: tvol(`vol.estado.${h().estado}`) },
              ]}
            />
            <h2>{tvol('vol.historia')}</h2>
            <Mensajes historia={h()} />
            <h2>{tvol('vol.responder')}</h2>
            <form novalidate onSubmit={(event) => void responder(event)}>
              <TextField
                id="texto"
                label={tvol('vol.texto')}
                hint={tvol('vol.texto.hint')}
                error={errorFor(errores(), 'texto')}
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
                error={errorFor(errores(), 'archivos-mensaje')}
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
            <p>
              <button type="button" class="button button--secondary" onClick={terminar}>
                {tvol('vol.salir')}
              </button>
            </p>
          </>
        )}
      </Show>
      <p role="status">{aviso()}</p>
    </>
  )
}
