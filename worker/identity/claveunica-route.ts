import { eq, sql } from 'drizzle-orm'
import { Hono } from 'hono'
import { deleteCookie, getCookie, setCookie } from 'hono/cookie'
import { authFlows, users } from '../../db/schema/index.ts'
import { auditEntry } from '../audit.ts'
import type { AppContext, AppEnv } from '../context.ts'
import { randomToken, sha256Hex } from '../crypto.ts'
import { rowId } from '../ids.ts'
import { serviceContext } from '../service.ts'
import { TimeoutError } from '../timeout.ts'
import { runWrites } from '../writes.ts'
import { beginAuthorization, ClaveUnicaError, completeAuthorization } from './claveunica.ts'
import { safeReturnTo } from './return-to.ts'
import { startSession } from './session.ts'

const FLOW_COOKIE = 'cv_auth'
const FLOW_TTL_MS = 10 * 60_000

/** The portal's own origin, the one paths after sign-in must stay on. */
const portalOrigin = (c: AppContext) => new URL(c.var.ports.config.publicUrl).origin

function failed(c: AppContext, reason: string, error?: unknown) {
  c.var.ports.log.warn('claveunica login refused', {
    requestId: c.var.requestId,
    reason,
    error: error instanceof Error ? error.message : undefined,
  })
  return c.redirect('/ingresar?error=claveunica', 303)
}

/**
 * `/auth/claveunica/*`: the citizen's login with ClaveÚnica, as full-page redirects (no popup, no
 * iframe). The `state`, `nonce` and PKCE verifier are kept server-side, bound to this browser by
 * a random cookie, and used once.
 */
export const claveUnicaRoute = new Hono<AppEnv>()
  .get('/login', async (c) => {
    const config = c.var.ports.config.claveUnica
    if (!config) return c.redirect('/ingresar?error=claveunica_unavailable', 303)
    const { db, clock } = c.var.ports
    const start = beginAuthorization(config)
    const browser = randomToken()
    await db.insert(authFlows).values({
      browserHash: await sha256Hex(browser),
      state: start.state,
      nonce: start.nonce,
      codeVerifier: start.codeVerifier,
      returnTo: safeReturnTo(c.req.query('returnTo'), portalOrigin(c)),
      expiresAt: new Date(clock.now().getTime() + FLOW_TTL_MS),
    })
    setCookie(c, FLOW_COOKIE, browser, {
      path: '/auth/claveunica',
      httpOnly: true,
      secure: config.redirectUri.startsWith('https://'),
      sameSite: 'Lax',
      maxAge: FLOW_TTL_MS / 1000,
    })
    c.header('Cache-Control', 'no-store')
    return c.redirect(start.url.toString(), 302)
  })
  .get('/callback', async (c) => {
    const config = c.var.ports.config.claveUnica
    const { db, clock } = c.var.ports
    const browser = getCookie(c, FLOW_COOKIE)
    deleteCookie(c, FLOW_COOKIE, { path: '/auth/claveunica' })
    if (!config || !browser) return failed(c, 'no login in progress in this browser')
    // Single use: the flow is deleted as it is read.
    const [flow] = await db
      .delete(authFlows)
      .where(eq(authFlows.browserHash, await sha256Hex(browser)))
      .returning()
    if (!flow || flow.expiresAt.getTime() < clock.now().getTime())
      return failed(c, 'login expired or unknown')
    // Again, and before the session starts: a flow stored by an older, laxer check must not send
    // the citizen elsewhere, nor break the redirect once the session cookie is set.
    const next = safeReturnTo(flow.returnTo, portalOrigin(c))
    const code = c.req.query('code')
    if (c.req.query('state') !== flow.state) return failed(c, 'state does not match')
    if (!code) return failed(c, `provider error: ${c.req.query('error') ?? 'no code'}`)
    let citizen: Awaited<ReturnType<typeof completeAuthorization>>
    try {
      citizen = await completeAuthorization(config, code, flow, clock.now())
    } catch (error) {
      if (error instanceof TimeoutError) return failed(c, 'provider did not answer', error)
      if (error instanceof ClaveUnicaError) return failed(c, 'provider answer refused', error)
      throw error
    }
    const [user] = await db
      .insert(users)
      .values({
        id: rowId(),
        kind: 'citizen',
        run: citizen.run,
        runProof: 'claveunica',
        givenNames: citizen.givenNames,
        familyNames: citizen.familyNames,
        role: 'citizen',
        createdAt: clock.now(),
      })
      .onConflictDoUpdate({
        target: [users.run, users.runProof],
        targetWhere: sql`${users.run} is not null`,
        set: { givenNames: citizen.givenNames, familyNames: citizen.familyNames },
      })
      .returning({ id: users.id })
    if (!user) throw new Error('citizen upsert returned nothing')
    const ctx = serviceContext(c)
    const session = await startSession(c, { id: user.id, run: citizen.run }, 'citizen', 'claveunica')
    await runWrites(ctx, [
      ...session.writes,
      auditEntry(
        { ...ctx, actor: null },
        'user.login',
        { type: 'user', id: user.id },
        { method: 'claveunica' },
      ),
    ])
    return c.redirect(next, 303)
  })
