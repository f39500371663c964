import { and, eq, sql } from 'drizzle-orm'
import type { MiddlewareHandler } from 'hono'
import { deleteCookie, getCookie, setCookie } from 'hono/cookie'
import { sessions, users } from '../../db/schema/index.ts'
import type { AppContext, AppEnv } from '../context.ts'
import { randomToken, sha256Hex } from '../crypto.ts'
import { preparedFor } from '../prepared.ts'
import type { Actor } from './actor.ts'

/** Idle and absolute lifetimes (OWASP ASVS level 2): staff sessions are shorter. */
export const SESSION_LIMITS = {
  citizen: { idleMs: 30 * 60_000, absoluteMs: 12 * 60 * 60_000 },
  staff: { idleMs: 15 * 60_000, absoluteMs: 10 * 60 * 60_000 },
} as const
/** `lastSeenAt` is written at most this often, so reads do not turn into writes. */
const TOUCH_EVERY_MS = 60_000

/** `__Host-` cookies need HTTPS; on a plain-HTTP laptop the cookie drops the prefix. */
export function sessionCookieName(c: AppContext): string {
  return c.var.ports.config.publicUrl.startsWith('https://') ? '__Host-cv_session' : 'cv_session'
}

function cookieOptions(c: AppContext) {
  return {
    path: '/',
    httpOnly: true,
    secure: c.var.ports.config.publicUrl.startsWith('https://'),
    sameSite: 'Lax' as const,
  }
}

/**
 * Starts a session for a user: a fresh 256-bit token in the cookie, its hash in the database.
 * Any session the browser had is ended first (rotation at login). Returns the insert to run in
 * the login's batch (wrapped: an awaited drizzle query would run at once).
 *
 * @example
 * const session = await startSession(c, user.id, 'citizen', 'claveunica')
 * await runWrites(db, [session.write, auditInsert])
 */
export async function startSession(
  c: AppContext,
  userId: string,
  kind: Actor['kind'],
  assurance: Actor['assurance'],
) {
  const { db, clock } = c.var.ports
  const previous = getCookie(c, sessionCookieName(c))
  if (previous) await db.delete(sessions).where(eq(sessions.tokenHash, await sha256Hex(previous)))
  const token = randomToken()
  const now = clock.now()
  setCookie(c, sessionCookieName(c), token, cookieOptions(c))
  const write = db.insert(sessions).values({
    tokenHash: await sha256Hex(token),
    userId,
    createdAt: now,
    lastSeenAt: now,
    expiresAt: new Date(now.getTime() + SESSION_LIMITS[kind].absoluteMs),
    assurance,
  })
  return { write }
}

/** Ends the caller's session (or all of the user's sessions) and clears the cookie. */
export async function endSession(c: AppContext, actor: Actor, everywhere: boolean): Promise<void> {
  const { db } = c.var.ports
  await db
    .delete(sessions)
    .where(everywhere ? eq(sessions.userId, actor.userId) : eq(sessions.tokenHash, actor.sessionHash))
  deleteCookie(c, sessionCookieName(c), cookieOptions(c))
}

const queries = preparedFor((db) => ({
  session: db
    .select({
      session: {
        expiresAt: sessions.expiresAt,
        lastSeenAt: sessions.lastSeenAt,
        assurance: sessions.assurance,
      },
      user: {
        id: users.id,
        kind: users.kind,
        role: users.role,
        unidadCode: users.unidadCode,
        run: users.run,
        runProof: users.runProof,
        givenNames: users.givenNames,
        familyNames: users.familyNames,
        email: users.email,
        disabledAt: users.disabledAt,
      },
    })
    .from(sessions)
    .innerJoin(users, eq(users.id, sessions.userId))
    .where(eq(sessions.tokenHash, sql.placeholder('tokenHash')))
    .prepare(),
}))

/**
 * Finds the caller from the session cookie and puts them on `c.var.actor`; an expired, idle or
 * unknown session, or a disabled account, leaves the caller anonymous and clears the cookie.
 */
export function authenticate(): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    const token = getCookie(c, sessionCookieName(c))
    if (token) {
      const { db, clock } = c.var.ports
      const tokenHash = await sha256Hex(token)
      const [row] = await queries(db).session.all({ tokenHash })
      const now = clock.now().getTime()
      const limits = row ? SESSION_LIMITS[row.user.kind] : undefined
      if (
        row &&
        limits &&
        row.user.disabledAt === null &&
        row.session.expiresAt.getTime() > now &&
        row.session.lastSeenAt.getTime() + limits.idleMs > now
      ) {
        c.set('actor', {
          userId: row.user.id,
          kind: row.user.kind,
          role: row.user.role,
          unidadCode: row.user.unidadCode,
          run: row.user.run,
          runProof: row.user.runProof,
          givenNames: row.user.givenNames,
          familyNames: row.user.familyNames,
          email: row.user.email,
          assurance: row.session.assurance,
          sessionHash: tokenHash,
        })
        if (row.session.lastSeenAt.getTime() + TOUCH_EVERY_MS < now) {
          await db
            .update(sessions)
            .set({ lastSeenAt: new Date(now) })
            .where(and(eq(sessions.tokenHash, tokenHash)))
        }
      } else {
        if (row) await db.delete(sessions).where(eq(sessions.tokenHash, tokenHash))
        deleteCookie(c, sessionCookieName(c), cookieOptions(c))
      }
    }
    await next()
  }
}
