import { and, eq } from 'drizzle-orm'
import { Hono } from 'hono'
import { capacidadesDe } from '../../core/capacidades.ts'
import { users } from '../../db/schema/index.ts'
import { auditEntry } from '../audit.ts'
import type { AppContext, AppEnv } from '../context.ts'
import { AppError, isUniqueViolation } from '../errors.ts'
import { commit } from '../middleware/idempotency.ts'
import { consume } from '../middleware/rate-limit.ts'
import { serviceContext } from '../service.ts'
import { parseJsonBody } from '../validation.ts'
import { runWrites } from '../writes.ts'
import {
  checkPassword,
  type MailContext,
  planEmailVerification,
  planRegistration,
  planResetRequest,
  planSetPassword,
} from './accounts.ts'
import { claveUnicaLogoutUrl } from './claveunica.ts'
import { actorOf, requireSignedIn } from './guards.ts'
import { describe } from './me.ts'
import {
  LoginInput,
  LogoutInput,
  RegisterInput,
  ResetRequestInput,
  SetPasswordInput,
  TokenInput,
} from './schemas.ts'
import { endSession, startSession } from './session.ts'

function mailContext(c: AppContext): MailContext {
  return { locale: c.var.locale, publicUrl: c.var.ports.config.publicUrl }
}

/**
 * `/api/auth/*`: internal accounts for citizens without ClaveÚnica (registration, e-mail
 * verification, login, password reset) and sign-out for everyone.
 */
export const accountsRoute = new Hono<AppEnv>()
  .post('/register', async (c) => {
    await consume(c, 'register:client')
    const input = await parseJsonBody(c, RegisterInput)
    const planned = await planRegistration(serviceContext(c), input, mailContext(c))
    try {
      return await commit(c, planned, 202)
    } catch (error) {
      if (isUniqueViolation(error)) return c.json(planned.result, 202)
      throw error
    }
  })
  .post('/verify-email', async (c) => {
    const { token } = await parseJsonBody(c, TokenInput)
    const planned = await planEmailVerification(serviceContext(c), token)
    return commit(c, planned, 200)
  })
  .post('/login', async (c) => {
    await consume(c, 'login:client')
    const input = await parseJsonBody(c, LoginInput)
    await consume(c, 'login:run', input.run)
    const ctx = serviceContext(c)
    const user = await checkPassword(
      ctx,
      and(eq(users.run, input.run), eq(users.runProof, 'self'), eq(users.kind, 'citizen')),
      input.password,
    )
    if (!user.emailVerifiedAt) throw new AppError('email_not_verified')
    const session = await startSession(c, user, 'citizen', 'password')
    await runWrites(ctx, [
      ...session.writes,
      auditEntry(
        { ...ctx, actor: null },
        'user.login',
        { type: 'user', id: user.id },
        { method: 'password' },
      ),
    ])
    return c.json({
      user: describe({ ...user, userId: user.id, capacidades: capacidadesDe(user), assurance: 'password' }),
    })
  })
  .post('/password-reset', async (c) => {
    await consume(c, 'reset:client')
    const { email } = await parseJsonBody(c, ResetRequestInput)
    await consume(c, 'reset:email', email)
    const planned = await planResetRequest(serviceContext(c), email, mailContext(c))
    return commit(c, planned, 202)
  })
  .post('/password', async (c) => {
    await consume(c, 'reset:client')
    const { token, password } = await parseJsonBody(c, SetPasswordInput)
    const planned = await planSetPassword(serviceContext(c), token, password)
    return commit(c, planned, 200)
  })
  .post('/logout', requireSignedIn, async (c) => {
    const { everywhere } = await parseJsonBody(c, LogoutInput)
    const actor = actorOf(c)
    await endSession(c, actor, everywhere)
    await runWrites(c.var.ports, [
      auditEntry(serviceContext(c), everywhere ? 'user.logout_everywhere' : 'user.logout', {
        type: 'user',
        id: actor.userId,
      }),
    ])
    const config = c.var.ports.config
    // ClaveÚnica keeps its own session (60 s): end it too, or the next visitor walks in.
    const redirect =
      actor.assurance === 'claveunica' && config.claveUnica
        ? claveUnicaLogoutUrl(config.claveUnica, new URL('/', config.publicUrl).toString())
        : null
    return c.json({ status: 'signed_out', redirect })
  })

/** `GET /api/me`: the signed-in user, 401 otherwise. */
export const meRoute = new Hono<AppEnv>().get('/', requireSignedIn, (c) => {
  c.header('Cache-Control', 'no-store')
  return c.json({ user: describe(actorOf(c)) })
})
