import { and, eq } from 'drizzle-orm'
import { Hono } from 'hono'
import { capacidadesDe } from '../../core/capacidades.ts'
import { users } from '../../db/schema/index.ts'
import { auditEntry } from '../audit.ts'
import type { AppEnv } from '../context.ts'
import { invalidField } from '../errors.ts'
import { answersWithSecret, commit } from '../middleware/idempotency.ts'
import { consume } from '../middleware/rate-limit.ts'
import { serviceContext } from '../service.ts'
import { parseJsonBody } from '../validation.ts'
import { runWrites } from '../writes.ts'
import { checkPassword } from './accounts.ts'
import { requireCapacidad } from './guards.ts'
import { describe } from './me.ts'
import { isLastAdministratorLost } from './otorgar.ts'
import { StaffLoginInput, TotpInput } from './schemas.ts'
import { startSession } from './session.ts'
import {
  completeSecondFactor,
  listStaff,
  planStaffCreation,
  planStaffUpdate,
  startSecondFactor,
} from './staff.ts'
import { StaffCreateInput, StaffUpdateInput } from './staff-schemas.ts'

/**
 * `/api/staff/*`: the staff login, password then TOTP code (enrolling the app the first time).
 * The first answer carries a challenge and, at enrolment, the new TOTP seed: never stored.
 */
export const staffLoginRoute = new Hono<AppEnv>()
  .post('/login', answersWithSecret, async (c) => {
    const { vault } = c.var.ports
    await consume(c, 'staff-login:client')
    const input = await parseJsonBody(c, StaffLoginInput)
    await consume(c, 'staff-login:user', input.username)
    const ctx = serviceContext(c)
    const user = await checkPassword(
      ctx,
      and(eq(users.email, input.username), eq(users.kind, 'staff')),
      input.password,
    )
    return c.json(await startSecondFactor(ctx, vault, user))
  })
  .post('/login/totp', async (c) => {
    const { vault } = c.var.ports
    await consume(c, 'staff-totp:client')
    const { challenge, code } = await parseJsonBody(c, TotpInput)
    const ctx = serviceContext(c)
    const { user, writes } = await completeSecondFactor(ctx, vault, challenge, code)
    const session = await startSession(c, user, 'staff', 'mfa')
    await runWrites(ctx, [
      ...session.writes,
      ...writes,
      auditEntry(
        { ...ctx, actor: null },
        'user.login',
        { type: 'user', id: user.id },
        { method: 'password+totp' },
      ),
    ])
    return c.json({
      user: describe({ ...user, userId: user.id, capacidades: capacidadesDe(user), assurance: 'mfa' }),
    })
  })

/**
 * `/api/admin/staff`: staff who administer staff create accounts, change their role, unit and
 * capabilities, and disable them.
 */
export const staffAdminRoute = new Hono<AppEnv>()
  .use(requireCapacidad('personal.administrar'))
  .get('/', async (c) => c.json({ items: await listStaff(serviceContext(c)) }))
  .post('/', async (c) => {
    const input = await parseJsonBody(c, StaffCreateInput)
    const mail = { locale: c.var.locale, publicUrl: c.var.ports.config.publicUrl }
    const planned = await planStaffCreation(serviceContext(c), input, mail)
    return commit(c, planned, 201)
  })
  .patch('/:id', async (c) => {
    const input = await parseJsonBody(c, StaffUpdateInput)
    const planned = await planStaffUpdate(serviceContext(c), c.req.param('id'), input)
    try {
      return await commit(c, planned, 200)
    } catch (error) {
      // Another administrator's change, at the same moment, left this one the last holder.
      if (isLastAdministratorLost(error)) throw invalidField('capacidades', 'last_administrator')
      throw error
    }
  })
