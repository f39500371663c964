import { createEffect, createSignal, type JSX, Match, on, onMount, Show, Switch } from 'solid-js'
import { Notice } from '../components/Notice.tsx'
import { formatDate, locale } from '../i18n/index.ts'
import { dismiss } from '../offline/outbox.ts'
import { outboxItems } from '../offline/outbox-client.ts'
import { type Carga, cargarCaso } from './api.ts'
import { type Envio, envioDeItem } from './enviar.ts'
import { Formulario, type Modo } from './Formulario.tsx'
import { Historia } from './Historia.tsx'
import { tcaso } from './i18n/index.ts'

/** What the page says after a sending: received, waiting on the device, or refused as the case changed. */
type Aviso = { kind: 'recibido'; modo: Modo } | { kind: 'en_espera' } | { kind: 'conflicto' }

/** Focus on a message that replaces the form the citizen just used, so they hear it and start from it. */
const focoAlMostrar = (element: HTMLElement) => requestAnimationFrame(() => element.focus())

function AvisoDeEnvio(props: { aviso: Aviso }) {
  return (
    <div tabindex="-1" ref={focoAlMostrar} class="caso-aviso">
      <Switch>
        <Match when={props.aviso.kind === 'recibido' && props.aviso}>
          {(aviso) => (
            <Notice title={tcaso('caso.hecho.title')}>
              <p>
                {aviso().modo === 'responder'
                  ? tcaso('caso.hecho.respuesta')
                  : tcaso('caso.hecho.informacion')}
              </p>
            </Notice>
          )}
        </Match>
        <Match when={props.aviso.kind === 'en_espera'}>
          <div class="panel panel--queued" role="status">
            <p>{tcaso('caso.enEspera')}</p>
          </div>
        </Match>
        <Match when={props.aviso.kind === 'conflicto'}>
          <div class="error-summary" role="alert" aria-labelledby="caso-conflicto-title">
            <h2 id="caso-conflicto-title">{tcaso('caso.conflicto.title')}</h2>
            <p>{tcaso('caso.conflicto')}</p>
          </div>
        </Match>
      </Switch>
    </div>
  )
}

/**
 * A citizen's own case, for every service with cases (denuncias now; complaints and family
 * reunification next): the question staff asked, when one waits, with the form to answer it —
 * text and files —, the service's own details (`children`), "Agregar información" while the
 * case takes it, and the dated history with the questions and answers. After a sending the case
 * is read again (its new entry shows) and `onCambio` lets the page read its own view again; a
 * case that changed first (409) is said, and read again too.
 *
 * @example
 * <CasoCiudadano numero="WNDT7C4Z3T" servicio="denuncias" compartido={() => false}
 *   onCambio={recargar} onErrores={setErrores}>
 *   <SummaryList rows={…} />
 * </CasoCiudadano>
 */
export function CasoCiudadano(props: {
  numero: string
  /** The outbox's service id (`/envios` lists a sending waiting on the device under its name). */
  servicio: string
  /** A shared device: nothing of what is sent is written to it. */
  compartido: () => boolean
  onCambio: () => void
  onErrores: (hay: boolean) => void
  children?: JSX.Element
}) {
  const [carga, setCarga] = createSignal<Carga | undefined>()
  const [aviso, setAviso] = createSignal<Aviso | undefined>()
  // Which form sent what is waiting on the device, by the outbox item's id.
  const [esperando, setEsperando] = createSignal<{ id: string; modo: Modo } | undefined>()
  // Each sending received or refused mounts its form anew: a fresh text and file list.
  const [vuelta, setVuelta] = createSignal(1)
  const recargar = async () => setCarga(await cargarCaso(props.numero))
  onMount(() => void recargar())
  // The history's words are the server's, in the page's language: read again on a switch.
  createEffect(on(locale, () => void recargar(), { defer: true }))

  const vista = () => {
    const current = carga()
    return current?.kind === 'ready' ? current.vista : undefined
  }
  /** The form the case takes now: the answer while a question waits, else information while it may be added. */
  const modo = (): Modo | undefined => {
    const current = vista()
    if (current?.preguntaPendiente) return 'responder'
    return current?.puedeAgregarInformacion ? 'agregar' : undefined
  }

  const terminado = (envio: Envio, enviadoDesde: Modo) => {
    if (envio.kind === 'rechazado') return
    if (envio.kind === 'en_espera') {
      setEsperando({ id: envio.id, modo: enviadoDesde })
      setAviso({ kind: 'en_espera' })
      return
    }
    setAviso(envio.kind === 'recibido' ? { kind: 'recibido', modo: enviadoDesde } : { kind: 'conflicto' })
    props.onErrores(false)
    void recargar().then(() => setVuelta((n) => n + 1))
    props.onCambio()
  }
  // What waited on the device went once the link came back (or was refused): said as if sent now.
  createEffect(() => {
    const waiting = esperando()
    const item = waiting && outboxItems().find((candidate) => candidate.id === waiting.id)
    if (!waiting || !item || item.state === 'pending') return
    setEsperando(undefined)
    if (item.state === 'rejected') void dismiss(item.id)
    const envio = envioDeItem(item)
    // A refusal of the text itself (it passed the same checks here) is rare: the outbox's list says it.
    terminado(envio.kind === 'rechazado' ? { kind: 'conflicto' } : envio, waiting.modo)
  })

  /**
   * The form `m`, while the case takes it and nothing of it waits on the device; kept as it is
   * when the case is read again (a language switch, a 409), mounted anew after a sending.
   */
  const formulario = (m: Modo) => (
    <Show when={modo() === m && !esperando() && vuelta()} keyed>
      <Formulario
        modo={m}
        numero={props.numero}
        servicio={props.servicio}
        compartido={props.compartido}
        onEnvio={(envio) => terminado(envio, m)}
        onErrores={props.onErrores}
      />
    </Show>
  )

  return (
    <>
      <Show when={aviso()} keyed>
        {(current) => <AvisoDeEnvio aviso={current} />}
      </Show>
      <Show when={vista()?.preguntaPendiente}>
        {(pregunta) => (
          <section class="caso-pregunta" aria-labelledby="caso-pregunta-title">
            <h2 id="caso-pregunta-title" class="caso-pregunta__title">
              {tcaso('caso.pregunta.title')}
            </h2>
            <div class="caso-pregunta__body">
              <p class="hint">
                {tcaso('caso.pregunta.fecha', { fecha: formatDate(pregunta().at, 'America/Santiago') })}
              </p>
              <blockquote class="caso-cita caso-pregunta__texto">{pregunta().texto}</blockquote>
              {formulario('responder')}
            </div>
          </section>
        )}
      </Show>
      {props.children}
      {formulario('agregar')}
      <Switch>
        <Match when={carga() === undefined}>
          <p role="status">{tcaso('caso.cargando')}</p>
        </Match>
        <Match when={carga()?.kind === 'failed'}>
          <p>{tcaso('caso.error')}</p>
        </Match>
        <Match when={vista()}>{(current) => <Historia historia={current().historia} />}</Match>
      </Switch>
    </>
  )
}
