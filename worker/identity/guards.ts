import type { MiddlewareHandler } from 'hono'
import { type Capacidad, tieneCapacidad } from '../../core/capacidades.ts'
import type { AppContext, AppEnv } from '../context.ts'
import { AppError } from '../errors.ts'
import type { Actor } from './actor.ts'

/**
 * Whether a request names, in `Outbox-Owner`, an account other than the signed-in one: a
 * submission the PWA queued under one account and replays after that session ended, perhaps under
 * someone else's (web/offline/outbox.ts). It is answered as if nobody were signed in and nothing is
 * written, so the item waits on the device for its owner (decision 0028).
 *
 * @example
 * if (notTheOwner(c, c.var.actor)) throw new AppError('unauthenticated')
 */
export function notTheOwner(c: AppContext, actor: Actor | null): boolean {
  const owner = c.req.header('outbox-owner')
  return owner !== undefined && owner !== actor?.userId
}

/**
 * The signed-in actor of a request that passed a guard (and, if it names the account it was
 * queued under, is that account's: {@link notTheOwner}).
 *
 * @example
 * const actor = actorOf(c)
 */
export function actorOf(c: AppContext): Actor {
  const actor = c.var.actor
  if (!actor || notTheOwner(c, actor)) throw new AppError('unauthenticated')
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
 * Staff signed in with their second factor who hold a capability (core/capacidades.ts),
 * as granted when this request's session was read: a capability revoked is refused from the next
 * request on. A capability scoped to a unit (`denuncias.unidad`) admits to the route; the route
 * then keeps to `actor.unidadCode`'s work (decision 0029).
 *
 * @example
 * app.get('/api/funcionarios/denuncias', requireCapacidad('denuncias.triar'), handler)
 */
export function requireCapacidad(capacidad: Capacidad): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    const actor = actorOf(c)
    if (actor.kind !== 'staff' || actor.assurance !== 'mfa') throw new AppError('forbidden')
    if (!tieneCapacidad(actor, capacidad)) throw new AppError('forbidden')
    await next()
  }
}

/** Anyone signed in, citizen or staff. */
export const requireSignedIn: MiddlewareHandler<AppEnv> = async (c, next) => {
  actorOf(c)
  await next()
}
