import { A, useNavigate } from '@solidjs/router'
import { createSignal, Show } from 'solid-js'
import type * as v from 'valibot'
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

/**
 * One question per page (GOV.UK): the label is the page heading, answers go to the draft as they
 * are typed, and Continue checks only this question with the shared schema.
 */
export function QuestionPage<T extends Record<string, string>>(props: QuestionPageProps<T>) {
  const navigate = useNavigate()
  // Errors are recomputed from the submitted answers, so switching language re-words them.
  const [submitted, setSubmitted] = createSignal<T | undefined>()
  const input = (answers: T) => (props.toInput ? props.toInput(answers) : answers)
  const errors = () => {
    const answers = submitted()
    return answers ? validateFields(props.schema, input(answers), [props.field], locale()) : []
  }
  usePageTitle(
    () => props.label,
    () => errors().length > 0,
  )
  const onSubmit = (event: SubmitEvent) => {
    event.preventDefault()
    const answers = props.draft.values()
    if (validateFields(props.schema, input(answers), [props.field], locale()).length > 0)
      setSubmitted(() => answers)
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
        <Show when={props.draft.loaded()}>
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
        </Show>
        <button type="submit" class="button">
          {t('form.continue')}
        </button>
      </form>
      <p class="hint">{t('form.draftNote')}</p>
    </>
  )
}
