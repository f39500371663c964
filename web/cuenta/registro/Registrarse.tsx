import { A, useLocation, useNavigate } from '@solidjs/router'
import { RegisterInput } from '../../../worker/identity/schemas.ts'
import { AvisoPrivacidad } from '../../components/AvisoPrivacidad.tsx'
import { FormErrorSummary, SubmitButton } from '../../components/FieldChrome.tsx'
import { PasswordField } from '../../components/PasswordField.tsx'
import { focusOnNavigation, usePageTitle } from '../../components/page.ts'
import { TextField } from '../../components/TextField.tsx'
import { callApi } from '../../forms/api.ts'
import { createForm } from '../../forms/form.ts'
import { problemsOf } from '../../forms/problemas.ts'
import { t } from '../../i18n/index.ts'
import { tr } from './i18n/index.ts'

export { ready } from './i18n/index.ts'

export const CHECK_EMAIL_PATH = '/registrarse/revise-su-correo'

/** `/registrarse`: an account for citizens without ClaveÚnica, on one page (five short questions). */
export function Registrarse() {
  const navigate = useNavigate()
  const form = createForm(RegisterInput, { run: '', nombres: '', apellidos: '', email: '', password: '' })
  usePageTitle(
    () => tr('register.title'),
    () => form.errors().length > 0,
  )
  const send = async (values: ReturnType<typeof form.values>) => {
    const result = await callApi<{ status: 'check_email' }>('POST', '/api/auth/register', values)
    if (!result.ok) return form.fail(problemsOf(result))
    navigate(CHECK_EMAIL_PATH, { state: { email: values.email.trim() } })
  }
  return (
    <>
      <A href="/ingresar" class="back-link">
        {t('form.back')}
      </A>
      <FormErrorSummary form={form} />
      <h1 tabindex="-1" ref={focusOnNavigation}>
        {tr('register.title')}
      </h1>
      <p class="lead">{tr('register.lead')}</p>
      <div class="inset">
        <p>{tr('register.note')}</p>
      </div>
      <form novalidate onSubmit={form.onSubmit(send)}>
        <TextField
          {...form.field('run')}
          hint={tr('register.run.hint')}
          autocomplete="username"
          inputClass="input--10"
        />
        <TextField {...form.field('nombres')} autocomplete="given-name" inputClass="input--20" />
        <TextField {...form.field('apellidos')} autocomplete="family-name" inputClass="input--20" />
        <TextField
          {...form.field('email')}
          type="email"
          hint={tr('register.email.hint')}
          autocomplete="email"
          inputClass="input--30"
        />
        <PasswordField
          {...form.field('password')}
          hint={t('form.password.hint')}
          autocomplete="new-password"
          inputClass="input--20"
        />
        <AvisoPrivacidad servicio="cuenta" />
        <SubmitButton form={form} label={tr('register.submit')} busyLabel={t('form.sending')} />
      </form>
    </>
  )
}

/** After registering: the link is on its way. */
export function RevisarCorreo() {
  const location = useLocation<{ email?: string }>()
  usePageTitle(() => tr('account.checkEmail'))
  return (
    <>
      <div class="panel panel--queued">
        <h1 tabindex="-1" ref={focusOnNavigation}>
          {tr('account.checkEmail')}
        </h1>
        <p>
          {location.state?.email
            ? tr('register.sent.body', { email: location.state.email })
            : tr('register.sent.bodyAnon')}
        </p>
      </div>
      <p>{tr('account.spam')}</p>
      <p>{tr('register.sent.already')}</p>
      <p>
        <A href="/ingresar">{t('account.signIn')}</A>
      </p>
    </>
  )
}
