import { A } from '@solidjs/router'
import { createSignal, Show } from 'solid-js'
import { ResetRequestInput } from '../../../worker/identity/schemas.ts'
import { FormErrorSummary, SubmitButton } from '../../components/FieldChrome.tsx'
import { focusOnNavigation, usePageTitle } from '../../components/page.ts'
import { TextField } from '../../components/TextField.tsx'
import { callApi } from '../../forms/api.ts'
import { createForm } from '../../forms/form.ts'
import { problemsOf } from '../../forms/problemas.ts'
import { t } from '../../i18n/index.ts'
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
          <FormErrorSummary form={form} />
          <h1 tabindex="-1" ref={focusOnNavigation}>
            {tr('reset.title')}
          </h1>
          <p class="lead">{tr('reset.lead')}</p>
          <form novalidate onSubmit={form.onSubmit(send)}>
            <TextField {...form.field('email')} type="email" autocomplete="email" inputClass="input--30" />
            <SubmitButton form={form} label={tr('reset.submit')} busyLabel={t('form.sending')} />
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
