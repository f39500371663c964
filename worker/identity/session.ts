import { eq, sql } from 'drizzle-orm'
import type { MiddlewareHandler } from 'hono'
import { deleteCookie, getCookie, setCookie } from 'hono/cookie'
import { capacidadesDe } from '../../core/capacidades.ts'
import { comunas, sessions, unidades, users } from '../../db/schema/index.ts'
import type { AppContext, AppEnv } from '../context.ts'
import { randomToken, sha256Hex } from '../crypto.ts'
import { preparedFor } from '../prepared.ts'
import { type Read, readFirst, readOne } from '../reads.ts'
import { runWrites, type Write } from '../writes.ts'
import type { Actor } from './actor.ts'
import { SIGNED_IN_COOKIE } from './session-hint.ts'

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

/**
 * The companion cookie naming whose session it is (`userId.run`): not a credential — nothing is
 * granted on its word — but what a submission needs to read its caller's data in the same round
 * trip as the session itself, which then confirms it (decision 0023).
 */
function whoCookieName(c: AppContext): string {
  return c.var.ports.config.publicUrl.startsWith('https://') ? '__Host-cv_who' : 'cv_who'
}

/** The hint's cookie: the session's attributes, readable by the page (session-hint.ts). */
function hintOptions(c: AppContext) {
  return { ...cookieOptions(c), httpOnly: false }
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
 * the login's batch (wrapped: an awaited drizzle query would run at once), with the account's
 * last sign-in.
 *
 * @example
 * const session = await startSession(c, user, 'citizen', 'claveunica')
 * await runWrites(db, [...session.writes, auditInsert])
 */
export async function startSession(
  c: AppContext,
  user: { id: string; run: string | null },
  kind: Actor['kind'],
  assurance: Actor['assurance'],
) {
  const { db, clock } = c.var.ports
  const previous = getCookie(c, sessionCookieName(c))
  if (previous) await db.delete(sessions).where(eq(sessions.tokenHash, await sha256Hex(previous)))
  const token = randomToken()
  const now = clock.now()
  setCookie(c, sessionCookieName(c), token, cookieOptions(c))
  setCookie(c, whoCookieName(c), `${user.id}.${user.run ?? ''}`, cookieOptions(c))
  setCookie(c, SIGNED_IN_COOKIE, '1', hintOptions(c))
  const writes = [
    db.insert(sessions).values({
      tokenHash: await sha256Hex(token),
      userId: user.id,
      createdAt: now,
      lastSeenAt: now,
      expiresAt: new Date(now.getTime() + SESSION_LIMITS[kind].absoluteMs),
      assurance,
    }),
    // The account's clock (db/catalog.ts) counts from the last sign-in.
    db.update(users).set({ lastLoginAt: now }).where(eq(users.id, user.id)),
  ]
  return { writes }
}

/** Ends the caller's session (or all of the user's sessions) and clears the cookie. */
export async function endSession(c: AppContext, actor: Actor, everywhere: boolean): Promise<void> {
  const { db } = c.var.ports
  await db
    .delete(sessions)
    .where(everywhere ? eq(sessions.userId, actor.userId) : eq(sessions.tokenHash, actor.sessionHash))
  forgetCookies(c)
}

/**
 * Clears the session cookies in the answer being built (the account whose session it was is
 * gone, and its sessions with it).
 *
 * @example
 * forgetCookies(c)
 */
export function forgetCookies(c: AppContext): void {
  deleteCookie(c, sessionCookieName(c), cookieOptions(c))
  deleteCookie(c, whoCookieName(c), cookieOptions(c))
  deleteCookie(c, SIGNED_IN_COOKIE, hintOptions(c))
}

const queries = preparedFor((db) => ({
  session: db
    .select({
      session: {
        createdAt: sessions.createdAt,
        expiresAt: sessions.expiresAt,
        lastSeenAt: sessions.lastSeenAt,
        assurance: sessions.assurance,
      },
      user: {
        id: users.id,
        kind: users.kind,
        role: users.role,
        unidadCode: users.unidadCode,
        regionCode: comunas.regionCode,
        capacidades: users.capacidades,
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
    // The unit's region (a complaints office's reach): two look-ups by primary key.
    .leftJoin(unidades, eq(unidades.code, users.unidadCode))
    .leftJoin(comunas, eq(comunas.cut, unidades.comunaCut))
    .where(eq(sessions.tokenHash, sql.placeholder('tokenHash')))
    .prepare(),
}))

type SessionRow = NonNullable<Awaited<ReturnType<ReturnType<typeof queries>['session']['all']>>[number]>

/** The session of a token's hash, with its user, to read with a request's other reads. */
export function sessionRead(c: AppContext, tokenHash: string): Read<SessionRow | null> {
  return readFirst(queries(c.var.ports.db).session, { tokenHash })
}

/** Who the cookies say the caller is, before the database confirms it; null without a session cookie. */
export interface Claimed {
  token: string
  tokenHash: string
  /** From the companion cookie: what to read before the session is confirmed (null if absent). */
  userId: string | null
  run: string | null
}

/**
 * The session cookie and its companion, as the request carries them.
 *
 * @example
 * const claimed = await claimedCaller(c)
 */
export async function claimedCaller(c: AppContext): Promise<Claimed | null> {
  const token = getCookie(c, sessionCookieName(c))
  if (!token) return null
  const [userId = '', run = ''] = (getCookie(c, whoCookieName(c)) ?? '').split('.')
  return { token, tokenHash: await sha256Hex(token), userId: userId || null, run: run || null }
}

/**
 * What a session read means for the request: the caller on `c.var.actor` if the session is
 * alive (not expired, not idle past its limit, the account not disabled), else anonymous with the
 * cookies cleared. Returns the writes it calls for — the idle clock moved on (at most once a
 * minute), or a dead session deleted — for the caller to run with its own, or alone.
 */
export function confirmSession(c: AppContext, claimed: Claimed, row: SessionRow | null): Write[] {
  const { db, clock } = c.var.ports
  const now = clock.now().getTime()
  const limits = row ? SESSION_LIMITS[row.user.kind] : undefined
  const where = eq(sessions.tokenHash, claimed.tokenHash)
  if (
    !row ||
    !limits ||
    row.user.disabledAt !== null ||
    row.session.expiresAt.getTime() <= now ||
    row.session.lastSeenAt.getTime() + limits.idleMs <= now
  ) {
    forgetCookies(c)
    return row ? [db.delete(sessions).where(where)] : []
  }
  c.set('actor', {
    userId: row.user.id,
    kind: row.user.kind,
    role: row.user.role,
    unidadCode: row.user.unidadCode,
    regionCode: row.user.regionCode,
    capacidades: capacidadesDe(row.user),
    run: row.user.run,
    runProof: row.user.runProof,
    givenNames: row.user.givenNames,
    familyNames: row.user.familyNames,
    email: row.user.email,
    assurance: row.session.assurance,
    sessionHash: claimed.tokenHash,
    signedInAt: row.session.createdAt,
  })
  if (claimed.userId !== row.user.id || claimed.run !== row.user.run)
    setCookie(c, whoCookieName(c), `${row.user.id}.${row.user.run ?? ''}`, cookieOptions(c))
  // A session begun before the hint existed, or a browser that lost it: every answer puts it back.
  if (getCookie(c, SIGNED_IN_COOKIE) !== '1') setCookie(c, SIGNED_IN_COOKIE, '1', hintOptions(c))
  if (row.session.lastSeenAt.getTime() + TOUCH_EVERY_MS >= now) return []
  return [
    db
      .update(sessions)
      .set({ lastSeenAt: new Date(now) })
      .where(where),
  ]
}

/**
 * Finds the caller from the session cookie and puts them on `c.var.actor`; an expired, idle or
 * unknown session, or a disabled account, leaves the caller anonymous and clears the cookie.
 * (Citizen submissions read the session with their other reads instead: worker/submission.ts.)
 */
export function authenticate(): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    const claimed = await claimedCaller(c)
    if (claimed) {
      const row = await readOne(c.var.ports.db, sessionRead(c, claimed.tokenHash))
      const writes = confirmSession(c, claimed, row)
      if (writes.length > 0) await runWrites(c.var.ports, writes)
    }
    await next()
  }
}
