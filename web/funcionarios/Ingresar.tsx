import { A, useLocation, useNavigate } from '@solidjs/router'
import { createSignal, For, Match, Show, Switch } from 'solid-js'
import { StaffLoginInput, TotpInput } from '../../worker/identity/schemas.ts'
import { FormErrorSummary, SubmitButton } from '../components/FieldChrome.tsx'
import { Notice } from '../components/Notice.tsx'
import { focusOnNavigation, usePageTitle } from '../components/page.ts'
import { TextField } from '../components/TextField.tsx'
import { type Me, signedIn } from '../cuenta/session.ts'
import { callApi } from '../forms/api.ts'
import { createForm, type Form, type FormProblems } from '../forms/form.ts'
import { problemsOf } from '../forms/problemas.ts'
import { t } from '../i18n/index.ts'
import { ts } from './i18n/index.ts'

type SecondFactor =
  | { step: 'totp'; challenge: string }
  | { step: 'enroll'; challenge: string; otpauthUri: string; qrSvg: string; secret: string }

/** An SVG as a `data:` URL for an `<img>`: the markup is never put into the page itself. */
function svgDataUrl(svg: string): string {
  const bytes = new TextEncoder().encode(svg)
  let binary = ''
  for (const byte of bytes) binary += String.fromCharCode(byte)
  return `data:image/svg+xml;base64,${btoa(binary)}`
}

/** A base32 secret in groups of four, as people copy it into an app. */
function grouped(secret: string): string {
  return secret.match(/.{1,4}/g)?.join(' ') ?? secret
}

/** The code from the authenticator app, the button that sends it, and a way back to the password. */
function CodeForm(props: {
  challenge: string
  submit: string
  onDone: (user: Me) => void
  onRestart: () => void
  form: Form<{ code: string }>
}) {
  const send = async (values: { code: string }) => {
    const result = await callApi<{ user: Me }>('POST', '/api/staff/login/totp', {
      challenge: props.challenge,
      code: values.code.trim(),
    })
    if (!result.ok) return props.form.fail(problemsOf(result))
    props.onDone(result.body.user)
  }
  return (
    <>
      <form novalidate onSubmit={props.form.onSubmit(send)}>
        <TextField
          {...props.form.field('code')}
          hint={ts('staff.totp.hint')}
          autocomplete="one-time-code"
          inputMode="numeric"
          inputClass="input--5"
        />
        <SubmitButton form={props.form} label={props.submit} busyLabel={ts('staff.login.checking')} />
      </form>
      <p>
        <button type="button" class="link-button" onClick={() => props.onRestart()}>
          {ts('staff.restart')}
        </button>
      </p>
    </>
  )
}

/**
 * `/funcionarios/ingresar`: institutional e-mail and password, then the code of the authenticator
 * app, or, the first time, the app's enrolment (QR code and key) followed by a first code.
 */
export function Ingresar() {
  const navigate = useNavigate()
  const location = useLocation<{ activated?: boolean }>()
  const [factor, setFactor] = createSignal<SecondFactor | undefined>()
  const passwordForm = createForm(StaffLoginInput, { username: '', password: '' })
  // The challenge travels with the code so the shared schema checks both.
  const codeForm = createForm(TotpInput, { code: '' }, (values) => ({
    ...values,
    challenge: factor()?.challenge ?? '',
  }))
  const title = () => {
    const current = factor()
    return current?.step === 'enroll'
      ? ts('staff.enroll.title')
      : current?.step === 'totp'
        ? ts('staff.totp.title')
        : ts('staff.login.title')
  }
  const form = (): FormProblems => (factor() ? codeForm : passwordForm)
  usePageTitle(title, () => form().errors().length > 0)

  const sendPassword = async (values: { username: string; password: string }) => {
    const result = await callApi<SecondFactor>('POST', '/api/staff/login', values)
    if (!result.ok) return passwordForm.fail(problemsOf(result))
    setFactor(result.body)
  }
  const done = (user: Me) => {
    signedIn(user)
    navigate('/funcionarios')
  }
  const restart = () => {
    codeForm.reset()
    passwordForm.reset()
    setFactor(undefined)
  }

  return (
    <>
      <FormErrorSummary form={form()} />
      <Switch>
        <Match when={factor()?.step === 'enroll' ? factor() : undefined}>
          {(current) => {
            const enrolment = current()
            if (enrolment.step !== 'enroll') return null
            return (
              <>
                <h1 tabindex="-1" ref={focusOnNavigation}>
                  {ts('staff.enroll.title')}
                </h1>
                <p>{ts('staff.enroll.lead')}</p>
                <ol class="list list--number steps">
                  <li>{ts('staff.enroll.step1')}</li>
                  <li>
                    {ts('staff.enroll.step2')}
                    <img
                      class="qr"
                      src={svgDataUrl(enrolment.qrSvg)}
                      alt={ts('staff.enroll.qrAlt')}
                      width="200"
                      height="200"
                    />
                    <p>{ts('staff.enroll.manual')}</p>
                    <p class="secret">
                      <For each={grouped(enrolment.secret).split(' ')}>
                        {(group) => <span>{group} </span>}
                      </For>
                    </p>
                  </li>
                  <li>{ts('staff.enroll.step3')}</li>
                </ol>
                <CodeForm
                  challenge={enrolment.challenge}
                  submit={ts('staff.enroll.submit')}
                  onDone={done}
                  onRestart={restart}
                  form={codeForm}
                />
              </>
            )
          }}
        </Match>
        <Match when={factor()?.step === 'totp' ? factor() : undefined}>
          {(current) => (
            <>
              <h1 tabindex="-1" ref={focusOnNavigation}>
                {ts('staff.totp.title')}
              </h1>
              <p>{ts('staff.totp.lead')}</p>
              <CodeForm
                challenge={current().challenge}
                submit={ts('staff.totp.submit')}
                onDone={done}
                onRestart={restart}
                form={codeForm}
              />
            </>
          )}
        </Match>
        <Match when={!factor()}>
          <Show when={location.state?.activated}>
            <Notice title={ts('staff.success')}>
              <p>{ts('staff.login.activated')}</p>
            </Notice>
          </Show>
          <h1 tabindex="-1" ref={focusOnNavigation}>
            {ts('staff.login.title')}
          </h1>
          <p class="lead">{ts('staff.login.lead')}</p>
          <form novalidate onSubmit={passwordForm.onSubmit(sendPassword)}>
            <TextField
              {...passwordForm.field('username')}
              type="email"
              autocomplete="username"
              inputClass="input--30"
            />
            <TextField
              {...passwordForm.field('password')}
              type="password"
              autocomplete="current-password"
              inputClass="input--20"
            />
            <SubmitButton
              form={passwordForm}
              label={t('form.continue')}
              busyLabel={ts('staff.login.checking')}
            />
          </form>
          <p>
            {ts('staff.login.citizen')} <A href="/ingresar">{ts('staff.login.citizenLink')}</A>
          </p>
        </Match>
      </Switch>
    </>
  )
}
