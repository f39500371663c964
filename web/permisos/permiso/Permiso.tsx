import { A } from '@solidjs/router'
import { createEffect, createSignal, Match, on, onCleanup, Show, Switch } from 'solid-js'
import { focusOnNavigation, usePageTitle } from '../../components/page.ts'
import { SummaryList } from '../../components/SummaryList.tsx'
import {
  API,
  callApi,
  estadoAhora,
  guardados,
  guardar,
  horaChile,
  type PermisoView,
  paths,
} from '../comun.ts'
import { CAMPO, ESTADO } from './estado.ts'
import { tq } from './i18n/index.ts'
import { Qr } from './Qr.tsx'

/** Where the permit shown comes from: the server now, or this device (no network, or no session). */
type Fuente = 'server' | 'offline' | 'signin'

type Carga =
  | { kind: 'loading' }
  | { kind: 'ready'; view: PermisoView; fuente: Fuente }
  | { kind: 'signin' }
  | { kind: 'notFound' }
  | { kind: 'offline' }

/** The permit as an officer sees it at a checkpoint: state, code, holder, window, QR. */
function Tarjeta(props: { view: PermisoView; now: number }) {
  const estado = () => estadoAhora(props.view, props.now)
  const desde = () => horaChile(props.view.inicio)
  const hasta = () => horaChile(props.view.fin)
  return (
    <div class={`pm-permit pm-permit--${estado()}`}>
      <p class="pm-permit__state">{tq(ESTADO[estado()].label)}</p>
      <div class="pm-permit__body">
        <h1 tabindex="-1" ref={focusOnNavigation}>
          {tq('permiso.title')}
        </h1>
        <p class="pm-code__label">{tq('permiso.code')}</p>
        <p class="pm-code">{props.view.code}</p>
        <p class="pm-permit__holder">
          {props.view.nombre}
          <br />
          {tq('permiso.run', { run: props.view.run })}
        </p>
        <p class="pm-permit__window">
          {tq('permiso.window', {
            fecha: desde().slice(0, 10),
            desde: desde().slice(11),
            hasta: hasta().slice(11),
          })}
        </p>
        <p class="pm-permit__what">
          {props.view.tipo.nombre} · {props.view.comuna.nombre}
        </p>
        <Qr
          text={`${location.origin}/verificar#${props.view.token}`}
          label={tq('permiso.qr', { code: props.view.code })}
        />
      </div>
    </div>
  )
}

/** The permit page once its permit is known: the card, what its state means, the details, the PDF. */
function Vista(props: { view: PermisoView; fuente: Fuente }) {
  // The state follows the clock: "por comenzar" turns "vigente" while the page is open.
  const [now, setNow] = createSignal(Date.now())
  const timer = setInterval(() => setNow(Date.now()), 30_000)
  onCleanup(() => clearInterval(timer))
  const estado = () => estadoAhora(props.view, now())
  const rows = () => [
    { key: tq('permiso.holder'), value: props.view.nombre },
    { key: tq('permiso.runLabel'), value: props.view.run },
    { key: tq('permiso.tipo'), value: props.view.tipo.nombre },
    { key: tq('permiso.comuna'), value: props.view.comuna.nombre },
    { key: tq('permiso.destino'), value: props.view.destino },
    ...Object.entries(props.view.campos).flatMap(([campo, value]) =>
      campo in CAMPO && value ? [{ key: tq(CAMPO[campo as keyof typeof CAMPO]), value }] : [],
    ),
    { key: tq('permiso.desde'), value: horaChile(props.view.inicio) },
    { key: tq('permiso.hasta'), value: horaChile(props.view.fin) },
    { key: tq('permiso.emitido'), value: horaChile(props.view.createdAt) },
  ]
  return (
    <>
      <Tarjeta view={props.view} now={now()} />
      <p class="pm-strong">
        {tq(ESTADO[estado()].means, {
          fecha: horaChile(props.view.inicio).slice(0, 10),
          desde: horaChile(props.view.inicio).slice(11),
          hasta: horaChile(props.view.fin).slice(11),
        })}
      </p>
      <div class="inset">
        <p>{tq('permiso.show')}</p>
      </div>
      <Switch>
        <Match when={props.fuente === 'offline'}>
          <p class="pm-source" role="status">
            {tq('permiso.fuente.offline')}
          </p>
        </Match>
        <Match when={props.fuente === 'signin'}>
          <p class="pm-source" role="status">
            {tq('permiso.fuente.signin')}{' '}
            <A href={`/ingresar?returnTo=${encodeURIComponent(paths.permiso(props.view.code))}`}>
              {tq('permiso.fuente.signinLink')}
            </A>
          </p>
        </Match>
      </Switch>
      <h2>{tq('permiso.details')}</h2>
      <SummaryList rows={rows()} />
      <p>
        <a
          class="button-link button--secondary"
          href={API.pdf(props.view.code)}
          download={`permiso-${props.view.code}.pdf`}
        >
          {tq('permiso.pdf')}
        </a>
      </p>
      <p class="hint">{tq('permiso.kept')}</p>
    </>
  )
}

/**
 * `/permisos/:code`: an issued permit, to show at a checkpoint with the identity card. It opens
 * with no network from the copy kept on the device, and refreshes its state from the server when
 * it can (a revocation shows).
 */
export function Permiso(props: { code: string }) {
  const [carga, setCarga] = createSignal<Carga>({ kind: 'loading' })
  usePageTitle(() => tq('permiso.title'))
  createEffect(
    on(
      () => props.code.toUpperCase(),
      async (code) => {
        const kept = (await guardados()).find((permiso) => permiso.code === code)
        setCarga(kept ? { kind: 'ready', view: kept, fuente: 'offline' } : { kind: 'loading' })
        const answer = await callApi<PermisoView>('GET', API.permiso(code))
        if (answer.ok) {
          setCarga({ kind: 'ready', view: answer.body, fuente: 'server' })
          void guardar(answer.body)
        } else if (kept && (answer.status === 0 || answer.status === 401))
          setCarga({ kind: 'ready', view: kept, fuente: answer.status === 0 ? 'offline' : 'signin' })
        else if (answer.status === 0) setCarga({ kind: 'offline' })
        else if (answer.status === 401) setCarga({ kind: 'signin' })
        else setCarga({ kind: 'notFound' })
      },
    ),
  )
  const ready = () => {
    const current = carga()
    return current.kind === 'ready' ? current : undefined
  }
  const message = () => {
    const kind = carga().kind
    return kind === 'signin'
      ? tq('permiso.signin')
      : kind === 'offline'
        ? tq('permiso.offline')
        : kind === 'notFound'
          ? tq('permiso.notFound')
          : undefined
  }
  return (
    <>
      <A href={paths.inicio} class="back-link">
        {tq('permiso.back')}
      </A>
      <Switch fallback={<p role="status">{tq('permiso.loading')}</p>}>
        <Match when={ready()}>{(found) => <Vista view={found().view} fuente={found().fuente} />}</Match>
        <Match when={message()}>
          {(text) => (
            <>
              <h1 tabindex="-1" ref={focusOnNavigation}>
                {tq('permiso.title')}
              </h1>
              <p>{text()}</p>
              <Show when={carga().kind === 'signin'}>
                <p>
                  <A href={`/ingresar?returnTo=${encodeURIComponent(paths.permiso(props.code))}`}>
                    {tq('permiso.fuente.signinLink')}
                  </A>
                </p>
              </Show>
            </>
          )}
        </Match>
      </Switch>
    </>
  )
}
