import { type JSX, Show } from 'solid-js'
import type { Form, FormProblems } from '../forms/form.ts'
import { ErrorSummary } from './ErrorSummary.tsx'

/*
 * What every GOV.UK field draws around its control, written once: the group (red bar on error),
 * the label (or the page's h1 when the field is the page's one question), the hint and the inline
 * error, and the ids the control names in `aria-describedby`. TextField, Select and Radios use it
 * (DateInput and Checkbox could too). And a one-page form's own: its error summary and its button
 * (here, in the forms' chunk with TextField, not in a chunk of their own).
 */

/** A field as its chrome needs it: its id, and the hint and error it may show. */
export interface FieldText {
  id: string
  hint?: string
  error?: string | undefined
}

/** The form group's classes: GOV.UK's red bar when the field has a problem. */
export function groupClass(error: string | undefined): string {
  return error ? 'form-group form-group--error' : 'form-group'
}

/**
 * What the control's `aria-describedby` names: the hint and the error shown, or nothing.
 *
 * @example
 * describedBy({ id: 'run', hint: 'Por ejemplo…' }) // 'run-hint'
 */
export function describedBy(field: FieldText): string | undefined {
  return (
    [field.hint ? `${field.id}-hint` : '', field.error ? `${field.id}-error` : '']
      .filter(Boolean)
      .join(' ') || undefined
  )
}

/** The hint, then the inline error, as GOV.UK places them between the label and the control. */
export function HintAndError(props: FieldText) {
  return (
    <>
      <Show when={props.hint}>
        <div id={`${props.id}-hint`} class="hint">
          {props.hint}
        </div>
      </Show>
      <Show when={props.error}>
        <p id={`${props.id}-error`} class="error-message">
          {props.error}
        </p>
      </Show>
    </>
  )
}

/**
 * A labelled control's form group: the label — inside the page's h1 when the field is the page's
 * one question (GOV.UK's "label as page heading") —, the hint and the error, then the control.
 *
 * @example
 * <LabelledField id="run" label="RUN" error={…}><input id="run" … /></LabelledField>
 */
export function LabelledField(
  props: FieldText & {
    label: string
    asHeading?: boolean
    headingRef?: (element: HTMLElement) => void
    children: JSX.Element
  },
) {
  const label = () => (
    <label class="label" for={props.id}>
      {props.label}
    </label>
  )
  return (
    <div class={groupClass(props.error)}>
      <Show when={props.asHeading} fallback={label()}>
        <h1 class="label-heading" tabindex="-1" ref={(element) => props.headingRef?.(element)}>
          {label()}
        </h1>
      </Show>
      <HintAndError id={props.id} hint={props.hint} error={props.error} />
      {props.children}
    </div>
  )
}

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
