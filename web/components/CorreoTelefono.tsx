import type { FieldError } from '../../worker/errors.ts'
import { errorFor } from '../forms/validate.ts'
import { locale } from '../i18n/index.ts'
import { fieldLabel } from '../i18n/server-catalog.ts'
import { TextField } from './TextField.tsx'

/**
 * The e-mail and the phone of a form's contact page (`email`, `telefono`, labelled as the API
 * names them): the denuncia's and the complaint's.
 *
 * @example
 * <CorreoTelefono email={v().email} telefono={v().telefono} hint="…" errores={errors()}
 *   onEmail={set('email')} onTelefono={set('telefono')} />
 */
export function CorreoTelefono(props: {
  email: string
  telefono: string
  /** What the e-mail is for. */
  hint: string
  errores: FieldError[]
  onEmail: (value: string) => void
  onTelefono: (value: string) => void
}) {
  return (
    <>
      <TextField
        id="email"
        label={fieldLabel(locale(), 'email')}
        hint={props.hint}
        error={errorFor(props.errores, 'email')}
        value={props.email}
        onInput={props.onEmail}
        type="email"
        autocomplete="email"
      />
      <TextField
        id="telefono"
        label={fieldLabel(locale(), 'telefono')}
        error={errorFor(props.errores, 'telefono')}
        value={props.telefono}
        onInput={props.onTelefono}
        type="tel"
        autocomplete="tel"
        inputClass="input--20"
      />
    </>
  )
}
