import { A } from '@solidjs/router'
import {
  createEffect,
  createMemo,
  createSignal,
  For,
  type JSX,
  lazy,
  Match,
  on,
  onMount,
  Show,
  Suspense,
  Switch,
} from 'solid-js'
import { Notice } from '../components/Notice.tsx'
import { formatDate } from '../i18n/dates.ts'
import { locale, t } from '../i18n/index.ts'
import { dismiss } from '../offline/outbox.ts'
import { outboxItems } from '../offline/outbox-client.ts'
import { type Carga, cargarCaso, casoUrl } from './api.ts'
import { type Envio, envioDeItem } from './enviar.ts'
import type { Modo } from './Formulario.tsx'
import { Historia } from './Historia.tsx'
import { tcaso } from './i18n/index.ts'

/*
 * The form to answer or add information, with the file upload and their words: loaded when the
 * case takes it (a question waits, or information may be added), not with every case's page.
 */
const Formulario = lazy(() =>
  import('./Formulario.tsx').then(async (m) => {
    await m.ready
    return { default: m.Formulario }
  }),
)

/** What the page says after a sending: received, or refused (the case changed first, or in the server's words). */
type Aviso =
  | { kind: 'recibido'; modo: Modo }
  | { kind: 'conflicto' }
  | { kind: 'rechazado'; mensajes: string[] }

/** Focus on a message that replaces the form the citizen just used, so they hear it and start from it. */
const focoAlMostrar = (element: HTMLElement) => requestAnimationFrame(() => element.focus())

function AvisoDeEnvio(props: { aviso: Aviso }) {
  const mensajes = () =>
    props.aviso.kind === 'rechazado'
      ? props.aviso.mensajes
      : props.aviso.kind === 'conflicto'
        ? [tcaso('caso.conflicto')]
        : []
  return (
    <div tabindex="-1" ref={focoAlMostrar} class="caso-aviso">
      <Show
        when={props.aviso.kind === 'recibido' && props.aviso}
        fallback={
          <div class="error-summary" role="alert" aria-labelledby="caso-rechazo-title">
            <h2 id="caso-rechazo-title">{tcaso('caso.conflicto.title')}</h2>
            <For each={mensajes()}>{(mensaje) => <p>{mensaje}</p>}</For>
          </div>
        }
      >
        {(aviso) => (
          <Notice title={tcaso('caso.hecho.title')}>
            <p>
              {aviso().modo === 'responder' ? tcaso('caso.hecho.respuesta') : tcaso('caso.hecho.informacion')}
            </p>
          </Notice>
        )}
      </Show>
    </div>
  )
}

/** The form an outbox item was sent from, by its route. */
const modoDe = (url: string): Modo => (url.endsWith('/respuestas') ? 'responder' : 'agregar')

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
  /**
   * What this device sent to the case and still holds (no network yet), from the outbox itself:
   * also after a reload, so the citizen is not offered to send it twice.
   */
  const enEspera = createMemo(() =>
    outboxItems().find(
      (item) => item.state === 'pending' && item.url.startsWith(`${casoUrl(props.numero)}/`),
    ),
  )

  const terminado = (envio: Envio, enviadoDesde: Modo) => {
    // Refused in its fields: the form says it. Waiting: `enEspera` says it.
    if (envio.kind === 'rechazado' || envio.kind === 'en_espera') return
    setAviso(envio.kind === 'recibido' ? { kind: 'recibido', modo: enviadoDesde } : { kind: 'conflicto' })
    props.onErrores(false)
    void recargar().then(() => setVuelta((n) => n + 1))
    props.onCambio()
  }
  // What waited on the device went once the link came back, or was refused: said as if sent now.
  createEffect(
    on(enEspera, (ahora, antes) => {
      if (!antes || ahora?.id === antes.id) return
      const item = outboxItems().find((candidate) => candidate.id === antes.id)
      if (!item || item.state === 'pending') return
      if (item.state === 'rejected') void dismiss(item.id)
      const envio = envioDeItem(item)
      if (envio.kind !== 'rechazado') return terminado(envio, modoDe(item.url))
      // Its text passed the same checks here: a file refused, most likely. Said in the server's words.
      setAviso({ kind: 'rechazado', mensajes: envio.errores.map((error) => error.message) })
      void recargar()
    }),
  )

  /**
   * The form `m`, while the case takes it and nothing of it waits on the device; kept as it is
   * when the case is read again (a language switch, a 409), mounted anew after a sending.
   */
  const formulario = (m: Modo) => (
    <Show when={modo() === m && !enEspera() && vuelta()} keyed>
      <Suspense>
        <Formulario
          modo={m}
          numero={props.numero}
          servicio={props.servicio}
          compartido={props.compartido}
          onEnvio={(envio) => terminado(envio, m)}
          onErrores={props.onErrores}
        />
      </Suspense>
    </Show>
  )

  return (
    <>
      <Show when={aviso()} keyed>
        {(current) => <AvisoDeEnvio aviso={current} />}
      </Show>
      <Show when={enEspera()}>
        <div class="panel panel--queued caso-aviso" tabindex="-1" ref={focoAlMostrar} role="status">
          <p>{tcaso('caso.enEspera')}</p>
          <p>
            <A href="/envios">{t('outbox.view')}</A>
          </p>
        </div>
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
