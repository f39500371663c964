import { count, eq } from 'drizzle-orm'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { auditLog, avisosLegales, constanciasVoto, outbox } from '../../db/schema/index.ts'
import { CODE_ALPHABET } from '../../worker/codes.ts'
import { fixedClock, testApp } from '../support/app.ts'
import { signedInWithClaveUnica, testClaveUnica } from '../support/claveunica.ts'
import { signedInCitizen } from '../support/identity.ts'

let claveunica: Awaited<ReturnType<typeof testClaveUnica>>
beforeAll(async () => {
  claveunica = await testClaveUnica()
})
afterAll(() => claveunica.provider.close())

const ELECCION = 'demo-2026-11-23'
const maria = {
  eleccionId: ELECCION,
  fechaNacimiento: '1985-03-14',
  email: 'maria.delrio@example.cl',
  emailConfirmacion: 'Maria.DelRio@example.cl',
  telefono: '+56 9 8765 4321',
  declaracion: true,
}

async function setup(clock = fixedClock(new Date('2026-11-23T12:00:00Z'))) {
  const t = await testApp({ env: claveunica.env, clock })
  return { t, clock }
}

async function rows(t: Awaited<ReturnType<typeof testApp>>) {
  const [n] = await t.db.select({ n: count() }).from(constanciasVoto)
  return n?.n
}

async function citizenReady(
  t: Awaited<ReturnType<typeof testApp>>,
  run = '44.444.444-4',
  eleccionId = ELECCION,
) {
  const client = await signedInWithClaveUnica(t.app, run)
  expect((await client.post('/api/constancias-voto/aviso', { eleccionId })).status).toBe(200)
  return client
}

