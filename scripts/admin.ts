/**
 * `npm run admin -- create --email ana@carabineros.cl --nombres Ana --apellidos Soto --unidad DEMO-13101-1`
 *
 * Creates a staff account (an administrator unless `--role officer|supervisor`) and prints its
 * activation link: the person opens it, chooses a password, and enrols an authenticator app at
 * the first sign-in. This is how the first administrator is made; the others are created from
 * the administration screens. DATABASE_URL and PUBLIC_URL as for the server.
 */
import { parseArgs } from 'node:util'
import * as v from 'valibot'
import { AppError } from '../worker/errors.ts'
import { catalog } from '../worker/i18n/index.ts'
import { StaffCreateInput } from '../worker/identity/staff-schemas.ts'
import { fieldErrors } from '../worker/validation.ts'
import { openDatabaseForScripts } from './database.ts'
import { createStaffAccount } from './staff-account.ts'

const { positionals, values } = parseArgs({
  allowPositionals: true,
  options: {
    email: { type: 'string' },
    nombres: { type: 'string' },
    apellidos: { type: 'string' },
    unidad: { type: 'string' },
    role: { type: 'string', default: 'admin' },
  },
})
if (positionals[0] !== 'create') {
  console.error(
    'usage: npm run admin -- create --email … --nombres … --apellidos … --unidad CODE [--role admin]',
  )
  process.exit(2)
}
const input = v.safeParse(StaffCreateInput, {
  email: values.email,
  nombres: values.nombres,
  apellidos: values.apellidos,
  role: values.role,
  unidadCode: values.unidad,
})
if (!input.success) {
  for (const issue of input.issues) console.error(`${v.getDotPath(issue) ?? '?'}: ${issue.message}`)
  process.exit(2)
}
const { db, close } = await openDatabaseForScripts()
const link = await createStaffAccount(db, process.env, input.output).catch((error: unknown) => {
  if (!(error instanceof AppError)) throw error
  const details = fieldErrors(error.fields ?? [], 'es').map((f) => f.message)
  console.error(details.length > 0 ? details.join('\n') : catalog('es').errors[error.code])
  process.exit(1)
})
console.log(`Cuenta creada (${input.output.role}). Enlace de activación (vence en 72 horas):\n${link}`)
await close()
