import { A, useNavigate, useSearchParams } from '@solidjs/router'
import { safeReturnTo } from '../../worker/identity/return-to.ts'
import { LoginInput } from '../../worker/identity/schemas.ts'
import { FormErrorSummary, SubmitButton } from '../components/FieldChrome.tsx'
import { PasswordField } from '../components/PasswordField.tsx'
import { focusOnNavigation, usePageTitle } from '../components/page.ts'
import { TextField } from '../components/TextField.tsx'
import { callApi } from '../forms/api.ts'
import { createForm } from '../forms/form.ts'
import { problemsOf } from '../forms/problemas.ts'
import { t } from '../i18n/index.ts'
import { tc } from './i18n/index.ts'
import { type Me, signedIn } from './session.ts'

export { ready } from './i18n/index.ts'

/** `/ingresar/clave`: RUN and password, for citizens who registered here rather than use ClaveÚnica. */
export function IngresarClave() {
  const navigate = useNavigate()
  const [params] = useSearchParams<{ returnTo?: string }>()
  const form = createForm(LoginInput, { run: '', password: '' })
  usePageTitle(
    () => tc('login.submit'),
    () => form.errors().length > 0,
  )
  const send = async (values: { run: string; password: string }) => {
    const result = await callApi<{ user: Me }>('POST', '/api/auth/login', values)
    if (!result.ok) return form.fail(problemsOf(result))
    signedIn(result.body.user)
    navigate(safeReturnTo(params.returnTo, location.origin))
  }
  return (
    <>
      <A href="/ingresar" class="back-link">
        {t('form.back')}
      </A>
      <FormErrorSummary form={form} />
      <h1 tabindex="-1" ref={focusOnNavigation}>
        {tc('login.submit')}
      </h1>
      <p>{tc('login.password.body')}</p>
      <form novalidate onSubmit={form.onSubmit(send)}>
        <TextField
          {...form.field('run')}
          hint={tc('login.run.hint')}
          autocomplete="username"
          inputClass="input--10"
        />
        <PasswordField {...form.field('password')} autocomplete="current-password" inputClass="input--20" />
        <SubmitButton form={form} label={t('account.signIn')} busyLabel={tc('login.signingIn')} />
      </form>
      <p>
        <A href="/recuperar-clave">{tc('login.forgot')}</A>
      </p>
      <p>
        {tc('login.noAccount.title')} <A href="/registrarse">{tc('login.register')}</A>
      </p>
    </>
  )
}
