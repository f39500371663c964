import type { MiddlewareHandler } from 'hono'
import type { AppContext, AppEnv } from '../context.ts'
import { AppError } from '../errors.ts'
import type { Actor } from './actor.ts'

const STAFF_RANK = { officer: 1, supervisor: 2, admin: 3 } as const
export type StaffRole = keyof typeof STAFF_RANK

/**
 * The signed-in actor of a request that passed a guard.
 *
 * @example
 * const actor = actorOf(c)
 */
export function actorOf(c: AppContext): Actor {
  const actor = c.var.actor
  if (!actor) throw new AppError('unauthenticated')
  return actor
}

/** Any signed-in citizen (ClaveÚnica or a verified internal account). 401 without a session, 403 for staff. */
export const requireCitizen: MiddlewareHandler<AppEnv> = async (c, next) => {
  const actor = actorOf(c)
  if (actor.kind !== 'citizen') throw new AppError('forbidden')
  await next()
}

/** A citizen whose RUN was proven by ClaveÚnica in this session (the election constancia requires it). */
export const requireClaveUnica: MiddlewareHandler<AppEnv> = async (c, next) => {
  const actor = actorOf(c)
  if (actor.kind !== 'citizen' || actor.runProof !== 'claveunica' || actor.assurance !== 'claveunica') {
    throw new AppError('claveunica_required')
  }
  await next()
}

/**
 * Staff of at least the given role, signed in with their second factor. Supervisors may do what
 * officers do, administrators what supervisors do.
 *
 * @example
 * app.get('/api/admin/staff', requireStaff('admin'), handler)
 */
export function requireStaff(minimum: StaffRole): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    const actor = actorOf(c)
    if (actor.kind !== 'staff' || actor.assurance !== 'mfa' || actor.role === 'citizen')
      throw new AppError('forbidden')
    if (STAFF_RANK[actor.role] < STAFF_RANK[minimum]) throw new AppError('forbidden')
    await next()
  }
}

/** Anyone signed in, citizen or staff. */
export const requireSignedIn: MiddlewareHandler<AppEnv> = async (c, next) => {
  actorOf(c)
  await next()
}
