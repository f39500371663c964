import type { Actor } from './actor.ts'

/**
 * What a staff member may do, one capability per kind of work ("triages denuncias", "manages
 * staff"), granted per person by administrators. Today's three roles are named sets of them
 * ({@link CAPACIDADES_DE_ROL}); a new service adds its capabilities here and to the roles that
 * should have them by default.
 */
export const CAPACIDADES = [
  /** Validate election constancias in person, on the assisted path too. */
  'constancias.validar',
  /** Check a permit's QR on the street and revoke permits. */
  'permisos.fiscalizar',
  /** See the services' figures (supervision). */
  'cifras.ver',
  /** Answer citizens' data requests (Ley 21.719). */
  'datos.solicitudes',
  /** Create staff accounts and grant capabilities. */
  'personal.administrar',
  /** Edit reference tables: permit types, phases, the jurisdiction table. */
  'referencias.administrar',
  /** The virtual station's analysts: the denuncias triage queue. */
  'denuncias.triar',
  /** A unit's officers: denuncias derived to their unit, sent on to the Fiscalía. */
  'denuncias.unidad',
] as const
export type Capacidad = (typeof CAPACIDADES)[number]

/** The capabilities each of today's roles carries by default. */
export const CAPACIDADES_DE_ROL: Record<'officer' | 'supervisor' | 'admin', readonly Capacidad[]> = {
  officer: ['constancias.validar', 'permisos.fiscalizar', 'denuncias.unidad'],
  supervisor: [
    'constancias.validar',
    'permisos.fiscalizar',
    'denuncias.unidad',
    'denuncias.triar',
    'cifras.ver',
    'datos.solicitudes',
  ],
  admin: [...CAPACIDADES],
}

/**
 * Whether a staff member holds a capability.
 *
 * @example
 * if (!tieneCapacidad(actor, 'denuncias.triar')) throw new AppError('forbidden')
 */
export function tieneCapacidad(actor: Actor, capacidad: Capacidad): boolean {
  if (actor.kind !== 'staff' || actor.role === 'citizen') return false
  return CAPACIDADES_DE_ROL[actor.role].includes(capacidad)
}
