import { A } from '@solidjs/router'
import { createSignal, Match, onMount, Switch } from 'solid-js'
import { TokenInput } from '../../../worker/identity/schemas.ts'
import { focusOnNavigation, usePageTitle } from '../../components/page.ts'
import { callApi } from '../../forms/api.ts'
import { takeLinkToken } from '../../forms/link-token.ts'
import { problemsOf } from '../../forms/problemas.ts'
import { validateFields } from '../../forms/validate.ts'
import { locale, t } from '../../i18n/index.ts'
import { catalog } from '../../i18n/server-catalog.ts'
import { tr } from './i18n/index.ts'

export { ready } from './i18n/index.ts'

/**
 * `/verificar-correo#<token>`: the link of the registration e-mail. Opening it confirms the
 * address at once (the token is in the fragment, so a mail scanner fetching the URL confirms
 * nothing).
 */
export function VerificarCorreo() {
  const [state, setState] = createSignal<'checking' | 'done' | 'failed'>('checking')
  const [problem, setProblem] = createSignal('')
  usePageTitle(() =>
    state() === 'done'
      ? tr('verify.done.title')
      : state() === 'failed'
        ? tr('verify.failed.title')
        : tr('verify.checking'),
  )
  const fail = (message: string | undefined) => {
    setProblem(message ?? catalog(locale()).errors.link_invalid)
    setState('failed')
  }
  onMount(async () => {
    const token = takeLinkToken()
    if (validateFields(TokenInput, { token }, undefined, locale()).length > 0) {
      return fail(undefined)
    }
    const result = await callApi<{ status: 'verified' }>('POST', '/api/auth/verify-email', { token })
    if (result.ok) return setState('done')
    fail(problemsOf(result)[0]?.message)
  })
  return (
    <div aria-live="polite">
      <Switch
        fallback={
          <h1 tabindex="-1" ref={focusOnNavigation}>
            {tr('verify.checking')}
          </h1>
        }
      >
        <Match when={state() === 'done'}>
          <div class="panel">
            <h1 tabindex="-1" ref={focusOnNavigation}>
              {tr('verify.done.title')}
            </h1>
            <p>{tr('verify.done.body')}</p>
          </div>
          <p>
            <A href="/ingresar" class="button-link">
              {t('account.signIn')}
            </A>
          </p>
        </Match>
        <Match when={state() === 'failed'}>
          <h1 tabindex="-1" ref={focusOnNavigation}>
            {tr('verify.failed.title')}
          </h1>
          <p>{problem()}</p>
          <p>{tr('verify.failed.again')}</p>
          <p>
            <A href="/recuperar-clave">{tr('reset.again')}</A>
          </p>
        </Match>
      </Switch>
    </div>
  )
}
