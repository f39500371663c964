import { A, useSearchParams } from '@solidjs/router'
import { Show } from 'solid-js'
import { safeReturnTo } from '../../worker/identity/return-to.ts'
import { ErrorSummary } from '../components/ErrorSummary.tsx'
import { focusOnNavigation, usePageTitle } from '../components/page.ts'
import { ClaveUnicaButton } from './ClaveUnicaButton.tsx'
import { tc } from './i18n/index.ts'
import { me } from './session.ts'

export { ready } from './i18n/index.ts'

/** Where each way of signing in is, keeping where the citizen is going next. */
export const passwordSignInPath = (returnTo: string) =>
  `/ingresar/clave?returnTo=${encodeURIComponent(returnTo)}`

/**
 * `/ingresar`: how to sign in. ClaveÚnica first and most prominent, the recommended way (and the
 * only one some services accept); then RUN and password for citizens who registered here, then
 * registration and the staff sign-in. ClaveÚnica's failures come back here as
 * `?error=claveunica` or `?error=claveunica_unavailable`. No form here: the page most citizens
 * land on stays light.
 */
export function Ingresar() {
  const [params] = useSearchParams<{ error?: string; returnTo?: string }>()
  const returnTo = () => safeReturnTo(params.returnTo, location.origin)
  const claveUnicaProblem = () =>
    params.error === 'claveunica_unavailable'
      ? tc('login.cu.unavailable')
      : params.error === 'claveunica'
        ? tc('login.cu.error')
        : undefined
  usePageTitle(
    () => tc('login.title'),
    () => claveUnicaProblem() !== undefined,
  )
  return (
    <>
      <Show when={claveUnicaProblem()}>
        {(message) => (
          <ErrorSummary errors={[{ field: 'claveunica', message: message() }]} hrefFor={() => undefined} />
        )}
      </Show>
      <h1 tabindex="-1" ref={focusOnNavigation}>
        {tc('login.title')}
      </h1>
      <p class="lead">{tc('login.lead')}</p>
      <Show when={me()}>
        {(user) => (
          <div class="inset">
            <p>{tc('login.signedInAs', { name: user().name })}</p>
            <p>
              <A href={user().kind === 'staff' ? '/funcionarios' : '/mis-tramites'}>
                {user().kind === 'staff' ? tc('mine.staffLink') : tc('mine.title')}
              </A>
            </p>
          </div>
        )}
      </Show>

      <section class="signin-option signin-option--primary" aria-labelledby="con-claveunica">
        <h2 id="con-claveunica">{tc('login.cu.title')}</h2>
        <p>{tc('login.cu.body')}</p>
        <ClaveUnicaButton returnTo={returnTo()} />
        <p class="hint">{tc('login.cu.help')}</p>
      </section>

      <section class="signin-option" aria-labelledby="con-clave">
        <h2 id="con-clave" class="heading-m">
          {tc('login.password.title')}
        </h2>
        <p>{tc('login.password.body')}</p>
        <A href={passwordSignInPath(returnTo())} class="button-link button--secondary">
          {tc('login.submit')}
        </A>
      </section>

      <h2 class="heading-m">{tc('login.noAccount.title')}</h2>
      <p>{tc('login.noAccount.body')}</p>
      <p>
        <A href="/registrarse">{tc('login.register')}</A>
      </p>
      <h2 class="heading-m">{tc('login.staff.title')}</h2>
      <p>
        <A href="/funcionarios/ingresar">{tc('login.staff.link')}</A>
      </p>
    </>
  )
}
