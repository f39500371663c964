import { eq } from 'drizzle-orm'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { CAPACIDADES_DE_ROL, esCapacidad } from '../../core/capacidades.ts'
import { users } from '../../db/schema/index.ts'
import { SESSION_LIMITS } from '../../worker/identity/session.ts'
import { fixedClock, testApp } from '../support/app.ts'
import {
  expected,
  GRANTED,
  guard,
  ROLES,
  ROUTES,
  type Role,
  type RouteCase,
  UNKNOWN_CODE,
  UNKNOWN_ID,
} from '../support/authz.ts'
import { nuevoCaso } from '../support/casos.ts'
import { certificadoRequest } from '../support/certificados.ts'
import { signedInWithClaveUnica, testClaveUnica } from '../support/claveunica.ts'
import { testClient } from '../support/client.ts'
import { denunciaRequest } from '../support/denuncias.ts'
import { CITIZEN, signedInCitizen, signedInStaff } from '../support/identity.ts'
import { reclamoRequest } from '../support/reclamos.ts'

type Client = ReturnType<typeof testClient>

const CELLS = ROUTES.length * ROLES.length
const ELECCION = 'demo-2026-11-23'
/** The owner of the seeded data: Valentina, signed in with ClaveÚnica. */
const OWNER = { run: '88.888.888-8', email: 'valentina.perez@example.cl', serie: 'A034567890' }
/** What nobody but the owner and the staff may read: RUN in any spelling, names, e-mail, codes. */
const ownerMarks = (codes: string[]) => [
  '88.888.888-8',
  '88888888-8',
  '888888888',
  'Valentina',
  'Pérez Núñez',
  OWNER.email,
  ...codes,
]

let claveunica: Awaited<ReturnType<typeof testClaveUnica>>
let t: Awaited<ReturnType<typeof testApp>>
const clients = new Map<Role, Client>()
/** Each role's cookies as set up: sent again on every call, so a stale session stays stale. */
const jars = new Map<Role, [string, string][]>()
/** The owner's documents by their codes, and her draft of the permit form by its form's id. */
const codes = {
  constancia: '',
  permiso: '',
  caso: '',
  borrador: '',
  denuncia: '',
  certificado: '',
  reclamo: '',
}

function client(role: Role): Client {
  const found = clients.get(role)
  if (!found) throw new Error(`no client for ${role}`)
  return found
}

async function live(client: Client) {
  expect((await client.get('/api/me')).status).toBe(200)
  return client
}

