import { CAPACIDADES_DE_ROL, type Capacidad } from '../../core/capacidades.ts'

/**
 * The authorisation matrix: every route of the app with its audience and what an admitted caller
 * gets for a probe that changes nothing (an empty or invalid body, a placeholder id), and every
 * kind of caller. A new route joins `ROUTES` in the same change; the matrix test fails for a
 * route of the app that is not listed. A staff route's audience is the capability it requires
 * (core/capacidades.ts): staff are admitted by what they were granted, not by rank.
 */
export type Audience = 'public' | 'signed-in' | 'citizen' | 'claveunica' | Capacidad

/** The callers: one column of the matrix each. */
export const ROLES = [
  'anonymous',
  /** Signed in with ClaveÚnica, and owner of the seeded data. */
  'citizen',
  /** Another ClaveÚnica citizen. */
  'other-citizen',
  /** An internal account: RUN, password and a verified e-mail, no ClaveÚnica. */
  'self-declared',
  /** An officer holding their role's capabilities. */
  'officer',
  /** An officer of another police unit than the officer's. */
  'officer-other-unit',
  /** An officer an administrator granted {@link GRANTED} beyond their role's set. */
  'officer-granted',
  /** A staff member an administrator took every capability from: signed in, allowed nothing. */
  'staff-without-capabilities',
  /** A staff member granted only `informacion.analizar`, on the vehicles desk (not the probed one). */
  'analyst-other-desk',
  'supervisor',
  'admin',
  /** An officer an administrator disabled after they signed in. */
  'disabled-staff',
  /** A citizen whose session idled out. */
  'expired-session',
] as const
export type Role = (typeof ROLES)[number]

/** What the officer-granted column was granted beyond an officer's set. */
export const GRANTED: Capacidad = 'cifras.ver'

/** What the session middleware makes of each role's cookie: nobody, a citizen, or staff holding a set. */
const CALLER: Record<Role, 'none' | 'claveunica' | 'self' | readonly Capacidad[]> = {
  anonymous: 'none',
  citizen: 'claveunica',
  'other-citizen': 'claveunica',
  'self-declared': 'self',
  officer: CAPACIDADES_DE_ROL.officer,
  'officer-other-unit': CAPACIDADES_DE_ROL.officer,
  'officer-granted': [...CAPACIDADES_DE_ROL.officer, GRANTED],
  'staff-without-capabilities': [],
  'analyst-other-desk': ['informacion.analizar'],
  supervisor: CAPACIDADES_DE_ROL.supervisor,
  admin: CAPACIDADES_DE_ROL.admin,
  'disabled-staff': 'none',
  'expired-session': 'none',
}

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
  /** A write that reads no JSON body (a file's bytes, or nothing): input hygiene does not apply. */
  noJson?: true
}

/** A well-formed code that no document has: `:code` routes answer 404, not 400. */
export const UNKNOWN_CODE = 'WNDT7C4Z3T'
/** A placeholder for other ids. */
export const UNKNOWN_ID = 'no-existe'

// The capabilities most routes name, short enough for one route a line.
const VALIDAR: Audience = 'constancias.validar'
const REFERENCIAS: Audience = 'referencias.administrar'
const ANALIZAR: Audience = 'informacion.analizar'

