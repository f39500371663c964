import { A } from '@solidjs/router'
import { createSignal, Match, onMount, Show, Switch } from 'solid-js'
import { focusOnNavigation, usePageTitle } from '../../../components/page.ts'
import { loadMe, type Me } from '../../../cuenta/session.ts'
import { rutas, type TipoCertificado } from '../comun.ts'
import { nombreTipo } from '../i18n/index.ts'
import type { TipoMessageKey } from './i18n/es.ts'
import { tp } from './i18n/index.ts'

/**
 * The types whose wrong case is a crime to report (a theft, an assault): their page links to the
 * denuncia.
 */
const CON_DENUNCIA: ReadonlySet<TipoCertificado> = new Set([
  'extravio_documentos',
  'extravio_celular',
  'placa_patente',
  'fines_laborales',
  'bomberos_lesionados',
  'permanencia_definitiva',
])

/**
 * `/constancias/<tipo>`: what the constancia is for, when it is not the right one (a stolen phone
 * is a denuncia; a person missing, an emergency), how it is obtained, and — signed in with
 * ClaveÚnica or a verified account — the way in. A landing page: no form code, no definition of
 * the type.
 */
export function Tipo(props: { tipo: TipoCertificado }) {
  const nombre = () => nombreTipo(props.tipo)
  const word = (suffix: string) => tp(`${props.tipo}.${suffix}` as TipoMessageKey)
  usePageTitle(nombre)
  // undefined: still asking; null: nobody signed in; the user otherwise (offline: as if signed in).
  const [user, setUser] = createSignal<Me | null | 'offline' | undefined>()
  onMount(async () => {
    const found = await loadMe()
    setUser(found === undefined ? 'offline' : found)
  })
  const citizen = () => {
    const found = user()
    return found === 'offline' || (found && found.kind === 'citizen') ? found : undefined
  }
  return (
    <>
      <A href="/constancias" class="back-link">
        {tp('tipo.back')}
      </A>
      <h1 tabindex="-1" ref={focusOnNavigation}>
        {nombre()}
      </h1>
      <h2>{tp('tipo.para.title')}</h2>
      <p class="ct-measure">{word('para')}</p>
      <h2>{tp('tipo.no.title')}</h2>
      <p class="ct-measure">{word('no')}</p>
      <Show when={CON_DENUNCIA.has(props.tipo)}>
        <p>
          <A href="/denuncias">{tp('tipo.denuncia')}</A>
        </p>
      </Show>
      <h2>{tp('tipo.como.title')}</h2>
      <p class="ct-measure">{tp('tipo.como')}</p>
      <div class="inset">
        <p>{tp('tipo.declaracion')}</p>
      </div>
      <Switch>
        <Match when={citizen()}>
          {(found) => (
            <>
              <Show when={found() !== 'offline' && found()} keyed>
                {(me) => <p>{tp('tipo.signedIn', { name: typeof me === 'string' ? '' : me.name })}</p>}
              </Show>
              <A href={rutas.formulario(props.tipo)} class="button-link button--start">
                {tp('tipo.start')}
              </A>
            </>
          )}
        </Match>
        <Match when={user() === null}>
          {/* The sign-in page (ClaveÚnica or the account's password) returns here: its button and
              words are not part of this landing page's first visit. */}
          <p>{tp('tipo.ingresar')}</p>
          <A
            href={`/ingresar?returnTo=${encodeURIComponent(rutas.tipo(props.tipo))}`}
            class="button-link button--start"
          >
            {tp('tipo.cuenta')}
          </A>
        </Match>
        <Match when={user()}>
          <p>{tp('tipo.staff')}</p>
        </Match>
      </Switch>
    </>
  )
}
