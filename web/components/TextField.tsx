import { createEffect, createSignal, type JSX, on, onCleanup, Show } from 'solid-js'
import { plural } from '../i18n/index.ts'
import { describedBy, LabelledField } from './FieldChrome.tsx'

export interface TextFieldProps {
  /** Also the field's name in the shared schema, so error summary links land here. */
  id: string
  label: string
  hint?: string
  error?: string | undefined
  value: string
  onInput: (value: string) => void
  /** One question per page: the label is the page's h1. */
  asHeading?: boolean
  headingRef?: (element: HTMLElement) => void
  multiline?: boolean
  /** Shows GOV.UK's character count; going over is allowed and reported, never cut off. */
  maxLength?: number
  autocomplete?: string
  inputClass?: string
  /**
   * `password` hides what is typed (PasswordField.tsx adds GOV.UK's Show/Hide button); `email`
   * and `tel` bring the phone's keyboards; `date` and `time` its pickers (the value as
   * `YYYY-MM-DD`, `HH:MM`).
   */
  type?: 'text' | 'email' | 'password' | 'tel' | 'date' | 'time'
  inputMode?: 'text' | 'numeric' | 'email'
  /** A password shown as text (PasswordField's Show). */
  revealed?: boolean
  /** Beside a password input, in GOV.UK's input wrapper: PasswordField's Show/Hide button. */
  beside?: JSX.Element
}

/** A labelled text input or textarea with hint, inline error and optional character count. */
export function TextField(props: TextFieldProps) {
  const countId = () => (props.maxLength ? `${props.id}-count` : undefined)
  const remaining = () => (props.maxLength ?? 0) - props.value.length
  const countText = () =>
    remaining() >= 0 ? plural('form.charsLeft', remaining()) : plural('form.charsOver', -remaining())

  // Screen readers hear the count once typing pauses, not on every key.
  const [spoken, setSpoken] = createSignal('')
  let timer: ReturnType<typeof setTimeout> | undefined
  createEffect(
    on(countText, (text) => {
      clearTimeout(timer)
      timer = setTimeout(() => setSpoken(text), 1000)
    }),
  )
  onCleanup(() => clearTimeout(timer))

  const classes = () => {
    const base = props.multiline ? 'textarea' : 'input'
    return [base, props.error ? `${base}--error` : '', props.inputClass ?? ''].filter(Boolean).join(' ')
  }
  const input = (event: { currentTarget: HTMLInputElement | HTMLTextAreaElement }) =>
    props.onInput(event.currentTarget.value)

  const singleLine = (): JSX.Element => (
    <input
      id={props.id}
      name={props.id}
      type={props.type === 'password' && props.revealed ? 'text' : (props.type ?? 'text')}
      class={classes()}
      value={props.value}
      onInput={input}
      autocomplete={props.autocomplete}
      inputMode={props.inputMode}
      autocapitalize={props.type === 'email' || props.type === 'password' ? 'none' : undefined}
      spellcheck={false}
      aria-describedby={describedBy(props)}
      aria-invalid={props.error ? 'true' : undefined}
    />
  )

  return (
    <LabelledField {...props}>
      <Show
        when={props.multiline}
        fallback={
          <Show when={props.type === 'password'} fallback={singleLine()}>
            <div class="input-wrapper">
              {singleLine()}
              {props.beside}
            </div>
          </Show>
        }
      >
        <textarea
          id={props.id}
          name={props.id}
          rows={8}
          class={classes()}
          value={props.value}
          onInput={input}
          aria-describedby={describedBy(props)}
          aria-invalid={props.error ? 'true' : undefined}
        />
      </Show>
      <Show when={props.maxLength}>
        <div id={countId()} class={remaining() < 0 ? 'count count--over' : 'count'} aria-hidden="true">
          {countText()}
        </div>
        <div class="visually-hidden" aria-live="polite">
          {spoken()}
        </div>
      </Show>
    </LabelledField>
  )
}
