import { A } from '@solidjs/router'
import { createSignal, Match, Show, Switch } from 'solid-js'
import { SetPasswordInput, TokenInput } from '../../worker/identity/schemas.ts'
import { callApi } from '../forms/api.ts'
import { createForm } from '../forms/form.ts'
import { takeLinkToken } from '../forms/link-token.ts'
import { problemsOf } from '../forms/problemas.ts'
import { validateFields } from '../forms/validate.ts'
import { locale, t } from '../i18n/index.ts'
import { catalog } from '../i18n/server-catalog.ts'
import { FormErrorSummary, SubmitButton } from './FieldChrome.tsx'
import { PasswordField } from './PasswordField.tsx'
import { focusOnNavigation, usePageTitle } from './page.ts'

export interface NewPasswordProps {
  /** What the page says: a citizen's reset, or an officer's first password. */
  title: string
  doneTitle: string
  doneBody: string
  again?: { href: string; label: string }
  /** After saving: show `done`, or go somewhere. */
  onSaved?: () => void
  next: { href: string; label: string }
}

/**
 * Choosing a password from an e-mailed link (`#<token>`): a citizen's reset, or a staff member's
 * invitation. A link that is malformed, used or expired says so and offers a new one.
 */
export function NewPassword(props: NewPasswordProps) {
  const token = takeLinkToken()
  const form = createForm(SetPasswordInput, { password: '' }, (values) => ({ ...values, token }))
  const [state, setState] = createSignal<'form' | 'done' | 'invalid'>(
    validateFields(TokenInput, { token }, undefined, locale()).length > 0 ? 'invalid' : 'form',
  )
  // The server's words when it refused the link; ours (re-worded on a language switch) otherwise.
  const [refusal, setRefusal] = createSignal<string | undefined>()
  usePageTitle(
    () =>
      state() === 'done'
        ? props.doneTitle
        : state() === 'invalid'
          ? t('newPassword.invalid.title')
          : props.title,
    () => form.errors().length > 0,
  )
  const send = async (values: { password: string }) => {
    const result = await callApi<{ status: 'password_set' }>('POST', '/api/auth/password', {
      ...values,
      token,
    })
    if (result.ok) {
      if (props.onSaved) props.onSaved()
      else setState('done')
      return
    }
    if (result.error?.code === 'link_invalid') {
      setRefusal(result.error.message)
      setState('invalid')
      return
    }
    form.fail(problemsOf(result))
  }
  return (
    <Switch>
      <Match when={state() === 'form'}>
        <FormErrorSummary form={form} />
        <h1 tabindex="-1" ref={focusOnNavigation}>
          {props.title}
        </h1>
        <form novalidate onSubmit={form.onSubmit(send)}>
          <PasswordField
            {...form.field('password')}
            hint={t('form.password.hint')}
            autocomplete="new-password"
            inputClass="input--20"
          />
          <SubmitButton form={form} label={t('newPassword.submit')} busyLabel={t('form.sending')} />
        </form>
      </Match>
      <Match when={state() === 'done'}>
        <div class="panel">
          <h1 tabindex="-1" ref={focusOnNavigation}>
            {props.doneTitle}
          </h1>
          <p>{props.doneBody}</p>
        </div>
        <p>
          <A href={props.next.href} class="button-link">
            {props.next.label}
          </A>
        </p>
      </Match>
      <Match when={state() === 'invalid'}>
        <h1 tabindex="-1" ref={focusOnNavigation}>
          {t('newPassword.invalid.title')}
        </h1>
        <p>{refusal() ?? catalog(locale()).errors.link_invalid}</p>
        <Show when={props.again}>
          {(again) => (
            <p>
              <A href={again().href}>{again().label}</A>
            </p>
          )}
        </Show>
      </Match>
    </Switch>
  )
}
