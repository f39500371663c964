import { A, useNavigate } from '@solidjs/router'
import { createSignal, type JSX, Show } from 'solid-js'
import type * as v from 'valibot'
import type { FieldError } from '../../worker/errors.ts'
import { errorFor, validateFields } from '../forms/validate.ts'
import { locale, t } from '../i18n/index.ts'
import type { Draft } from '../offline/draft.ts'
import { ErrorSummary } from './ErrorSummary.tsx'
import { focusOnNavigation, usePageTitle } from './page.ts'
import { TextField } from './TextField.tsx'

interface QuestionPageProps<T extends Record<string, string>> {
  draft: Draft<T>
  schema: v.GenericSchema
  field: keyof T & string
  caption: string
  label: string
  hint?: string
  step: number
  steps: number
  back: string
  next: string
  multiline?: boolean
  maxLength?: number
  autocomplete?: string
  /** `email` brings the phone's e-mail keyboard. */
  type?: 'text' | 'email'
  /** What the schema checks, when it is not the answers as kept (an empty optional answer left out). */
  toInput?: (values: T) => Record<string, unknown>
}

/** A question page's frame, whatever its fields (see QuestionFrame). */
interface QuestionFrameProps<T extends Record<string, string>> {
  draft: Draft<T>
  schema: v.GenericSchema
  /** The fields this page asks: Continue checks only them. */
  fields: readonly (keyof T & string)[]
  /** The page's title (its question). */
  title: string
  caption: string
  step: number
  steps: number
  back: string
  next: string
  /** What the schema checks, when it is not the answers as kept (an empty optional answer left out). */
  toInput?: (values: T) => Record<string, unknown>
  /** The page's fields, once the draft is read, given the page's problems. */
  children: (errors: () => FieldError[]) => JSX.Element
}

/**
 * A page of a form of one question per page (GOV.UK), whatever it asks: back, the error summary,
 * the step, the fields the caller draws, Continue — which checks only this page's fields with the
 * shared schema and goes on when they pass —, and where the answers are kept. QuestionPage is it
 * with one text field; a page of a few fields or a choice uses it directly.
 *
 * @example
 * <QuestionFrame draft={draft} schema={Input} fields={['unidadCode']} title="¿Qué unidad?" caption="Felicitación"
 *   step={1} steps={4} back="/felicitaciones" next="/felicitaciones/funcionario">{(errors) => <Select … />}</QuestionFrame>
 */
export function QuestionFrame<T extends Record<string, string>>(props: QuestionFrameProps<T>) {
  const navigate = useNavigate()
  // Errors are recomputed from the submitted answers, so switching language re-words them.
  const [submitted, setSubmitted] = createSignal<T | undefined>()
  const problems = (answers: T) =>
    validateFields(props.schema, props.toInput ? props.toInput(answers) : answers, props.fields, locale())
  const errors = () => {
    const answers = submitted()
    return answers ? problems(answers) : []
  }
  usePageTitle(
    () => props.title,
    () => errors().length > 0,
  )
  const onSubmit = (event: SubmitEvent) => {
    event.preventDefault()
    const answers = props.draft.values()
    if (problems(answers).length > 0) setSubmitted(() => answers)
    else navigate(props.next)
  }
  return (
    <>
      <A href={props.back} class="back-link">
        {t('form.back')}
      </A>
      <Show when={errors().length > 0 ? submitted() : undefined} keyed>
        <ErrorSummary errors={errors()} />
      </Show>
      <form novalidate onSubmit={onSubmit}>
        <span class="caption">
          {props.caption} · {t('form.step', { n: props.step, total: props.steps })}
        </span>
        <Show when={props.draft.loaded()}>{props.children(errors)}</Show>
        <button type="submit" class="button">
          {t('form.continue')}
        </button>
      </form>
      <p class="hint">{t('form.draftNote')}</p>
    </>
  )
}

/**
 * One question per page (GOV.UK): the label is the page heading, answers go to the draft as they
 * are typed, and Continue checks only this question with the shared schema.
 */
export function QuestionPage<T extends Record<string, string>>(props: QuestionPageProps<T>) {
  return (
    <QuestionFrame
      draft={props.draft}
      schema={props.schema}
      fields={[props.field]}
      title={props.label}
      caption={props.caption}
      step={props.step}
      steps={props.steps}
      back={props.back}
      next={props.next}
      toInput={props.toInput}
    >
      {(errors) => (
        <TextField
          id={props.field}
          label={props.label}
          hint={props.hint}
          error={errorFor(errors(), props.field)}
          value={props.draft.values()[props.field] ?? ''}
          onInput={(value) => props.draft.update(props.field, value as T[typeof props.field])}
          asHeading
          headingRef={focusOnNavigation}
          multiline={props.multiline}
          maxLength={props.maxLength}
          autocomplete={props.autocomplete}
          type={props.type}
          inputClass={props.multiline ? undefined : 'input--20'}
        />
      )}
    </QuestionFrame>
  )
}
