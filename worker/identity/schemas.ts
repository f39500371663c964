import * as v from 'valibot'
import { canonicalRun, parseRun } from '../../core/run.ts'
import { line, secretText } from '../text.ts'

/** A RUN in any usual form, checked (módulo 11) and turned into `44444444-4`. */
export const RunField = v.pipe(
  v.string(),
  v.trim(),
  v.minLength(1),
  v.check((text) => parseRun(text) !== null, 'invalid_run'),
  v.transform((text) => {
    const run = parseRun(text)
    return run ? canonicalRun(run) : text
  }),
)

export const EmailField = v.pipe(
  v.string(),
  v.trim(),
  v.toLowerCase(),
  v.minLength(1),
  v.maxLength(254),
  v.email(),
)
/** A person's given or family names. */
export const NameField = line(100)
/** Checked for length, breaches and personal words by the service, which knows the person. */
const Password = secretText(1024)
const Token = v.pipe(v.string(), v.regex(/^[\w-]{20,100}$/))

export const RegisterInput = v.strictObject({
  run: RunField,
  nombres: NameField,
  apellidos: NameField,
  email: EmailField,
  password: Password,
})
export type RegisterInput = v.InferOutput<typeof RegisterInput>

export const LoginInput = v.strictObject({ run: RunField, password: Password })
export const TokenInput = v.strictObject({ token: Token })
export const ResetRequestInput = v.strictObject({ email: EmailField })
export const SetPasswordInput = v.strictObject({ token: Token, password: Password })
export const LogoutInput = v.strictObject({ everywhere: v.optional(v.boolean(), false) })

export const StaffLoginInput = v.strictObject({ username: EmailField, password: Password })
export const TotpInput = v.strictObject({
  challenge: Token,
  code: v.pipe(v.string(), v.trim(), v.regex(/^\d{6}$/)),
})
