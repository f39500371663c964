import type { MiddlewareHandler } from 'hono'
import { tieneCapacidad } from '../../core/capacidades.ts'
import type { AppEnv } from '../context.ts'
import { AppError } from '../errors.ts'
import type { Actor } from '../identity/actor.ts'
import { actorOf } from '../identity/guards.ts'
import type { Caso } from './caso.ts'
import type { Quien, ServicioDeCasos } from './maquina.ts'
import { serviciosDeCasos } from './servicios.ts'

/**
 * Staff signed in with their second factor who hold a capability some case service names (its
 * triage, or its unit's work): the guard of the staff's case routes, which know the service only
 * once they read the case. What each may see and do of a case is {@link puedeVer} and
 * {@link puedeActuar}'s.
 *
 * @example
 * route.use(requireCapacidadDeCasos)
 */
export const requireCapacidadDeCasos: MiddlewareHandler<AppEnv> = async (c, next) => {
  const actor = actorOf(c)
  if (actor.kind !== 'staff' || actor.assurance !== 'mfa') throw new AppError('forbidden')
  const holds = serviciosDeCasos().some((servicio) =>
    Object.values(servicio.capacidades).some((capacidad) => tieneCapacidad(actor, capacidad)),
  )
  if (!holds) throw new AppError('forbidden')
  await next()
}

/** What the reach of a staff member is checked against: the unit holding a case, its comuna's region. */
type EnAlcance = Pick<Caso, 'unidadCode'> & { regionCode?: string | null }

/**
 * Whether a case is within a triage capability's reach by region: for a service worked per region
 * (the complaints office, decision 0053), a member whose unit lies in a region reaches that
 * region's cases only; one without a unit, every region's. Other services: everywhere.
 *
 * @example
 * enSuRegion({ ...actor, regionCode: '13' }, RECLAMO, { unidadCode: null, regionCode: '05' }) // false
 */
export function enSuRegion(actor: Actor, servicio: ServicioDeCasos, caso: EnAlcance): boolean {
  if (!servicio.porRegion || !actor.regionCode) return true
  return caso.regionCode === actor.regionCode
}

/**
 * Whether a staff member may open a case: the service's analysts any of its cases; a unit's
 * officers those derived to their unit.
 *
 * @example
 * if (!puedeVer(actor, servicio, caso)) throw new AppError('not_found')
 */
export function puedeVer(actor: Actor, servicio: ServicioDeCasos, caso: EnAlcance): boolean {
  if (tieneCapacidad(actor, servicio.capacidades.triar)) return enSuRegion(actor, servicio, caso)
  return (
    tieneCapacidad(actor, servicio.capacidades.unidad) &&
    caso.unidadCode !== null &&
    caso.unidadCode === actor.unidadCode
  )
}

/**
 * Whether a staff member may take a step that needs `quien`: the triage capability, or the unit's
 * capability on a case of their own unit.
 *
 * @example
 * if (!puedeActuar(actor, servicio, caso, paso.quien)) throw new AppError('forbidden')
 */
export function puedeActuar(actor: Actor, servicio: ServicioDeCasos, caso: EnAlcance, quien: Quien): boolean {
  if (quien === 'triar')
    return tieneCapacidad(actor, servicio.capacidades.triar) && enSuRegion(actor, servicio, caso)
  if (quien === 'unidad')
    return (
      tieneCapacidad(actor, servicio.capacidades.unidad) &&
      caso.unidadCode !== null &&
      caso.unidadCode === actor.unidadCode
    )
  return false
}
