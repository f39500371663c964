import { loadConfig } from '../worker/config.ts'
import { nodePasswords, scryptParamsOf } from '../worker/identity/password.ts'
import { planStaffCreation } from '../worker/identity/staff.ts'
import type { StaffCreateInput } from '../worker/identity/staff-schemas.ts'
import { consoleLogger } from '../worker/log.ts'
import { type Database, systemClock } from '../worker/ports.ts'
import { StorageHealth } from '../worker/storage-health.ts'
import { runWrites } from '../worker/writes.ts'

/**
 * What `npm run admin -- create` does once its arguments are checked: creates the staff account
 * (no actor: the command is how the first administrator is made) and returns its activation link.
 * Throws the service's `AppError` when refused (an unknown unit, an e-mail taken). The end-to-end
 * tests call it in-process for the staff they need; the command itself is tested there too.
 *
 * @example
 * const link = await createStaffAccount(db, process.env, { email, nombres, apellidos, role: 'admin', unidadCode })
 */
export async function createStaffAccount(
  db: Database,
  env: Record<string, string | undefined>,
  input: StaffCreateInput,
): Promise<string> {
  const config = loadConfig(env, 'cli')
  const ctx = {
    db,
    storage: new StorageHealth(consoleLogger({ service: 'admin' })),
    clock: systemClock,
    actor: null,
    requestId: 'cli',
    clientAddress: null,
    passwords: nodePasswords(scryptParamsOf(config)),
    cifras: config.cifras,
  }
  const planned = await planStaffCreation(ctx, input, { locale: 'es', publicUrl: config.publicUrl })
  await runWrites(ctx, planned.writes)
  return planned.link
}