beforeAll(async () => {
  claveunica = await testClaveUnica()
  const clock = fixedClock(new Date('2026-11-23T12:00:00Z'))
  t = await testApp({ env: claveunica.env, clock })
  // María signs in, then leaves the tab open past the idle limit while everyone else arrives.
  clients.set('expired-session', await live(await signedInWithClaveUnica(t.app, '44.444.444-4')))
  clock.advance(SESSION_LIMITS.citizen.idleMs + 60_000)
  clients.set(
    'anonymous',
    testClient((path, init) => t.app.request(path, init)),
  )
  clients.set('citizen', await signedInWithClaveUnica(t.app, OWNER.run))
  clients.set('other-citizen', await signedInWithClaveUnica(t.app, '55.555.555-5'))
  clients.set('self-declared', await signedInCitizen(t))
  clients.set('officer', (await signedInStaff(t, 'officer')).client)
  const valparaiso = await signedInStaff(t, 'officer', 'valparaiso@carabineros.example.cl', 'DEMO-05101-1')
  clients.set('officer-other-unit', valparaiso.client)
  // A supervisor of a third unit: supervision is national too.
  const concepcion = 'concepcion@carabineros.example.cl'
  clients.set('supervisor', (await signedInStaff(t, 'supervisor', concepcion, 'DEMO-08101-1')).client)
  const admin = (await signedInStaff(t, 'admin')).client
  clients.set('admin', admin)
  // Grants are per person: one officer is given more than the role's set, another is left nothing.
  const granted = await signedInStaff(t, 'officer', 'analista@carabineros.example.cl')
  const grant = { capacidades: [...CAPACIDADES_DE_ROL.officer, GRANTED] }
  expect((await admin.patch(`/api/admin/staff/${granted.userId}`, grant)).status).toBe(200)
  clients.set('officer-granted', granted.client)
  const without = await signedInStaff(t, 'officer', 'sin.tareas@carabineros.example.cl')
  expect((await admin.patch(`/api/admin/staff/${without.userId}`, { capacidades: [] })).status).toBe(200)
  clients.set('staff-without-capabilities', await live(without.client))
  // Información anónima: an analyst of the vehicles desk only (the probes name another).
  const vehiculos = await signedInStaff(t, 'officer', 'sebv@carabineros.example.cl')
  expect(
    (await admin.patch(`/api/admin/staff/${vehiculos.userId}`, { capacidades: ['informacion.analizar'] }))
      .status,
  ).toBe(200)
  const mesa = { userId: vehiculos.userId }
  expect((await admin.post('/api/funcionarios/informacion/mesas/vehiculos/analistas', mesa)).status).toBe(201)
  clients.set('analyst-other-desk', await live(vehiculos.client))
  const disabled = await signedInStaff(t, 'officer', 'dado.de.baja@carabineros.example.cl')
  clients.set('disabled-staff', await live(disabled.client))
  expect((await admin.patch(`/api/admin/staff/${disabled.userId}`, { disabled: true })).status).toBe(200)
  for (const [role, client] of clients) jars.set(role, [...client.jar])

  // The owner's data: an election constancia, validated by an officer of another unit more than
  // 200 km from the owner's polling place (Santiago), and a permit.
  const puntaArenas = await signedInStaff(t, 'officer', 'punta.arenas@carabineros.example.cl', 'DEMO-12101-1')
  const owner = client('citizen')
  expect((await owner.post('/api/constancias-voto/aviso', { eleccionId: ELECCION })).status).toBe(200)
  const solicitud = await owner.post('/api/constancias-voto', {
    eleccionId: ELECCION,
    fechaNacimiento: '1992-11-30',
    email: OWNER.email,
    emailConfirmacion: OWNER.email,
    telefono: '987654321',
    declaracion: true,
  })
  expect(solicitud.status).toBe(201)
  codes.constancia = ((await solicitud.json()) as { code: string }).code
  const validada = await puntaArenas.client.post(
    `/api/funcionarios/constancias-voto/${codes.constancia}/validar`,
    {
      documento: 'cedula',
      numeroDocumento: OWNER.serie,
      vencimiento: '2027-03-01',
      runDocumento: OWNER.run,
      nombreCoincide: true,
    },
  )
  expect(validada.status).toBe(200)
  const permiso = await owner.post('/api/permisos', {
    tipoId: 'compras',
    comunaCut: '13101',
    fecha: '2026-11-23',
    hora: '10:00',
    destino: 'Supermercado, Av. Matta 1200',
    serieCedula: OWNER.serie,
  })
  expect(permiso.status).toBe(201)
  codes.permiso = ((await permiso.json()) as { code: string }).code
  // A denuncia of hers (its submission is worker/denuncias's), derived to the officer's unit.
  const [valentina] = await t.db
    .select({ id: users.id })
    .from(users)
    .where(eq(users.givenNames, 'Valentina Sofía'))
  codes.caso = await nuevoCaso(t.ports, { userId: valentina?.id ?? '', comunaCut: '13101' })
  const derivada = await client('supervisor').post(`/api/funcionarios/casos/${codes.caso}/acciones`, {
    accion: 'derivar',
    unidad: 'DEMO-13101-1',
  })
  expect(derivada.status).toBe(200)
  // And a second permit begun, kept as a draft on her account.
  const borrador = await owner.put('/api/borradores/permisos', {
    respuestas: { run: OWNER.run, destino: 'Casa de Valentina, Av. Matta 1200' },
  })
  expect(borrador.status).toBe(200)
  codes.borrador = 'permisos'
  const denuncia = await owner.post('/api/denuncias', denunciaRequest('2026-11-22', { email: OWNER.email }))
  expect(denuncia.status).toBe(201)
  codes.denuncia = ((await denuncia.json()) as { numero: string }).numero
  // A complaint of hers about police conduct (worker/reclamos): held by the complaints office.
  const reclamo = await owner.post('/api/reclamos', reclamoRequest('2026-11-22', { email: OWNER.email }))
  expect(reclamo.status, await reclamo.clone().text()).toBe(201)
  codes.reclamo = ((await reclamo.json()) as { numero: string }).numero
  const certificado = await owner.post(
    '/api/certificados',
    certificadoRequest('extravio_celular', '2026-11-22'),
  )
  expect(certificado.status).toBe(201)
  codes.certificado = ((await certificado.json()) as { codigo: string }).codigo
}, 120_000)
afterAll(() => claveunica?.provider.close())

/**
 * One cell: the role's client, its set-up cookies put back, and an address of its own (rate limits
 * count per address, and ten roles share this process).
 */
async function send(role: Role, method: string, path: string, body: unknown) {
  const caller = client(role)
  caller.jar.clear()
  for (const [name, value] of jars.get(role) ?? []) caller.jar.set(name, value)
  const headers = { 'cf-connecting-ip': `192.0.2.${ROLES.indexOf(role) + 1}` }
  if (method === 'GET') return caller.get(path, headers)
  if (method === 'PATCH') return caller.patch(path, body, headers)
  if (method === 'PUT') return caller.put(path, body, headers)
  if (method === 'DELETE') return caller.delete(path, headers)
  return caller.post(path, body, headers)
}

