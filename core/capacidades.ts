/**
 * What a staff member may do, one capability per kind of work ("triages denuncias", "manages
 * staff"), granted per person by administrators (decision 0029). Today's three roles are named
 * sets of them ({@link CAPACIDADES_DE_ROL}): the set an account gets when it is created, or when
 * an administrator gives it another role. A new service adds its capabilities here, to the roles
 * that should have them by default, and their words to web/funcionarios/i18n.
 */
export const CAPACIDADES = [
  /** Validate election constancias in person, on the assisted path too. */
  'constancias.validar',
  /** Check a permit's QR on the street. */
  'permisos.fiscalizar',
  /** Find permits by RUN or code and revoke them. */
  'permisos.revocar',
  /** See the services' figures (supervision). */
  'cifras.ver',
  /** Answer citizens' data requests (Ley 21.719). */
  'datos.solicitudes',
  /** Create staff accounts and grant capabilities. */
  'personal.administrar',
  /** Edit reference tables: permit types, phases, election days, the jurisdiction table. */
  'referencias.administrar',
  /** The virtual station's analysts: the denuncias triage queue. */
  'denuncias.triar',
  /** A unit's officers: denuncias derived to their unit, sent on to the Fiscalía. */
  'denuncias.unidad',
  /**
   * The complaints office: complaints about police conduct (issue 18), held by the office and
   * never by the unit concerned. In no role's default set but the administrator's: granted per person.
   */
  'reclamos.atender',
  /**
   * A unit's chief: the office's requests to their unit for its account of a complaint's facts,
   * answered — the facts only, never who complained (decision 0053). The supervisor role's by default.
   */
  'reclamos.descargar',
  /**
   * The complaints office's supervisors: e-mailed when a complaint is two working days from its
   * legal due date (decision 0055), for their region if their unit has one. Granted per person.
   */
  'reclamos.supervisar',
  /**
   * The reencuentro team (issue 19): family searches, the registry look-ups made for them, the
   * contact with the person found and what they chose (decision 0064). In no role's default set
   * but the administrator's: granted per person.
   */
  'reencuentro.buscar',
  /**
   * A unit's officers: the commendations citizens sent their unit, and those that named them
   * («Mis felicitaciones»). The citizen's name only when they chose to show it.
   */
  'felicitaciones.unidad',
  /** A unit's supervisors: give a commendation that names an officer to that officer's account (decision 0059). */
  'felicitaciones.asignar',
  /** Look up an issued constancia by its number (the person sees the read). */
  'certificados.consultar',
  /** Annul an issued constancia, with a reason (verification then says annulled). */
  'certificados.anular',
  /**
   * Read información anónima's tips of one's own desks (informacion_analistas). In no role's
   * default set, not even an administrator's (decision 0044).
   */
  'informacion.analizar',
  /**
   * The condolence book's moderators: the queue of held and waiting messages, published or
   * rejected with a reason the author is told (decision 0065). In no role's default set but the
   * administrator's: granted per person.
   */
  'condolencias.moderar',
  /** Write the condolence book's memorials, one per fallen officer, with their photo. The administrator's. */
  'memoriales.administrar',
] as const
export type Capacidad = (typeof CAPACIDADES)[number]

/** The staff roles: a label on the account and the capabilities it starts with. */
export type RolFuncionario = 'officer' | 'supervisor' | 'admin'

/** The capabilities each of today's roles carries by default, in {@link CAPACIDADES}' order. */
export const CAPACIDADES_DE_ROL: Record<RolFuncionario, readonly Capacidad[]> = {
  officer: [
    'constancias.validar',
    'permisos.fiscalizar',
    'denuncias.unidad',
    'felicitaciones.unidad',
    'certificados.consultar',
  ],
  supervisor: [
    'constancias.validar',
    'permisos.fiscalizar',
    'permisos.revocar',
    'cifras.ver',
    'datos.solicitudes',
    'denuncias.triar',
    'denuncias.unidad',
    'reclamos.descargar',
    'felicitaciones.unidad',
    'felicitaciones.asignar',
    'certificados.consultar',
    'certificados.anular',
  ],
  // Every capability but reading tips: an administrator is not an analyst (decision 0044).
  admin: CAPACIDADES.filter((capacidad) => capacidad !== 'informacion.analizar'),
}

/**
 * Whether a value is a capability's id.
 *
 * @example
 * esCapacidad('cifras.ver') // true
 */
export function esCapacidad(value: unknown): value is Capacidad {
  return CAPACIDADES.some((capacidad) => capacidad === value)
}

/**
 * A set of capabilities in one order (the list's), each once, unknown ids dropped: what is stored
 * and shown, so that the same grants always read the same.
 *
 * @example
 * ordenadas(['cifras.ver', 'constancias.validar', 'cifras.ver']) // ['constancias.validar', 'cifras.ver']
 */
export function ordenadas(ids: readonly unknown[]): Capacidad[] {
  return CAPACIDADES.filter((capacidad) => ids.includes(capacidad))
}

/**
 * A staff member's capabilities from their account: what an administrator granted, or, for an
 * account from before grants were recorded (`null`), their role's set. Citizens hold none. An id
 * the code no longer knows is dropped rather than trusted.
 *
 * @example
 * capacidadesDe({ kind: 'staff', role: 'officer', capacidades: null }) // CAPACIDADES_DE_ROL.officer
 */
export function capacidadesDe(user: {
  kind: 'citizen' | 'staff'
  role: RolFuncionario | 'citizen'
  capacidades: readonly unknown[] | null
}): Capacidad[] {
  if (user.kind !== 'staff' || user.role === 'citizen') return []
  return ordenadas(user.capacidades ?? CAPACIDADES_DE_ROL[user.role])
}

/**
 * Whether a staff member holds a capability.
 *
 * @example
 * if (!tieneCapacidad(actor, 'denuncias.triar')) throw new AppError('forbidden')
 */
export function tieneCapacidad(
  actor: { kind: 'citizen' | 'staff'; capacidades: readonly Capacidad[] },
  capacidad: Capacidad,
): boolean {
  return actor.kind === 'staff' && actor.capacidades.includes(capacidad)
}