export const ROUTES: RouteCase[] = [
  { route: 'GET /api/health', audience: 'public', admitted: 200 },
  { route: 'GET /api/unidades', audience: 'public', admitted: 200 },
  // The condolence book (worker/condolencias, decision 0065): reading is anyone's; writing a
  // signed-in citizen's; reporting anyone's (a placeholder id: 404 once the body holds).
  { route: 'GET /api/condolencias/memoriales', audience: 'public', admitted: 200 },
  { route: 'GET /api/condolencias/memoriales/:slug', audience: 'public', admitted: 404 },
  { route: 'GET /api/condolencias/memoriales/:slug/mensajes', audience: 'public', admitted: 404 },
  { route: 'GET /api/condolencias/fotos/:foto/:ancho', audience: 'public', admitted: 404 },
  { route: 'POST /api/condolencias/:id/reportes', audience: 'public', body: {}, admitted: 400 },
  { route: 'POST /api/condolencias', audience: 'citizen', body: {}, admitted: 400 },
  // Información anónima: anyone, and no caller is looked at (decision 0043); without a valid
  // proof of work a tip is a 400 naming `desafio` (tests/integration/informacion.test.ts).
  { route: 'GET /api/informacion/desafio', audience: 'public', admitted: 200 },
  { route: 'POST /api/informacion', audience: 'public', body: {}, admitted: 400 },
  { route: 'GET /api/informacion/mesas', audience: 'public', admitted: 200 },
  // The way back (decision 0047): without a receipt id and a solved challenge, a 400.
  { route: 'POST /api/informacion/consulta', audience: 'public', body: {}, admitted: 400 },
  { route: 'POST /api/informacion/mensajes', audience: 'public', body: {}, admitted: 400 },
  // A tipster's uploads (decision 0046): a batch is paid with a proof of work (400 naming
  // `desafio` without one); a part or a state needs the upload's bearer token, else 404.
  { route: 'POST /api/informacion/archivos', audience: 'public', body: {}, admitted: 400 },
  { route: 'GET /api/informacion/archivos/:id', audience: 'public', admitted: 404 },
  { route: 'PATCH /api/informacion/archivos/:id', audience: 'public', body: {}, admitted: 400, noJson: true },
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
  { route: 'GET /api/admin/staff', audience: 'personal.administrar', admitted: 200 },
  { route: 'POST /api/admin/staff', audience: 'personal.administrar', body: {}, admitted: 400 },
  { route: 'PATCH /api/admin/staff/:id', audience: 'personal.administrar', body: {}, admitted: 404 },
  { route: 'GET /api/admin/elecciones', audience: REFERENCIAS, admitted: 200 },
  { route: 'POST /api/admin/elecciones', audience: REFERENCIAS, body: {}, admitted: 400 },
  { route: 'PATCH /api/admin/elecciones/:id', audience: REFERENCIAS, body: {}, admitted: 400 },
  { route: 'GET /api/mis-tramites', audience: 'citizen', admitted: 200 },
  // Drafts on the account (decision 0034): `no-existe` is no form whose drafts are kept.
  { route: 'GET /api/borradores', audience: 'citizen', admitted: 200 },
  { route: 'GET /api/borradores/:formulario', audience: 'citizen', admitted: 404 },
  { route: 'PUT /api/borradores/:formulario', audience: 'citizen', body: {}, admitted: 400 },
  { route: 'DELETE /api/borradores/:formulario', audience: 'citizen', admitted: 404 },
  { route: 'GET /api/mis-datos', audience: 'citizen', admitted: 200 },
  { route: 'GET /api/mis-datos/descarga', audience: 'citizen', admitted: 400 },
  { route: 'POST /api/mis-datos/rectificacion', audience: 'citizen', body: {}, admitted: 400 },
  // A valid body would erase the caller's data.
  { route: 'POST /api/mis-datos/supresion', audience: 'citizen', body: { confirmar: false }, admitted: 400 },
  { route: 'GET /api/funcionarios/solicitudes-datos', audience: 'datos.solicitudes', admitted: 200 },
  { route: 'GET /api/funcionarios/solicitudes-datos/:code', audience: 'datos.solicitudes', admitted: 404 },
  {
    route: 'POST /api/funcionarios/solicitudes-datos/:code/responder',
    audience: 'datos.solicitudes',
    body: {},
    admitted: 400,
  },
  { route: 'GET /api/constancias-voto/ficha', audience: 'claveunica', admitted: 200 },
  { route: 'POST /api/constancias-voto/aviso', audience: 'claveunica', body: {}, admitted: 400 },
  { route: 'POST /api/constancias-voto', audience: 'claveunica', body: {}, admitted: 400 },
  {
    route: 'POST /api/constancias-voto/fecha-nacimiento',
    audience: 'claveunica',
    body: {},
    admitted: 400,
  },
  {
    route: 'POST /api/constancias-voto/:code/contacto',
    audience: 'claveunica',
    body: {},
    admitted: 400,
  },
  { route: 'GET /api/constancias-voto/:code', audience: 'citizen', admitted: 404 },
  { route: 'GET /api/constancias-voto/:code/pdf', audience: 'citizen', admitted: 404 },
  {
    route: 'POST /api/funcionarios/constancias-voto/buscar',
    audience: VALIDAR,
    body: {},
    admitted: 400,
  },
  {
    route: 'POST /api/funcionarios/constancias-voto/asistida',
    audience: VALIDAR,
    body: {},
    admitted: 400,
  },
  {
    route: 'POST /api/funcionarios/constancias-voto/:code/validar',
    audience: VALIDAR,
    body: {},
    admitted: 400,
  },
  {
    route: 'POST /api/funcionarios/constancias-voto/:code/correo',
    audience: VALIDAR,
    body: {},
    admitted: 400,
  },
  {
    route: 'POST /api/funcionarios/constancias-voto/:code/rechazar',
    audience: VALIDAR,
    body: {},
    admitted: 400,
  },
  {
    route: 'GET /api/funcionarios/constancias-voto/:code/pdf',
    audience: VALIDAR,
    admitted: 404,
  },
  { route: 'GET /api/supervisor/constancias-voto/cifras', audience: 'cifras.ver', admitted: 200 },
  { route: 'GET /api/permisos/ficha', audience: 'claveunica', admitted: 200 },
  { route: 'POST /api/permisos', audience: 'claveunica', body: {}, admitted: 400 },
  { route: 'GET /api/permisos/:code', audience: 'citizen', admitted: 404 },
  { route: 'GET /api/permisos/:code/pdf', audience: 'citizen', admitted: 404 },
  { route: 'GET /api/supervisor/permisos', audience: 'permisos.revocar', admitted: 400 },
  { route: 'GET /api/supervisor/permisos/cifras', audience: 'cifras.ver', admitted: 200 },
  { route: 'GET /api/supervisor/permisos/:code', audience: 'permisos.revocar', admitted: 404 },
  {
    route: 'POST /api/supervisor/permisos/:code/revocar',
    audience: 'permisos.revocar',
    body: {},
    admitted: 400,
  },
  { route: 'GET /api/admin/permisos/tipos', audience: REFERENCIAS, admitted: 200 },
  {
    route: 'PUT /api/admin/permisos/tipos/:id',
    audience: REFERENCIAS,
    body: {},
    admitted: 400,
  },
  { route: 'GET /api/admin/permisos/fases', audience: REFERENCIAS, admitted: 200 },
  { route: 'POST /api/admin/permisos/fases', audience: REFERENCIAS, body: {}, admitted: 400 },
  {
    route: 'PUT /api/admin/permisos/fases/:id',
    audience: REFERENCIAS,
    body: {},
    admitted: 400,
  },
  // Cases (worker/casos). Staff routes: any holder of a case capability (the matrix probes
  // `denuncias.unidad`, which officers hold); what each sees of a case is the case's unit's (authorization.test.ts OWNED).
  { route: 'GET /api/casos', audience: 'citizen', admitted: 200 },
  { route: 'GET /api/casos/:numero', audience: 'citizen', admitted: 404 },
  { route: 'POST /api/casos/:numero/respuestas', audience: 'citizen', body: {}, admitted: 400 },
  { route: 'POST /api/casos/:numero/informacion', audience: 'citizen', body: {}, admitted: 400 },
  { route: 'GET /api/funcionarios/casos/:servicio/cola', audience: 'denuncias.unidad', admitted: 404 },
  { route: 'GET /api/funcionarios/casos/:numero', audience: 'denuncias.unidad', admitted: 404 },
  { route: 'GET /api/funcionarios/casos/:numero/envio', audience: 'denuncias.unidad', admitted: 404 },
  { route: 'GET /api/funcionarios/casos/:numero/archivos/:id', audience: 'denuncias.unidad', admitted: 404 },
  {
    route: 'POST /api/funcionarios/casos/:numero/acciones',
    audience: 'denuncias.unidad',
    body: {},
    admitted: 400,
  },
  { route: 'GET /api/admin/jurisdiccion', audience: REFERENCIAS, admitted: 200 },
  { route: 'PUT /api/admin/jurisdiccion/:comunaCut', audience: REFERENCIAS, body: {}, admitted: 400 },
  { route: 'GET /api/supervisor/denuncias/cifras', audience: 'cifras.ver', admitted: 200 },
  // Citizens' uploads (worker/archivos): a part is bytes of `application/offset+octet-stream`.
  { route: 'POST /api/archivos', audience: 'citizen', body: {}, admitted: 400 },
  { route: 'GET /api/archivos/:id', audience: 'citizen', admitted: 404 },
  { route: 'PATCH /api/archivos/:id', audience: 'citizen', body: {}, admitted: 400, noJson: true },
  { route: 'DELETE /api/archivos/:id', audience: 'citizen', admitted: 404, noJson: true },
  { route: 'GET /api/archivos/:id/contenido', audience: 'citizen', admitted: 404 },
  { route: 'POST /api/denuncias', audience: 'citizen', body: {}, admitted: 400 },
  { route: 'GET /api/denuncias/ficha', audience: 'citizen', admitted: 200 },
  // No offence, date or place asked: what to compare with is missing.
  { route: 'GET /api/denuncias/posibles-duplicados', audience: 'citizen', admitted: 400 },
  { route: 'GET /api/denuncias/:numero', audience: 'citizen', admitted: 404 },
  { route: 'GET /api/denuncias/:numero/pdf', audience: 'citizen', admitted: 404 },
  // Complaints about police conduct (worker/reclamos, issue 18).
  { route: 'POST /api/reclamos', audience: 'citizen', body: {}, admitted: 400 },
  { route: 'GET /api/reclamos/:numero', audience: 'citizen', admitted: 404 },
  { route: 'GET /api/reclamos/:numero/pdf', audience: 'citizen', admitted: 404 },
  { route: 'GET /api/reclamos/:numero/respuesta/pdf', audience: 'citizen', admitted: 404 },
  // A unit's account of a complaint's facts (decision 0053): the unit's own requests only.
  { route: 'GET /api/funcionarios/reclamos/descargos', audience: 'reclamos.descargar', admitted: 200 },
  { route: 'GET /api/funcionarios/reclamos/descargos/:id', audience: 'reclamos.descargar', admitted: 404 },
  {
    route: 'POST /api/funcionarios/reclamos/descargos/:id',
    audience: 'reclamos.descargar',
    body: {},
    admitted: 400,
  },
  // The complaints' figures (decision 0061): `cifras.ver` or `reclamos.atender`; in this matrix only
  // the administrator holds the second, and holds the first too (tests/integration/reclamos-cifras.test.ts).
  { route: 'GET /api/funcionarios/reclamos/cifras', audience: 'cifras.ver', admitted: 200 },
  { route: 'POST /api/reclamos/:numero/satisfaccion', audience: 'citizen', body: {}, admitted: 400 },
  { route: 'POST /api/reclamos/:numero/reabrir', audience: 'citizen', body: {}, admitted: 400 },
  // Family reunification (worker/reencuentro, issue 19): the requester's own, supervisors' counts;
  // the team works it through the shared case routes above (`reencuentro.buscar`).
  { route: 'POST /api/reencuentro', audience: 'citizen', body: {}, admitted: 400 },
  { route: 'GET /api/reencuentro/:numero', audience: 'citizen', admitted: 404 },
  { route: 'GET /api/reencuentro/:numero/comprobante.pdf', audience: 'citizen', admitted: 404 },
  { route: 'GET /api/supervisor/reencuentro/cifras', audience: 'cifras.ver', admitted: 200 },
  // Commendations (worker/felicitaciones, issue 18): a citizen's; the unit's officers and the one
  // named (tests/integration/felicitaciones.test.ts reads real ones); a supervisor's assignment.
  { route: 'POST /api/felicitaciones', audience: 'citizen', body: {}, admitted: 400 },
  { route: 'GET /api/felicitaciones', audience: 'citizen', admitted: 200 },
  { route: 'GET /api/felicitaciones/:numero', audience: 'citizen', admitted: 404 },
  { route: 'GET /api/funcionarios/felicitaciones/unidad', audience: 'felicitaciones.unidad', admitted: 200 },
  { route: 'GET /api/funcionarios/felicitaciones/mias', audience: 'felicitaciones.unidad', admitted: 200 },
  {
    route: 'GET /api/funcionarios/felicitaciones/personal',
    audience: 'felicitaciones.asignar',
    admitted: 200,
  },
  {
    route: 'POST /api/funcionarios/felicitaciones/:numero/asignacion',
    audience: 'felicitaciones.asignar',
    body: {},
    admitted: 400,
  },
  { route: 'GET /api/supervisor/felicitaciones/cifras', audience: 'cifras.ver', admitted: 200 },
  // The condolence book's moderators and memorials (decision 0065).
  { route: 'GET /api/funcionarios/condolencias/cola', audience: 'condolencias.moderar', admitted: 200 },
  { route: 'GET /api/funcionarios/condolencias/cifras', audience: 'condolencias.moderar', admitted: 200 },
  {
    route: 'POST /api/funcionarios/condolencias/:id/decision',
    audience: 'condolencias.moderar',
    body: {},
    admitted: 400,
  },
  { route: 'GET /api/admin/memoriales', audience: 'memoriales.administrar', admitted: 200 },
  { route: 'POST /api/admin/memoriales', audience: 'memoriales.administrar', body: {}, admitted: 400 },
  { route: 'PUT /api/admin/memoriales/:slug', audience: 'memoriales.administrar', body: {}, admitted: 400 },
  // A photo's id, drawn for the widths to come; a width is bytes (an unknown width: 404).
  {
    route: 'POST /api/admin/memoriales/fotos',
    audience: 'memoriales.administrar',
    admitted: 201,
    noJson: true,
  },
  {
    route: 'PUT /api/admin/memoriales/fotos/:foto/:ancho',
    audience: 'memoriales.administrar',
    body: {},
    admitted: 404,
    noJson: true,
  },
  // Constancias (worker/certificados): a citizen's, an officer's look-up, a supervisor's annulment.
  { route: 'POST /api/certificados', audience: 'citizen', body: {}, admitted: 400 },
  { route: 'GET /api/certificados', audience: 'citizen', admitted: 200 },
  { route: 'GET /api/certificados/:codigo', audience: 'citizen', admitted: 404 },
  { route: 'GET /api/certificados/:codigo/pdf', audience: 'citizen', admitted: 404 },
  // The desks' keys (decision 0044): no role holds informacion.analizar by default; the one column
  // granted it is on another desk than the probe's, so it gets 404 (a body is read first: a bad one
  // is a 400). Reading a real desk: tests/integration/informacion-claves.test.ts.
  { route: 'PUT /api/funcionarios/informacion/mi-clave', audience: ANALIZAR, body: {}, admitted: 400 },
  { route: 'GET /api/funcionarios/informacion/mesas/:mesa/clave', audience: ANALIZAR, admitted: 404 },
  { route: 'GET /api/funcionarios/informacion/mesas/:mesa/pendientes', audience: ANALIZAR, admitted: 404 },
  { route: 'GET /api/funcionarios/informacion/mesas/:mesa/analistas', audience: ANALIZAR, admitted: 404 },
  { route: 'GET /api/funcionarios/informacion/mis-mesas', audience: ANALIZAR, admitted: 200 },
  // A tip's encrypted file (decision 0046): only the desk's analysts; reading one is in
  // tests/integration/informacion-archivos.test.ts.
  { route: 'GET /api/funcionarios/informacion/mesas/:mesa/archivos/:id', audience: ANALIZAR, admitted: 404 },
  {
    route: 'POST /api/funcionarios/informacion/mesas/:mesa/claves',
    audience: ANALIZAR,
    body: {},
    admitted: 400,
  },
  {
    route: 'POST /api/funcionarios/informacion/mesas/:mesa/envueltas',
    audience: ANALIZAR,
    body: {},
    admitted: 400,
  },
  // The desks' work (decision 0047): the probe's desk is no desk, so the analyst of another desk
  // gets 404 (after a bad body's 400); the plate `no-existe` is no plate, a 400 naming `patente`.
  { route: 'GET /api/funcionarios/informacion/mesas/:mesa/tips', audience: ANALIZAR, admitted: 404 },
  { route: 'GET /api/funcionarios/informacion/mesas/:mesa/tips/:id', audience: ANALIZAR, admitted: 404 },
  {
    route: 'POST /api/funcionarios/informacion/mesas/:mesa/tips/:id/estado',
    audience: ANALIZAR,
    body: {},
    admitted: 400,
  },
  {
    route: 'POST /api/funcionarios/informacion/mesas/:mesa/tips/:id/notas',
    audience: ANALIZAR,
    body: {},
    admitted: 400,
  },
  {
    route: 'POST /api/funcionarios/informacion/mesas/:mesa/tips/:id/preguntas',
    audience: ANALIZAR,
    body: {},
    admitted: 400,
  },
  {
    route: 'POST /api/funcionarios/informacion/mesas/:mesa/tips/:id/derivar',
    audience: ANALIZAR,
    body: {},
    admitted: 400,
  },
  { route: 'GET /api/funcionarios/informacion/mesas/:mesa/resellar', audience: ANALIZAR, admitted: 404 },
  {
    route: 'POST /api/funcionarios/informacion/mesas/:mesa/resellar',
    audience: ANALIZAR,
    body: {},
    admitted: 400,
  },
  { route: 'GET /api/funcionarios/informacion/vehiculos/:patente', audience: ANALIZAR, admitted: 400 },
  // The desks as administrators manage them: the list, and a unit's new name.
  { route: 'GET /api/funcionarios/informacion/mesas', audience: 'personal.administrar', admitted: 200 },
  {
    route: 'PUT /api/funcionarios/informacion/mesas/:mesa',
    audience: 'personal.administrar',
    body: {},
    admitted: 400,
  },
  {
    route: 'POST /api/funcionarios/informacion/mesas/:mesa/analistas',
    audience: 'personal.administrar',
    body: {},
    admitted: 400,
  },
  {
    route: 'DELETE /api/funcionarios/informacion/mesas/:mesa/analistas/:userId',
    audience: 'personal.administrar',
    admitted: 404,
  },
  { route: 'GET /api/funcionarios/certificados/:codigo', audience: 'certificados.consultar', admitted: 404 },
  {
    route: 'POST /api/funcionarios/certificados/:codigo/anulacion',
    audience: 'certificados.anular',
    body: {},
    admitted: 400,
  },
  { route: 'GET /api/supervisor/certificados/cifras', audience: 'cifras.ver', admitted: 200 },
  // Family reunification (issue 19): the team's registry look-ups; the reason is read first.
  {
    route: 'POST /api/funcionarios/reencuentro/:numero/consultas',
    audience: 'reencuentro.buscar',
    body: {},
    admitted: 400,
  },
]

/** A status, and the error code when the guard answers. */
export interface Expected {
  status: number
  code?: string
}

/**
 * How an audience's guard answers a role, or null when it lets the role through: 401 without a
 * live session (anonymous, idled out, disabled), 403 to a caller who is not of the audience —
 * `claveunica_required` on ClaveÚnica routes, since signing in with ClaveÚnica is what would help;
 * on a staff route, to a citizen and to staff without the route's capability.
 *
 * @example
 * guard('constancias.validar', 'citizen') // { status: 403, code: 'forbidden' }
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
      return typeof caller !== 'string' && caller.includes(audience)
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
