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
import { loadConfig } from '../worker/config.ts'
import { AppError } from '../worker/errors.ts'
import { catalog } from '../worker/i18n/index.ts'
import { nodePasswords, scryptParamsOf } from '../worker/identity/password.ts'
import { planStaffCreation } from '../worker/identity/staff.ts'
import { StaffCreateInput } from '../worker/identity/staff-schemas.ts'
import { consoleLogger } from '../worker/log.ts'
import { systemClock } from '../worker/ports.ts'
import { StorageHealth } from '../worker/storage-health.ts'
import { fieldErrors } from '../worker/validation.ts'
import { runWrites } from '../worker/writes.ts'
import { openDatabaseForScripts } from './database.ts'

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
const config = loadConfig(process.env, 'cli')
const { db, close } = await openDatabaseForScripts()
const storage = new StorageHealth(consoleLogger({ service: 'admin' }))
const ctx = {
  db,
  storage,
  clock: systemClock,
  actor: null,
  requestId: 'cli',
  clientAddress: null,
  passwords: nodePasswords(scryptParamsOf(config)),
  cifras: config.cifras,
}
const planned = await planStaffCreation(ctx, input.output, {
  locale: 'es',
  publicUrl: config.publicUrl,
}).catch((error: unknown) => {
  if (!(error instanceof AppError)) throw error
  const details = fieldErrors(error.fields ?? [], 'es').map((f) => f.message)
  console.error(details.length > 0 ? details.join('\n') : catalog('es').errors[error.code])
  process.exit(1)
})
await runWrites(ctx, planned.writes)
console.log(
  `Cuenta creada (${input.output.role}). Enlace de activación (vence en 72 horas):\n${planned.link}`,
)
await close()
