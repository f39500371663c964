/**
 * The authorisation matrix: every route of the app with its audience and what an admitted caller
 * gets for a probe that changes nothing (an empty or invalid body, a placeholder id), and every
 * kind of caller. A new route joins `ROUTES` in the same change; the matrix test fails for a
 * route of the app that is not listed.
 */
export type Audience = 'public' | 'signed-in' | 'citizen' | 'claveunica' | 'officer' | 'supervisor' | 'admin'

/** The callers: one column of the matrix each. */
export const ROLES = [
  'anonymous',
  /** Signed in with ClaveÚnica, and owner of the seeded data. */
  'citizen',
  /** Another ClaveÚnica citizen. */
  'other-citizen',
  /** An internal account: RUN, password and a verified e-mail, no ClaveÚnica. */
  'self-declared',
  'officer',
  /** An officer of another police unit than the officer's. */
  'officer-other-unit',
  'supervisor',
  'admin',
  /** An officer an administrator disabled after they signed in. */
  'disabled-staff',
  /** A citizen whose session idled out. */
  'expired-session',
] as const
export type Role = (typeof ROLES)[number]

/** What the session middleware makes of each role's cookie. */
const CALLER = {
  anonymous: 'none',
  citizen: 'claveunica',
  'other-citizen': 'claveunica',
  'self-declared': 'self',
  officer: 'officer',
  'officer-other-unit': 'officer',
  supervisor: 'supervisor',
  admin: 'admin',
  'disabled-staff': 'none',
  'expired-session': 'none',
} as const satisfies Record<Role, string>

const STAFF_RANK = { officer: 1, supervisor: 2, admin: 3 } as const

export interface RouteCase {
  /** `METHOD /path` as Hono lists it. */
  route: string
  audience: Audience
  /** The probe's body (writes only); invalid where a valid one would change something. */
  body?: unknown
  /** What an admitted caller gets for the probe. */
  admitted: number
  /** Where an admitted role gets something else (e.g. a citizen who is not on the electoral roll). */
  admittedAs?: Partial<Record<Role, number>>
}

/** A well-formed code that no document has: `:code` routes answer 404, not 400. */
export const UNKNOWN_CODE = 'WNDT7C4Z3T'
/** A placeholder for other ids. */
export const UNKNOWN_ID = 'no-existe'