/** Calls a cell and reads what is asserted of it: the status, the error code, the body as text. */
async function cell(role: Role, route: string, body: unknown, fill: (param: string) => string) {
  const [method = 'GET', pattern = '/'] = route.split(' ')
  const response = await send(
    role,
    method,
    pattern.replace(/:(\w+)/g, (_, name: string) => fill(name)),
    body,
  )
  const text = await response.text()
  const json = response.headers.get('content-type')?.includes('json') ? (JSON.parse(text) as object) : {}
  const code =
    'code' in json && typeof json.code === 'string' && response.status >= 400 ? json.code : undefined
  return { status: response.status, code, text }
}

function expectNoOwnerData(text: string, name: string) {
  const marks = ownerMarks([
    codes.constancia,
    codes.permiso,
    codes.denuncia,
    codes.certificado,
    codes.reclamo,
  ])
  for (const mark of marks) expect.soft(text, `${name} leaks ${mark}`).not.toContain(mark)
}

describe(`the authorisation matrix: ${ROUTES.length} routes × ${ROLES.length} roles = ${CELLS} cells`, () => {
  it('lists every route of the app', () => {
    const known = new Set(ROUTES.map((r) => r.route))
    const routes = t.app.routes
      .filter(
        (r) =>
          r.method !== 'ALL' &&
          (r.path.startsWith('/api/') || r.path.startsWith('/auth/') || r.path.startsWith('/.well-known/')),
      )
      .map((r) => `${r.method} ${r.path.replace(/\/$/, '')}`)
    for (const route of routes) expect(known, `${route} is not in the matrix`).toContain(route)
    expect(new Set(routes).size, 'the matrix lists a route the app does not have').toBe(known.size)
  })

  it.each(ROUTES.map((r): [string, RouteCase] => [r.route, r]))('%s', async (_, route) => {
    const probe = (param: string) => (param === 'code' ? UNKNOWN_CODE : UNKNOWN_ID)
    for (const role of ROLES) {
      const name = `${route.route} × ${role}`
      const want = expected(route, role)
      const got = await cell(role, route.route, route.body, probe)
      expect.soft({ status: got.status, code: want.code && got.code }, name).toEqual(want)
      if (role !== 'citizen') expectNoOwnerData(got.text, name)
    }
  })
})

describe('input hygiene on every route that reads a body', () => {
  const writes = ROUTES.filter((r) => r.body !== undefined && !r.noJson)
  it.each(writes.map((r): [string, RouteCase] => [r.route, r]))(
    '%s refuses a control character for an admitted caller, naming the field',
    async (_, route) => {
      const role = ROLES.find((candidate) => guard(route.audience, candidate) === null)
      if (!role) throw new Error(`nobody is admitted to ${route.route}`)
      // A field no form has, so no label: the message names it as sent (`nota` is a family search's note).
      const got = await cell(role, route.route, { apunte: 'texto\u0000oculto' }, (param) =>
        param === 'code' ? UNKNOWN_CODE : UNKNOWN_ID,
      )
      expect({ status: got.status, code: got.code }).toEqual({ status: 400, code: 'validation_failed' })
      expect(JSON.parse(got.text).fields).toEqual([
        {
          field: 'apunte',
          message: '«apunte» contiene caracteres no permitidos.',
        },
      ])
    },
  )
})

/**
 * Routes that read the owner's data by its real code (`:code`, or the body's `code`), and the
 * documents an admitted reader sees in the answer.
 */
