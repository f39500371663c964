import { A } from '@solidjs/router'
import { createSignal, Show } from 'solid-js'
import { ResetRequestInput } from '../../../worker/identity/schemas.ts'
import { ErrorSummary } from '../../components/ErrorSummary.tsx'
import { focusOnNavigation, usePageTitle } from '../../components/page.ts'
import { TextField } from '../../components/TextField.tsx'
import { callApi, problemsOf } from '../../forms/api.ts'
import { createForm } from '../../forms/form.ts'
import { locale, t } from '../../i18n/index.ts'
import { fieldLabel } from '../../i18n/server-catalog.ts'
import { tr } from './i18n/index.ts'

export { ready } from './i18n/index.ts'

/**
 * `/recuperar-clave`: asks for a link to choose a new password. The answer is the same whether
 * or not an account has that address, so the page never tells who is registered.
 */
export function RecuperarClave() {
  const form = createForm(ResetRequestInput, { email: '' })
  const [sentTo, setSentTo] = createSignal<string | undefined>()
  usePageTitle(
    () => (sentTo() ? tr('account.checkEmail') : tr('reset.title')),
    () => form.errors().length > 0,
  )
  const send = async (values: { email: string }) => {
    const result = await callApi<{ status: 'check_email' }>('POST', '/api/auth/password-reset', values)
    if (!result.ok) return form.fail(problemsOf(result))
    setSentTo(values.email.trim())
  }
  return (
    <Show
      when={sentTo()}
      fallback={
        <>
          <A href="/ingresar" class="back-link">
            {t('form.back')}
          </A>
          <Show when={form.attempt()} keyed>
            <ErrorSummary errors={form.errors()} hrefFor={form.hrefFor} />
          </Show>
          <h1 tabindex="-1" ref={focusOnNavigation}>
            {tr('reset.title')}
          </h1>
          <p class="lead">{tr('reset.lead')}</p>
          <form novalidate onSubmit={form.onSubmit(send)}>
            <TextField
              id="email"
              type="email"
              label={fieldLabel(locale(), 'email')}
              error={form.error('email')}
              value={form.values().email}
              onInput={form.set('email')}
              autocomplete="email"
              inputClass="input--30"
            />
            <button type="submit" class="button" disabled={form.busy()}>
              {form.busy() ? t('form.sending') : tr('reset.submit')}
            </button>
          </form>
          <p class="hint">{tr('reset.cuNote')}</p>
        </>
      }
    >
      {(email) => (
        <>
          <div class="panel panel--queued">
            <h1 tabindex="-1" ref={focusOnNavigation}>
              {tr('account.checkEmail')}
            </h1>
            <p>{tr('reset.sent.body', { email: email() })}</p>
          </div>
          <p>{tr('account.spam')}</p>
          <p>
            <A href="/ingresar">{t('account.signIn')}</A>
          </p>
        </>
      )}
    </Show>
  )
}
