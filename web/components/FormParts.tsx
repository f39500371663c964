import { Show } from 'solid-js'
import type { Form, FormProblems } from '../forms/form.ts'
import { ErrorSummary } from './ErrorSummary.tsx'

/**
 * A one-page form's error summary (forms/form.ts): mounted again, and so focused, at each attempt
 * that found problems.
 *
 * @example
 * <FormErrorSummary form={form} />
 */
export function FormErrorSummary(props: { form: FormProblems }) {
  return (
    <Show when={props.form.attempt()} keyed>
      <ErrorSummary errors={props.form.errors()} hrefFor={props.form.hrefFor} />
    </Show>
  )
}

/**
 * A one-page form's submit button: disabled while the form sends, saying so when `busyLabel` is
 * given.
 *
 * @example
 * <SubmitButton form={form} label={tr('register.submit')} busyLabel={t('form.sending')} />
 */
export function SubmitButton(props: {
  form: Pick<Form<Record<string, string>>, 'busy'>
  label: string
  busyLabel?: string
  /** `button button--warning` for an action that cannot be undone. */
  class?: string
}) {
  return (
    <button type="submit" class={props.class ?? 'button'} disabled={props.form.busy()}>
      {props.form.busy() && props.busyLabel !== undefined ? props.busyLabel : props.label}
    </button>
  )
}