describe('the online election constancia', () => {
  it('goes from the registry’s data to "Solicitud Pendiente" with a code, mails it, and gives the same code again', async () => {
    const { t } = await setup()
    const client = await signedInWithClaveUnica(t.app, '44.444.444-4')
    const ficha = (await (await client.get(`/api/constancias-voto/ficha?eleccion=${ELECCION}`)).json()) as {
      registro: Record<string, string>
      avisoAceptado: boolean
    }
    expect(ficha.registro).toMatchObject({
      run: '44.444.444-4',
      nombres: 'María Carmen',
      comuna: 'Punta Arenas',
      localVotacion: 'Liceo Luis Alberto Barrera',
    })
    expect(ficha.avisoAceptado).toBe(false)
    const early = await client.post('/api/constancias-voto', maria)
    expect(early.status).toBe(409)
    expect(await early.json()).toMatchObject({ code: 'legal_notice_required' })

    expect((await client.post('/api/constancias-voto/aviso', { eleccionId: ELECCION })).status).toBe(200)
    const created = await client.post('/api/constancias-voto', maria)
    expect(created.status).toBe(201)
    const solicitud = (await created.json()) as { code: string; estado: string }
    expect(solicitud.estado).toBe('pendiente')
    expect(solicitud.code).toMatch(new RegExp(`^[${CODE_ALPHABET}]{10}$`))

    const [mail] = await t.db.select().from(outbox).where(eq(outbox.to, 'maria.delrio@example.cl'))
    expect(mail?.subject).toContain(solicitud.code)
    expect(mail?.text).toMatch(/personal e intransferible/)
    expect(mail?.text).toMatch(/Cédula de Identidad o Pasaporte/)
    expect(mail?.text).toMatch(/29-06-2025/)

    // The same contact in another form: the same request (decision 0080).
    const again = await client.post('/api/constancias-voto', { ...maria, telefono: '987654321' })
    expect(again.status).toBe(200)
    expect(((await again.json()) as { code: string }).code).toBe(solicitud.code)
    expect(await rows(t)).toBe(1)

    const mine = (await (await client.get('/api/mis-tramites')).json()) as {
      constanciasVoto: { code: string; estado: string }[]
    }
    expect(mine.constanciasVoto).toEqual([
      expect.objectContaining({ code: solicitud.code, estado: 'pendiente' }),
    ])
    const audit = await t.db
      .select()
      .from(auditLog)
      .where(eq(auditLog.action, 'constancia_voto.legal_notice_accepted'))
    expect(audit).toHaveLength(1)
    expect(await t.db.select().from(avisosLegales)).toHaveLength(1)
  })

  it('gives one code to two simultaneous requests of the same citizen', async () => {
    const { t } = await setup()
    const client = await citizenReady(t)
    const [a, b] = await Promise.all([
      client.post('/api/constancias-voto', maria),
      client.post('/api/constancias-voto', maria),
    ])
    const codes = [(await a.json()) as { code: string }, (await b.json()) as { code: string }].map(
      (s) => s.code,
    )
    expect(codes[0]).toBe(codes[1])
    expect(await rows(t)).toBe(1)
    const [mails] = await t.db.select({ n: count() }).from(outbox)
    expect(mails?.n).toBe(1)
  })

  it('refuses a birth date other than the civil registry’s, naming the field, and writes nothing', async () => {
    const { t } = await setup()
    const client = await citizenReady(t)
    const response = await client.post('/api/constancias-voto', { ...maria, fechaNacimiento: '1985-03-15' })
    expect(response.status).toBe(400)
    expect(((await response.json()) as { fields: unknown }).fields).toEqual([
      {
        field: 'fechaNacimiento',
        message: '«Fecha de nacimiento» no coincide con la registrada en el Registro Civil.',
      },
    ])
    expect(await rows(t)).toBe(0)
  })

  it('checks the birth date against the civil registry’s for the form page, reading only', async () => {
    const { t } = await setup()
    // No legal notice needed: the form page's check is the citizen's own record, nothing is asked for.
    const client = await signedInWithClaveUnica(t.app, '44.444.444-4')
    const check = (fechaNacimiento: string, headers?: Record<string, string>) =>
      client.post('/api/constancias-voto/fecha-nacimiento', { fechaNacimiento }, headers)
    const right = await check('1985-03-14')
    expect(right.status).toBe(200)
    expect(await right.json()).toEqual({ coincide: true })
    expect(right.headers.get('cache-control')).toBe('no-store')
    const wrong = await check('1985-03-15')
    expect(wrong.status).toBe(400)
    expect(((await wrong.json()) as { fields: unknown }).fields).toEqual([
      {
        field: 'fechaNacimiento',
        message: '«Fecha de nacimiento» no coincide con la registrada en el Registro Civil.',
      },
    ])
    const english = await check('1985-03-15', { 'accept-language': 'en' })
    expect(((await english.json()) as { fields: { message: string }[] }).fields[0]?.message).toBe(
      '“Date of birth” does not match the one in the Civil Registry.',
    )
    const malformed = await check('1985-02-30')
    expect(((await malformed.json()) as { fields: { field: string; message: string }[] }).fields).toEqual([
      { field: 'fechaNacimiento', message: expect.stringMatching(/fecha válida/) },
    ])
    expect(
      (await client.post('/api/constancias-voto/fecha-nacimiento', { fecha: '1985-03-14' })).status,
    ).toBe(400)
    expect(await rows(t)).toBe(0)
    expect(await t.db.select().from(avisosLegales)).toEqual([])
    // An internal account proves no RUN: ClaveÚnica is required, as for the request.
    const internal = await signedInCitizen(t)
    const refused = await internal.post('/api/constancias-voto/fecha-nacimiento', {
      fechaNacimiento: '1985-03-14',
    })
    expect(refused.status).toBe(403)
  })

  it('names every missing or malformed field, and writes nothing', async () => {
    const { t } = await setup()
    const client = await citizenReady(t)
    const cases: [Record<string, unknown>, string, RegExp][] = [
      [{ ...maria, emailConfirmacion: 'otra@example.cl' }, 'emailConfirmacion', /no coincide con el correo/],
      [{ ...maria, fechaNacimiento: '' }, 'fechaNacimiento', /es obligatorio/],
      [{ ...maria, fechaNacimiento: '1985-02-30' }, 'fechaNacimiento', /fecha válida/],
      [{ ...maria, email: 'no-es-correo' }, 'email', /dirección de correo electrónico válida/],
      [{ ...maria, email: '' }, 'email', /es obligatorio/],
      [{ ...maria, telefono: '12345' }, 'telefono', /teléfono chileno/],
      [{ ...maria, telefono: '' }, 'telefono', /es obligatorio/],
      [{ ...maria, declaracion: false }, 'declaracion', /debe marcar/],
      [
        {
          eleccionId: ELECCION,
          email: maria.email,
          emailConfirmacion: maria.email,
          telefono: maria.telefono,
          declaracion: true,
        },
        'fechaNacimiento',
        /es obligatorio/,
      ],
    ]
    for (const [body, field, message] of cases) {
      const response = await client.post('/api/constancias-voto', body)
      expect(response.status, field).toBe(400)
      const error = (await response.json()) as { fields: { field: string; message: string }[] }
      expect(error.fields.find((f) => f.field === field)?.message, field).toMatch(message)
    }
    expect(await rows(t)).toBe(0)
  })

  it('refuses a citizen signed in with an internal account', async () => {
    const { t } = await setup()
    const client = await signedInCitizen(t)
    const response = await client.post('/api/constancias-voto', { ...maria, fechaNacimiento: '1990-08-15' })
    expect(response.status).toBe(403)
    expect(await response.json()).toMatchObject({
      code: 'claveunica_required',
      message: expect.stringMatching(/ClaveÚnica/),
    })
    expect(await rows(t)).toBe(0)
  })

  it('shows a citizen only their own requests: another’s code is not found, and nothing of it leaks', async () => {
    const { t } = await setup()
    const owner = await citizenReady(t)
    const { code } = (await (await owner.post('/api/constancias-voto', maria)).json()) as { code: string }
    const other = await signedInWithClaveUnica(t.app, '88.888.888-8')
    const response = await other.get(`/api/constancias-voto/${code}`)
    expect(response.status).toBe(404)
    expect(await response.text()).not.toMatch(/María|44\.444|Punta Arenas/)
    expect(
      ((await (await other.get('/api/mis-tramites')).json()) as { constanciasVoto: unknown[] })
        .constanciasVoto,
    ).toEqual([])
    expect((await owner.get(`/api/constancias-voto/${code.toLowerCase()}`)).status).toBe(200)
  })

  it('opens at 00:00 and closes after 23:59:59.999 of election day in Santiago, by the server’s clock', async () => {
    // 16 Nov 2025 is summer time (UTC−3): the day runs from 03:00Z to 02:59:59.999Z (ventanaFin).
    const last = fixedClock(new Date('2025-11-17T02:59:59.999Z'))
    const { t } = await setup(last)
    const onTime = await citizenReady(t, '44.444.444-4', '2025-11-16')
    const accepted = await onTime.post('/api/constancias-voto', { ...maria, eleccionId: '2025-11-16' })
    expect(accepted.status).toBe(201)
    last.set(new Date('2025-11-17T03:00:00.000Z'))
    const late = await signedInWithClaveUnica(t.app, '55.555.555-5')
    const refused = await late.post('/api/constancias-voto', {
      ...maria,
      eleccionId: '2025-11-16',
      fechaNacimiento: '1979-07-02',
    })
    expect(refused.status).toBe(403)
    // Refused one millisecond after ventanaFin, on the field that named the election.
    expect(await refused.json()).toMatchObject({
      code: 'window_closed',
      message: expect.stringContaining('del 16-11-2025 00:00 al 16-11-2025 23:59'),
      fields: [{ field: 'eleccionId', message: expect.stringContaining('se cerró el 16-11-2025 23:59') }],
    })
    last.set(new Date('2025-11-16T02:59:59.999Z'))
    const before = await late.post('/api/constancias-voto/aviso', { eleccionId: '2025-11-16' })
    expect(await before.json()).toMatchObject({
      code: 'window_closed',
      fields: [{ field: 'eleccionId', message: expect.stringContaining('se abre el 16-11-2025 00:00') }],
    })
    // The pending request reads "vencida" once the window has closed.
    last.set(new Date('2025-11-17T03:00:00.000Z'))
    const mine = (await (await onTime.get('/api/mis-tramites')).json()) as {
      constanciasVoto: { estado: string }[]
    }
    expect(mine.constanciasVoto[0]?.estado).toBe('vencida')
  })

  it('places the window of an election held on the day the clocks jump forward', async () => {
    const clock = fixedClock(new Date('2025-09-07T03:59:59.999Z'))
    const { t } = await setup(clock)
    const { client: admin } = await (await import('../support/identity.ts')).signedInStaff(t, 'admin')
    const created = await admin.post('/api/admin/elecciones', {
      id: 'prueba-dst',
      nombre: 'Elección en cambio de hora',
      fecha: '2025-09-07',
      fechaPrimarias: '2025-06-29',
    })
    expect(created.status).toBe(201)
    const listed = (await (await admin.get('/api/admin/elecciones')).json()) as {
      items: { id: string; ventanaInicio: string; ventanaFin: string; estado: string }[]
    }
    const dst = listed.items.find((e) => e.id === 'prueba-dst')
    expect(dst).toMatchObject({
      ventanaInicio: '2025-09-07T04:00:00.000Z',
      ventanaFin: '2025-09-08T02:59:59.999Z',
      estado: 'proxima',
    })
    clock.set(new Date('2025-09-07T04:00:00.000Z'))
    const open = (await (await admin.get('/api/admin/elecciones')).json()) as {
      items: { id: string; estado: string }[]
    }
    expect(open.items.find((e) => e.id === 'prueba-dst')?.estado).toBe('abierta')
  })
})
