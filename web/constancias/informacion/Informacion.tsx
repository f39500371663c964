import { A } from '@solidjs/router'
import { createSignal, For, lazy, Match, onMount, Show, Suspense, Switch } from 'solid-js'
import { focusOnNavigation, usePageTitle } from '../../components/page.ts'
import { loadMe, type Me, mayHoldSession } from '../../cuenta/session.ts'
import {
  API,
  ClaveUnicaButton,
  callApi,
  dia,
  diaHora,
  type Eleccion,
  type EleccionActual,
  type Ficha,
  paths,
  Warning,
} from '../constancias.tsx'
import type { InformacionMessageKey } from './i18n/es.ts'
import { tv } from './i18n/index.ts'

type Ventana = { kind: 'loading' } | { kind: 'offline' } | { kind: 'known'; eleccion: Eleccion | null }

/** When the service can be used, in Santiago's time whatever the device's zone. */
function Ventana(props: { ventana: Ventana }) {
  const eleccion = () => (props.ventana.kind === 'known' ? props.ventana.eleccion : undefined)
  return (
    <div class="cv-inset" role="status">
      <p>{tv('info.when.body')}</p>
      <Switch>
        <Match when={props.ventana.kind === 'loading'}>
          <p>{tv('info.when.loading')}</p>
        </Match>
        <Match when={props.ventana.kind === 'offline'}>
          <p>{tv('info.when.unknown')}</p>
        </Match>
        <Match when={props.ventana.kind === 'known' && !eleccion()}>
          <p>{tv('info.when.none')}</p>
        </Match>
        <Match when={eleccion()}>
          {(e) => (
            <>
              <p>{tv('info.election', { nombre: e().nombre, fecha: dia(e().fecha) })}</p>
              <p>
                <strong>
                  {e().estado === 'abierta'
                    ? tv('info.when.open', { ...diaHora(e().ventanaFin), fecha: dia(e().fecha) })
                    : e().estado === 'proxima'
                      ? tv('info.when.next', diaHora(e().ventanaInicio))
                      : tv('info.when.closed', diaHora(e().ventanaFin))}
                </strong>
              </p>
              <Show when={e().estado !== 'abierta'}>
                <p>{tv('info.notOpen')}</p>
              </Show>
            </>
          )}
        </Match>
      </Switch>
    </div>
  )
}

// What a rejected request still allows: in a chunk of its own, loaded only for such a citizen.
const AunPuede = lazy(async () => {
  const m = await import('../rechazo/AunPuede.tsx')
  await m.ready
  return { default: m.AunPuede }
})

/** A signed-in citizen's rejected request: the reason, and what they can still do that day. */
function Rechazada(props: { ficha: Ficha }) {
  return (
    <Show when={props.ficha.solicitud?.estado === 'rechazada' ? props.ficha.solicitud : undefined}>
      {(view) => (
        <>
          <Warning prefix={tv('warning')}>
            {tv('info.rechazada', { code: view().code, motivo: view().motivoRechazo ?? '' })}
          </Warning>
          <p>
            <A href={paths.solicitud(view().code)}>{tv('info.rechazada.ver', { code: view().code })}</A>
          </p>
          <Suspense>
            <AunPuede view={view()} eleccion={props.ficha.eleccion} />
          </Suspense>
        </>
      )}
    </Show>
  )
}

/** Section 2 of the instructions: what every citizen should know before asking. */
function Importante() {
  const causes: InformacionMessageKey[] = ['info.b.1', 'info.b.2', 'info.b.3', 'info.b.4', 'info.b.5']
  return (
    <>
      <h2>{tv('info.important.title')}</h2>
      <h3>{tv('info.a.title')}</h3>
      <ul class="list cv-measure">
        <li>{tv('info.a.1')}</li>
        <li>{tv('info.a.2')}</li>
      </ul>
      <h3>{tv('info.b.title')}</h3>
      <p>{tv('info.b.lead')}</p>
      <ol class="list cv-measure">
        <For each={causes}>{(cause) => <li>{tv(cause)}</li>}</For>
      </ol>
      <h3>{tv('info.c.title')}</h3>
      <div class="cv-inset">
        <p>
          <strong>{tv('info.c.carabineros')}</strong>
        </p>
      </div>
      <p>{tv('info.c.juzgado')}</p>
      <p>{tv('info.c.juez')}</p>
      <h3>{tv('info.d.title')}</h3>
      <ul class="list cv-measure">
        <li>{tv('info.d.1')}</li>
        <li>{tv('info.d.2')}</li>
      </ul>
      <h3>{tv('info.e.title')}</h3>
      <p>{tv('info.e.1')}</p>
    </>
  )
}

