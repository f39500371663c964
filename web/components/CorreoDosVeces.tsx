import type { BoundField } from '../forms/form.ts'
import { TextField } from './TextField.tsx'

/**
 * The e-mail typed twice — the instructivo's «doble verificación del correo» — as two fields of a
 * form: the address, then its confirmation, which the browser never fills in. The citizen's
 * correction, the officer's and the assisted constancia ask it alike.
 *
 * @example
 * <CorreoDosVeces email={form.field('email')} confirmacion={form.field('emailConfirmacion')} autocomplete="email" />
 */
export function CorreoDosVeces(props: {
  email: BoundField
  confirmacion: BoundField
  hint?: string
  confirmacionHint?: string
  /** Another label than the API's, for each. */
  labels?: { email: string; confirmacion: string }
  /** The browser's own address for a citizen's form; none at a unit's counter. */
  autocomplete?: 'email' | 'off'
}) {
  return (
    <>
      <TextField
        {...props.email}
        label={props.labels?.email ?? props.email.label}
        hint={props.hint}
        type="email"
        autocomplete={props.autocomplete}
        inputClass="input--30"
      />
      <TextField
        {...props.confirmacion}
        label={props.labels?.confirmacion ?? props.confirmacion.label}
        hint={props.confirmacionHint}
        type="email"
        autocomplete="off"
        inputClass="input--30"
      />
    </>
  )
}
