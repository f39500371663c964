import { createSignal } from 'solid-js'
import { t } from '../i18n/index.ts'
import { TextField, type TextFieldProps } from './TextField.tsx'

/*
 * A password field: TextField with GOV.UK's Show/Hide button. A module of its own, imported by the
 * three screens that ask a password (sign-in, registration, a new password), so that the forms'
 * chunk every other form loads (vite.config.ts FORMS) does not carry the button.
 */

/** GOV.UK's password input: the button says what it does, a live region says what it did. */
function RevealButton(props: { controls: string; shown: boolean; onToggle: () => void }) {
  // Silent until the first press: the state is news only once it changes.
  const [pressed, setPressed] = createSignal(false)
  return (
    <>
      <button
        type="button"
        class="button button--secondary input-reveal"
        aria-controls={props.controls}
        aria-label={props.shown ? t('form.hidePassword') : t('form.showPassword')}
        onClick={() => {
          setPressed(true)
          props.onToggle()
        }}
      >
        {props.shown ? t('form.hide') : t('form.show')}
      </button>
      <div class="visually-hidden" aria-live="polite">
        {pressed() ? (props.shown ? t('form.passwordShown') : t('form.passwordHidden')) : ''}
      </div>
    </>
  )
}

/**
 * A labelled password input with GOV.UK's Show/Hide button beside it.
 *
 * @example
 * <PasswordField id="password" label="Contraseña" value={value()} onInput={setValue} autocomplete="current-password" />
 */
export function PasswordField(props: Omit<TextFieldProps, 'type' | 'revealed' | 'beside' | 'multiline'>) {
  const [revealed, setRevealed] = createSignal(false)
  return (
    <TextField
      {...props}
      type="password"
      revealed={revealed()}
      beside={
        <RevealButton controls={props.id} shown={revealed()} onToggle={() => setRevealed((on) => !on)} />
      }
    />
  )
}
