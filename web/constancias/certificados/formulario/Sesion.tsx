import { A, useLocation } from '@solidjs/router'
import { createEffect, createSignal, type JSX, Match, onMount, Switch } from 'solid-js'
import { Gate } from '../../../components/screen.tsx'
import { loadMe, type Me } from '../../../cuenta/session.ts'
import type { Draft } from '../../../offline/draft.ts'
import { tf } from './i18n/index.ts'
import { TIPOS, type TipoCertificado, type Valores, vacio } from './respuestas.ts'

/** Who is asking, as far as the page knows: still asking, nobody, staff, a citizen, or no network. */
type Quien =
  | { kind: 'loading' }
  | { kind: 'signin' }
  | { kind: 'staff' }
  | { kind: 'citizen'; me: Me }
  | { kind: 'offline' }

// Kept for the visit: every page of the form shares it, and it survives the network going down
// between them (the constancia is then queued; the server checks the session again).
const [quien, setQuien] = createSignal<Quien>({ kind: 'loading' })

/** The signed-in citizen, once the server said so (undefined offline). */
export const ciudadano = () => {
  const current = quien()
  return current.kind === 'citizen' ? current.me : undefined
}

async function preguntar(): Promise<void> {
  const found = await loadMe()
  const current = quien()
  setQuien(
    found === undefined
      ? current.kind === 'citizen'
        ? current
        : { kind: 'offline' }
      : found === null
        ? { kind: 'signin' }
        : found.kind === 'staff'
          ? { kind: 'staff' }
          : { kind: 'citizen', me: found },
  )
}

/**
 * The frame of every page of the form: signed in with ClaveÚnica or a verified account (the
 * server's `requireCitizen`), or a page that says why not — with no network, the page shows with
 * what the device has (the constancia then waits in the outbox). The draft is the citizen's: one
 * another citizen left on this device is dropped.
 */
export function ConSesion(props: { tipo: TipoCertificado; draft: Draft<Valores>; children: JSX.Element }) {
  const location = useLocation()
  onMount(() => void preguntar())
  createEffect(() => {
    const run = ciudadano()?.run
    if (!run || !props.draft.loaded()) return
    const actual = props.draft.values().run
    if (actual === '') props.draft.update('run', run)
    else if (actual !== run) props.draft.replace({ ...vacio(TIPOS[props.tipo]), run })
  })
  const ready = () => quien().kind === 'citizen' || quien().kind === 'offline'
  return (
    <Switch fallback={<p role="status">{tf('gate.loading')}</p>}>
      <Match when={ready() && props.draft.loaded()}>{props.children}</Match>
      <Match when={quien().kind === 'signin'}>
        <Gate title={tf('gate.signin.title')}>
          <p>{tf('gate.signin.body')}</p>
          <A
            href={`/ingresar?returnTo=${encodeURIComponent(location.pathname + location.search)}`}
            class="button-link"
          >
            {tf('gate.ingresar')}
          </A>
        </Gate>
      </Match>
      <Match when={quien().kind === 'staff'}>
        <Gate title={tf('gate.staff.title')}>
          <p>{tf('gate.staff.body')}</p>
        </Gate>
      </Match>
    </Switch>
  )
}
