import { createSignal } from 'solid-js'
import type * as v from 'valibot'
import type { FieldError } from '../../worker/errors.ts'
import { locale } from '../i18n/index.ts'
import { fieldLabel } from '../i18n/server-catalog.ts'
import { validateFields } from './validate.ts'

/** A form on one page, checked with the API's own schema before it is sent. */
export interface Form<T extends Record<string, string>> {
  values: () => T
  /** An input handler that keeps one answer. */
  set: (field: keyof T & string) => (value: string) => void
  /**
   * What a field of the form takes from it, to spread on TextField, PasswordField, Select or
   * Radios: its id (the schema's name), its label (the API's, `fieldLabel`), its answer, its
   * problem and its handler; a prop written after the spread wins (another label).
   *
   * @example
   * <TextField {...form.field('run')} hint={…} autocomplete="username" />
   */
  field: (field: keyof T & string) => BoundField
  /** The problems to show: the server's, or the schema's on the answers last submitted. */
  errors: () => FieldError[]
  error: (field: string) => string | undefined
  /**
   * Changes on every submission that found problems: key the error summary on it, so it is
   * mounted again and takes focus each time.
   */
  attempt: () => number | undefined
  /** Where the error summary links: a field of this form, or nowhere (a problem of the whole form). */
  hrefFor: (field: string) => string | undefined
  busy: () => boolean
  /** Shows problems found by the server (already worded in the visitor's language). */
  fail: (problems: FieldError[]) => void
  /** Back to the first answers, without problems. */
  reset: () => void
  /**
   * The submit handler: checks the answers with the schema (the API's own messages, re-worded on
   * a language switch) and, when they pass, calls `send` once at a time.
   */
  onSubmit: (send: (values: T) => Promise<void>) => (event: SubmitEvent) => void
}

/** A field's props bound to its form (see `Form.field`); reactive getters, for a spread. */
export interface BoundField {
  id: string
  readonly label: string
  readonly legend: string
  readonly value: string
  readonly error: string | undefined
  onInput: (value: string) => void
  onChange: (value: string) => void
}

/** What an error summary needs of a form, whatever its answers. */
export type FormProblems = Pick<Form<Record<string, string>>, 'attempt' | 'errors' | 'hrefFor'>

/**
 * A one-page form for an online-only request (sign-in, registration, administration): nothing
 * is kept on the device, passwords least of all.
 *
 * @example
 * const form = createForm(LoginInput, { run: '', password: '' })
 * <form novalidate onSubmit={form.onSubmit(async (values) => { ... })}>
 */
export function createForm<T extends Record<string, string>>(
  schema: v.GenericSchema,
  initial: T,
  /** What the schema checks, when it is more than the answers (a link's token). */
  toInput: (values: T) => Record<string, unknown> = (values) => values,
): Form<T> {
  const fields = Object.keys(initial)
  const [values, setValues] = createSignal<T>(initial)
  const [submitted, setSubmitted] = createSignal<T | undefined>()
  const [serverErrors, setServerErrors] = createSignal<FieldError[]>([])
  const [attempt, setAttempt] = createSignal(0)
  const [busy, setBusy] = createSignal(false)
  const localErrors = () => {
    const answers = submitted()
    return answers ? validateFields(schema, toInput(answers), undefined, locale()) : []
  }
  const errors = () => (serverErrors().length > 0 ? serverErrors() : localErrors())
  const set = (field: keyof T & string) => (value: string) =>
    setValues((current) => ({ ...current, [field]: value }))
  const error = (field: string) => errors().find((problem) => problem.field === field)?.message
  return {
    values,
    set,
    field: (field) => ({
      id: field,
      get label() {
        return fieldLabel(locale(), field)
      },
      get legend() {
        return fieldLabel(locale(), field)
      },
      get value() {
        return values()[field] ?? ''
      },
      get error() {
        return error(field)
      },
      onInput: set(field),
      onChange: set(field),
    }),
    errors,
    error,
    attempt: () => (errors().length > 0 ? attempt() : undefined),
    hrefFor: (field) => (fields.includes(field) ? `#${field}` : undefined),
    busy,
    fail: (problems) => {
      setServerErrors(problems)
      setAttempt((n) => n + 1)
    },
    reset: () => {
      setValues(() => initial)
      setSubmitted(undefined)
      setServerErrors([])
    },
    onSubmit: (send) => (event) => {
      event.preventDefault()
      if (busy()) return
      const answers = values()
      setServerErrors([])
      if (validateFields(schema, toInput(answers), undefined, locale()).length > 0) {
        setSubmitted(() => answers)
        setAttempt((n) => n + 1)
        return
      }
      setSubmitted(undefined)
      setBusy(true)
      send(answers).finally(() => setBusy(false))
    },
  }
}