/** The way in: ClaveÚnica, or on for a citizen already signed in with it. */
function Entrada(props: { user: Me | null | undefined }) {
  return (
    <Switch fallback={<ClaveUnicaButton returnTo={paths.aviso} label={tv('info.login')} />}>
      <Match when={props.user?.runProof === 'claveunica' ? props.user : undefined}>
        {(user) => (
          <>
            <p>{tv('info.signedIn', { name: user().name })}</p>
            <A href={paths.aviso} class="button-link button--start">
              {tv('info.continue')}
            </A>
          </>
        )}
      </Match>
      <Match when={props.user && props.user.kind === 'citizen'}>
        <Warning prefix={tv('warning')}>{tv('info.selfAccount')}</Warning>
        <ClaveUnicaButton returnTo={paths.aviso} label={tv('info.login')} />
      </Match>
    </Switch>
  )
}

/**
 * `/constancias/votacion`: the information page (the instructions' sections 1 and 2), when the
 * service is open, and the way in with ClaveÚnica.
 */
export function Informacion() {
  usePageTitle(() => tv('info.title'))
  const [ventana, setVentana] = createSignal<Ventana>({ kind: 'loading' })
  const [user, setUser] = createSignal<Me | null | undefined>()
  const [ficha, setFicha] = createSignal<Ficha | undefined>()
  onMount(async () => {
    // Asked only of a browser that may hold a session (the header then shows who, as after any
    // other sign-in): an anonymous visit asks for the election alone.
    const [answer, me] = await Promise.all([
      callApi<EleccionActual>('GET', API.eleccion),
      mayHoldSession() ? loadMe() : null,
    ])
    setVentana(answer.ok ? { kind: 'known', eleccion: answer.body.eleccion } : { kind: 'offline' })
    setUser(me ?? null)
    // A citizen signed in with ClaveÚnica: was their request rejected? Then what is left today.
    if (me?.runProof !== 'claveunica') return
    const propia = await callApi<Ficha>('GET', API.ficha)
    if (propia.ok) setFicha(propia.body)
  })
  const open = () => {
    const current = ventana()
    return current.kind !== 'known' || current.eleccion?.estado === 'abierta'
  }
  const steps: InformacionMessageKey[] = [
    'info.start.step1',
    'info.start.step2',
    'info.start.step3',
    'info.start.step4',
    'info.start.step5',
  ]
  return (
    <>
      <A href={paths.list} class="back-link">
        {tv('info.caption')}
      </A>
      <h1 tabindex="-1" ref={focusOnNavigation}>
        {tv('info.title')}
      </h1>
      <p class="lead">{tv('info.lead')}</p>
      <p>
        <A href={`${paths.info}/no-podre-votar`}>{tv('info.guia')}</A>
      </p>
      <Show when={ficha()}>{(found) => <Rechazada ficha={found()} />}</Show>
      <h2>{tv('info.when.title')}</h2>
      <Ventana ventana={ventana()} />
      <h2>{tv('info.start.title')}</h2>
      <ol class="list cv-measure">
        <For each={steps}>{(step) => <li>{tv(step)}</li>}</For>
      </ol>
      {/* A rejected request is not asked again: what is left is in person (Rechazada, above). */}
      <Show when={open() && ficha()?.solicitud?.estado !== 'rechazada'}>
        <Entrada user={user()} />
      </Show>
      <Importante />
      <h2>{tv('info.asistida.title')}</h2>
      <p>{tv('info.asistida.body')}</p>
    </>
  )
}