const OWNED: {
  route: string
  of: (keyof typeof codes)[]
  query?: string
  codeInBody?: true
  /** Staff who may read it, where not every admitted staff role may (a case: its unit's, and triage). */
  readers?: Role[]
  /** Whether the answer names its owner (a case's citizen view does not: it is theirs). */
  named?: false
}[] = [
  { route: 'GET /api/casos/:numero', of: ['caso'], named: false },
  { route: 'GET /api/casos', of: ['caso'], named: false },
  {
    route: 'GET /api/funcionarios/casos/:numero',
    of: ['caso'],
    readers: ['officer', 'officer-granted', 'supervisor', 'admin'],
  },
  {
    route: 'GET /api/funcionarios/casos/:numero/envio',
    of: ['caso'],
    readers: ['officer', 'officer-granted', 'supervisor', 'admin'],
    named: false,
  },
  { route: 'GET /api/constancias-voto/:code', of: ['constancia'] },
  { route: 'GET /api/constancias-voto/:code/pdf', of: ['constancia'] },
  { route: 'GET /api/permisos/:code', of: ['permiso'] },
  { route: 'GET /api/permisos/:code/pdf', of: ['permiso'] },
  { route: 'GET /api/mis-tramites', of: ['constancia', 'permiso', 'denuncia', 'reclamo'] },
  { route: 'GET /api/borradores/:formulario', of: ['borrador'] },
  { route: 'GET /api/denuncias/:numero', of: ['denuncia'] },
  { route: 'GET /api/denuncias/:numero/pdf', of: ['denuncia'] },
  { route: 'GET /api/reclamos/:numero', of: ['reclamo'], named: false },
  { route: 'GET /api/reclamos/:numero/pdf', of: ['reclamo'] },
  // A complaint's staff page: the complaints office's (the administrator holds `reclamos.atender`),
  // never the unit concerned's (the officer's unit, DEMO-13101-1), another unit's or a supervisor's.
  { route: 'GET /api/funcionarios/casos/:numero', of: ['reclamo'], readers: ['admin'] },
  { route: 'GET /api/certificados', of: ['certificado'], named: false },
  { route: 'GET /api/certificados/:codigo', of: ['certificado'], named: false },
  { route: 'GET /api/certificados/:codigo/pdf', of: ['certificado'] },
  { route: 'GET /api/funcionarios/certificados/:codigo', of: ['certificado'] },
  { route: 'GET /api/mis-datos', of: ['constancia', 'permiso'] },
  { route: 'GET /api/mis-datos/descarga', of: ['constancia', 'permiso'], query: '?formato=json' },
  { route: 'GET /api/funcionarios/constancias-voto/:code/pdf', of: ['constancia'] },
  { route: 'POST /api/funcionarios/constancias-voto/buscar', of: ['constancia'], codeInBody: true },
  { route: 'GET /api/supervisor/permisos/:code', of: ['permiso'] },
  {
    route: 'GET /api/supervisor/permisos',
    of: ['permiso'],
    query: `?run=${OWNER.run}&finalidad=fiscalizacion`,
  },
]

/** Lists of the caller's own records: another citizen gets their own (empty) list, not a 404. */
const OWN_LISTS = new Set([
  'GET /api/certificados',
  'GET /api/mis-tramites',
  'GET /api/mis-datos',
  'GET /api/mis-datos/descarga',
  'GET /api/casos',
])

const audienceOf = (route: string) => ROUTES.find((r) => r.route === route)?.audience ?? 'public'

describe('data isolation: the owner’s constancia and permit by their real codes', () => {
  it.each(OWNED.map((o): [string, (typeof OWNED)[number]] => [o.route, o]))('%s', async (_, owned) => {
    const audience = audienceOf(owned.route)
    const staffRoute = esCapacidad(audience)
    const shown = owned.of.map((document) => codes[document])
    const code = () => shown[0] ?? ''
    for (const role of ROLES) {
      const name = `${owned.route} (real code) × ${role}`
      const reader =
        guard(audience, role) === null &&
        (owned.readers ? owned.readers.includes(role) : staffRoute || role === 'citizen')
      // Another citizen's code is not found, not forbidden: its existence is not confirmed.
      const want = guard(audience, role) ?? {
        status: reader || OWN_LISTS.has(owned.route) ? 200 : 404,
      }
      const body = owned.codeInBody ? { code: code() } : undefined
      const got = await cell(role, `${owned.route}${owned.query ?? ''}`, body, code)
      expect.soft({ status: got.status, code: want.code && got.code }, name).toEqual(want)
      if (!reader) expectNoOwnerData(got.text, name)
      else if (!owned.route.endsWith('/pdf'))
        for (const shownCode of [...shown, ...(owned.named === false ? [] : ['Valentina'])])
          expect.soft(got.text, `${name} shows ${shownCode}`).toContain(shownCode)
    }
  })

  it('shows nothing to an internal account that declares the owner’s RUN', async () => {
    const impostor = await signedInCitizen(t, { ...CITIZEN, run: OWNER.run, email: 'impostor@example.cl' })
    for (const owned of OWNED.filter((o) => audienceOf(o.route) === 'citizen')) {
      const path =
        owned.route.slice('GET '.length).replace(/:\w+/, codes[owned.of[0] ?? 'constancia']) +
        (owned.query ?? '')
      const response = await impostor.get(path)
      const text = await response.text()
      expect.soft(response.status, path).toBe(OWN_LISTS.has(owned.route) ? 200 : 404)
      // Her name (in her draft's answers too) and her documents' codes: the RUN is the impostor's own.
      for (const mark of [codes.constancia, codes.permiso, 'Valentina'])
        expect.soft(text, `${path} leaks ${mark}`).not.toContain(mark)
    }
  })
})