export const ROUTES: RouteCase[] = [
  { route: 'GET /api/health', audience: 'public', admitted: 200 },
  { route: 'GET /api/unidades', audience: 'public', admitted: 200 },
  { route: 'GET /api/condolencias', audience: 'public', admitted: 200 },
  { route: 'POST /api/condolencias', audience: 'public', body: {}, admitted: 400 },
  { route: 'POST /api/auth/register', audience: 'public', body: {}, admitted: 400 },
  { route: 'POST /api/auth/verify-email', audience: 'public', body: {}, admitted: 400 },
  { route: 'POST /api/auth/login', audience: 'public', body: {}, admitted: 400 },
  { route: 'POST /api/auth/password-reset', audience: 'public', body: {}, admitted: 400 },
  { route: 'POST /api/auth/password', audience: 'public', body: {}, admitted: 400 },
  { route: 'POST /api/staff/login', audience: 'public', body: {}, admitted: 400 },
  { route: 'POST /api/staff/login/totp', audience: 'public', body: {}, admitted: 400 },
  { route: 'GET /auth/claveunica/login', audience: 'public', admitted: 302 },
  { route: 'GET /auth/claveunica/callback', audience: 'public', admitted: 303 },
  { route: 'GET /.well-known/comisaria-virtual/keys.json', audience: 'public', admitted: 200 },
  { route: 'GET /api/constancias-voto/eleccion', audience: 'public', admitted: 200 },
  { route: 'GET /api/verificar/:code', audience: 'public', admitted: 404 },
  { route: 'POST /api/verificar', audience: 'public', body: {}, admitted: 400 },

  { route: 'GET /api/me', audience: 'signed-in', admitted: 200 },
  // A valid body would sign the caller out.
  { route: 'POST /api/auth/logout', audience: 'signed-in', body: { everywhere: 'no' }, admitted: 400 },
  { route: 'GET /api/admin/staff', audience: 'admin', admitted: 200 },
  { route: 'POST /api/admin/staff', audience: 'admin', body: {}, admitted: 400 },
  { route: 'PATCH /api/admin/staff/:id', audience: 'admin', body: {}, admitted: 404 },
  { route: 'GET /api/admin/elecciones', audience: 'admin', admitted: 200 },
  { route: 'POST /api/admin/elecciones', audience: 'admin', body: {}, admitted: 400 },
  { route: 'PATCH /api/admin/elecciones/:id', audience: 'admin', body: {}, admitted: 400 },
  { route: 'GET /api/mis-tramites', audience: 'citizen', admitted: 200 },
  { route: 'GET /api/mis-datos', audience: 'citizen', admitted: 200 },
  { route: 'GET /api/mis-datos/descarga', audience: 'citizen', admitted: 400 },
  { route: 'POST /api/mis-datos/rectificacion', audience: 'citizen', body: {}, admitted: 400 },
  // A valid body would erase the caller's data.
  { route: 'POST /api/mis-datos/supresion', audience: 'citizen', body: { confirmar: false }, admitted: 400 },
  { route: 'GET /api/funcionarios/solicitudes-datos', audience: 'supervisor', admitted: 200 },
  { route: 'GET /api/funcionarios/solicitudes-datos/:code', audience: 'supervisor', admitted: 404 },
  {
    route: 'POST /api/funcionarios/solicitudes-datos/:code/responder',
    audience: 'supervisor',
    body: {},
    admitted: 400,
  },
  { route: 'GET /api/constancias-voto/ficha', audience: 'claveunica', admitted: 200 },
  { route: 'POST /api/constancias-voto/aviso', audience: 'claveunica', body: {}, admitted: 400 },
  { route: 'POST /api/constancias-voto', audience: 'claveunica', body: {}, admitted: 400 },
  { route: 'GET /api/constancias-voto/:code', audience: 'citizen', admitted: 404 },
  { route: 'GET /api/constancias-voto/:code/pdf', audience: 'citizen', admitted: 404 },
  { route: 'POST /api/funcionarios/constancias-voto/buscar', audience: 'officer', body: {}, admitted: 400 },
  { route: 'POST /api/funcionarios/constancias-voto/asistida', audience: 'officer', body: {}, admitted: 400 },
  {
    route: 'POST /api/funcionarios/constancias-voto/:code/validar',
    audience: 'officer',
    body: {},
    admitted: 400,
  },
  {
    route: 'POST /api/funcionarios/constancias-voto/:code/rechazar',
    audience: 'officer',
    body: {},
    admitted: 400,
  },
  { route: 'GET /api/funcionarios/constancias-voto/:code/pdf', audience: 'officer', admitted: 404 },
  { route: 'GET /api/supervisor/constancias-voto/cifras', audience: 'supervisor', admitted: 200 },
  { route: 'GET /api/permisos/ficha', audience: 'claveunica', admitted: 200 },
  { route: 'POST /api/permisos', audience: 'claveunica', body: {}, admitted: 400 },
  { route: 'GET /api/permisos/:code', audience: 'citizen', admitted: 404 },
  { route: 'GET /api/permisos/:code/pdf', audience: 'citizen', admitted: 404 },
  { route: 'GET /api/supervisor/permisos', audience: 'supervisor', admitted: 400 },
  { route: 'GET /api/supervisor/permisos/cifras', audience: 'supervisor', admitted: 200 },
  { route: 'GET /api/supervisor/permisos/:code', audience: 'supervisor', admitted: 404 },
  { route: 'POST /api/supervisor/permisos/:code/revocar', audience: 'supervisor', body: {}, admitted: 400 },
  { route: 'GET /api/admin/permisos/tipos', audience: 'admin', admitted: 200 },
  { route: 'PUT /api/admin/permisos/tipos/:id', audience: 'admin', body: {}, admitted: 400 },
  { route: 'GET /api/admin/permisos/fases', audience: 'admin', admitted: 200 },
  { route: 'POST /api/admin/permisos/fases', audience: 'admin', body: {}, admitted: 400 },
  { route: 'PUT /api/admin/permisos/fases/:id', audience: 'admin', body: {}, admitted: 400 },
  { route: 'POST /api/denuncias', audience: 'citizen', body: {}, admitted: 400 },
  { route: 'GET /api/denuncias/ficha', audience: 'citizen', admitted: 200 },
  // No offence, date or place asked: what to compare with is missing.
  { route: 'GET /api/denuncias/posibles-duplicados', audience: 'citizen', admitted: 400 },
  { route: 'GET /api/denuncias/:numero', audience: 'citizen', admitted: 404 },
  { route: 'GET /api/denuncias/:numero/pdf', audience: 'citizen', admitted: 404 },
]

/** A status, and the error code when the guard answers. */
export interface Expected {
  status: number
  code?: string
}

/**
 * How an audience's guard answers a role, or null when it lets the role through: 401 without a
 * live session (anonymous, idled out, disabled), 403 below the audience — `claveunica_required`
 * on ClaveÚnica routes, since signing in with ClaveÚnica is what would help.
 *
 * @example
 * guard('officer', 'citizen') // { status: 403, code: 'forbidden' }
 */
export function guard(audience: Audience, role: Role): Expected | null {
  const caller = CALLER[role]
  if (audience === 'public') return null
  if (caller === 'none') return { status: 401, code: 'unauthenticated' }
  const citizen = caller === 'claveunica' || caller === 'self'
  switch (audience) {
    case 'signed-in':
      return null
    case 'citizen':
      return citizen ? null : { status: 403, code: 'forbidden' }
    case 'claveunica':
      return caller === 'claveunica' ? null : { status: 403, code: 'claveunica_required' }
    default:
      return !citizen && STAFF_RANK[caller] >= STAFF_RANK[audience]
        ? null
        : { status: 403, code: 'forbidden' }
  }
}

/**
 * The cell of the matrix: what a role gets from a route's probe.
 *
 * @example
 * expected(ROUTES[0], 'anonymous') // { status: 200 }
 */
export function expected(route: RouteCase, role: Role): Expected {
  return guard(route.audience, role) ?? { status: route.admittedAs?.[role] ?? route.admitted }
}
