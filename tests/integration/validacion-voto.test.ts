import { count, eq } from 'drizzle-orm'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { oldestAcceptedExpiry } from '../../core/constancias-voto/documento.ts'
import { auditLog, constanciasVoto, outbox, validacionesVoto } from '../../db/schema/index.ts'
import { rechazoMail } from '../../worker/constancias-voto/mail.ts'
import { fixedClock, testApp } from '../support/app.ts'
import { signedInWithClaveUnica, testClaveUnica } from '../support/claveunica.ts'
import { signedInStaff } from '../support/identity.ts'
import { pdfQr, pdfText } from '../support/pdf.ts'

let claveunica: Awaited<ReturnType<typeof testClaveUnica>>
beforeAll(async () => {
  claveunica = await testClaveUnica()
})
afterAll(() => claveunica.provider.close())

const ELECCION = 'demo-2026-11-23'
const documento = {
  documento: 'cedula',
  numeroDocumento: '512.345.678',
  vencimiento: '2027-03-01',
  runDocumento: '44.444.444-4',
  nombreCoincide: true,
}

/** An assisted constancia for Valentina, who votes in Santiago. */
const ASISTIDA = {
  eleccionId: ELECCION,
  motivoAsistencia: 'sin_claveunica',
  run: '88.888.888-8',
  fechaNacimiento: '1992-11-30',
  telefono: '+56 2 2345 6789',
  email: 'valentina@example.cl',
  emailConfirmacion: 'valentina@example.cl',
  avisoLeido: true,
  declaracionCiudadano: true,
  ...documento,
  runDocumento: '88.888.888-8',
}

async function setup(unidad = 'DEMO-13101-1', clock = fixedClock(new Date('2026-11-23T12:00:00Z'))) {
  const t = await testApp({ env: claveunica.env, clock })
  const citizen = await signedInWithClaveUnica(t.app, '44.444.444-4')
  await citizen.post('/api/constancias-voto/aviso', { eleccionId: ELECCION })
  const pending = await citizen.post('/api/constancias-voto', {
    eleccionId: ELECCION,
    fechaNacimiento: '1985-03-14',
    email: 'maria@example.cl',
    emailConfirmacion: 'maria@example.cl',
    telefono: '987654321',
    declaracion: true,
  })
  const { code } = (await pending.json()) as { code: string }
  const officer = await signedInStaff(t, 'officer', `officer-${unidad}@carabineros.example.cl`, unidad)
  return { t, clock, citizen, officer: officer.client, code }
}

describe('validation at a police unit', () => {
  it('looks the code up, validates it, and mails the signed PDF whose QR verifies publicly', async () => {
    const { t, officer, citizen, code } = await setup()
    const found = (await (
      await officer.post('/api/funcionarios/constancias-voto/buscar', { code: code.toLowerCase() })
    ).json()) as Record<string, unknown>
    expect(found).toMatchObject({
      code,
      estado: 'pendiente',
      run: '44.444.444-4',
      comunaVotacion: 'Punta Arenas',
      cerca: false,
    })
    expect(found.distanciaKm).toBeGreaterThan(2000)
    const viewed = await t.db.select().from(auditLog).where(eq(auditLog.action, 'personal_data.viewed'))
    expect(viewed[0]).toMatchObject({ actorKind: 'staff', actorUnidad: 'DEMO-13101-1' })

    const validated = await officer.post(`/api/funcionarios/constancias-voto/${code}/validar`, documento)
    expect(validated.status).toBe(200)
    expect(await validated.json()).toMatchObject({ code, estado: 'validada' })
    const mine = (await (await citizen.get('/api/mis-tramites')).json()) as {
      constanciasVoto: { estado: string }[]
    }
    expect(mine.constanciasVoto[0]?.estado).toBe('validada')

    const [mail] = await t.db
      .select()
      .from(outbox)
      .where(eq(outbox.subject, `Constancia Votación validada — ${code}`))
    expect(mail?.attachments).toEqual([
      expect.objectContaining({ filename: `constancia-${code}.pdf`, contentType: 'application/pdf' }),
    ])
    const pdf = await t.ports.files.get(mail?.attachments?.[0]?.key ?? '')
    expect(pdf).not.toBeNull()
    const text = pdfText(pdf ?? new Uint8Array())
    for (const expected of [
      'María Carmen Del Río González',
      '44.444.444-4',
      code,
      '139 bis',
      '21.779',
      '1ª Comisaría Santiago Central',
    ]) {
      expect(text).toContain(expected)
    }
    // What the citizen declared, in the form's words, and the distance Carabineros measured.
    const flat = text.replace(/\s+/g, ' ')
    const km = String(found.distanciaKm)
    expect(flat).toContain('más de doscientos kilómetros de su local de votación')
    expect(flat).toContain(`Distancia medida ${km} km, de la unidad policial a Punta Arenas (más de 200 km)`)
    expect(flat).toContain(`está a ${km} kilómetros de la comuna de su local de votación, más de doscientos`)
    expect(flat).not.toContain('domicilio')
    const qr = pdfQr(pdf ?? new Uint8Array())
    expect(qr).toMatch(/^http:\/\/localhost:8787\/verificar#CV1\./)
    const token = qr?.split('#')[1] ?? ''
    const checked = (await (
      await t.app.request('/api/verificar', {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ token }),
      })
    ).json()) as { firmaValida: boolean; estado: { valido: boolean; run: string } }
    expect(checked).toMatchObject({ firmaValida: true, estado: { valido: true, run: '44.4XX.XXX-4' } })
    const publicView = await t.app.request(`/api/verificar/${code}`)
    expect(await publicView.json()).toMatchObject({
      valido: true,
      tipo: 'constancia_voto',
      estado: 'validada',
      run: '44.4XX.XXX-4',
    })
    expect((await citizen.get(`/api/constancias-voto/${code}/pdf`)).headers.get('content-type')).toBe(
      'application/pdf',
    )
  })

  it('accepts a document expired exactly twelve months before the primaries, not a day more', async () => {
    expect(oldestAcceptedExpiry('2025-06-29')).toBe('2024-06-29')
    expect(oldestAcceptedExpiry('2024-02-29')).toBe('2023-02-28')
    const { officer, code } = await setup()
    const old = await officer.post(`/api/funcionarios/constancias-voto/${code}/validar`, {
      ...documento,
      vencimiento: '2024-06-28',
    })
    expect(old.status).toBe(400)
    expect(((await old.json()) as { fields: unknown }).fields).toEqual([
      { field: 'vencimiento', message: expect.stringContaining('venció antes del 29-06-2024') },
    ])
    const boundary = await officer.post(`/api/funcionarios/constancias-voto/${code}/validar`, {
      ...documento,
      vencimiento: '2024-06-29',
    })
    expect(boundary.status).toBe(200)
  })

  it('refuses a document of another RUN: the code is personal and non-transferable', async () => {
    const { t, officer, code } = await setup()
    const response = await officer.post(`/api/funcionarios/constancias-voto/${code}/validar`, {
      ...documento,
      runDocumento: '88.888.888-8',
    })
    expect(response.status).toBe(400)
    expect(await response.json()).toMatchObject({
      fields: [{ field: 'runDocumento', message: expect.stringMatching(/intransferible/) }],
    })
    expect(await t.db.select().from(validacionesVoto)).toEqual([])
  })

  it('refuses to validate within 200 km of the polling place, whatever the officer writes: only rejecting is left', async () => {
    const { t, officer, code } = await setup('DEMO-12101-1')
    const found = (await (
      await officer.post('/api/funcionarios/constancias-voto/buscar', { code })
    ).json()) as {
      cerca: boolean
      distanciaKm: number
    }
    expect(found).toMatchObject({ cerca: true, distanciaKm: 0 })
    const near = await officer.post(`/api/funcionarios/constancias-voto/${code}/validar`, documento)
    expect(near.status).toBe(409)
    expect(await near.json()).toMatchObject({
      code: 'near_polling_place',
      message: expect.stringMatching(
        /^Esta unidad está a 0 km .*no se puede emitir .*Juzgado de Policía Local/,
      ),
    })
    // The override is gone (decision 0038): a justification is no field of the validation.
    const justified = await officer.post(`/api/funcionarios/constancias-voto/${code}/validar`, {
      ...documento,
      justificacion: 'Reside temporalmente en faena minera a 350 km; se presentó por traslado médico.',
    })
    expect(justified.status).toBe(400)
    expect(await justified.json()).toMatchObject({ fields: [{ field: 'justificacion' }] })
    expect(await t.db.select().from(validacionesVoto)).toEqual([])
    const [row] = await t.db.select().from(constanciasVoto).where(eq(constanciasVoto.code, code))
    expect(row?.estado).toBe('pendiente')
    const rejected = await officer.post(`/api/funcionarios/constancias-voto/${code}/rechazar`, {
      motivo: 'La unidad está a 0 km de su local de votación.',
    })
    expect(rejected.status).toBe(200)
  })

  it('lets one of two officers validating the same code at once win; the other gets a clear error', async () => {
    const { t, officer, code } = await setup()
    const second = (await signedInStaff(t, 'officer', 'second@carabineros.example.cl', 'DEMO-08101-1')).client
    const [a, b] = await Promise.all([
      officer.post(`/api/funcionarios/constancias-voto/${code}/validar`, documento),
      second.post(`/api/funcionarios/constancias-voto/${code}/validar`, documento),
    ])
    expect([a.status, b.status].sort()).toEqual([200, 409])
    const loser = a.status === 409 ? a : b
    expect(await loser.json()).toMatchObject({ code: 'already_resolved' })
    const [v] = await t.db.select({ n: count() }).from(validacionesVoto)
    expect(v?.n).toBe(1)
    const mails = await t.db
      .select()
      .from(outbox)
      .where(eq(outbox.subject, `Constancia Votación validada — ${code}`))
    expect(mails).toHaveLength(1)
  })

  it('refuses to validate after the window, or to reject a code twice', async () => {
    const { t, clock, officer, code } = await setup()
    const rejected = await officer.post(`/api/funcionarios/constancias-voto/${code}/rechazar`, {
      motivo: 'El documento no es del titular.',
    })
    expect(rejected.status).toBe(200)
    const again = await officer.post(`/api/funcionarios/constancias-voto/${code}/rechazar`, {
      motivo: 'Otra vez.',
    })
    expect(await again.json()).toMatchObject({ code: 'already_resolved' })
    const other = await setup('DEMO-13101-1', clock)
    // Ten minutes before the window closes a new shift signs in; the citizen arrives one second late.
    clock.set(new Date('2026-11-24T02:50:00Z'))
    const shift = (await signedInStaff(other.t, 'officer', 'night@carabineros.example.cl')).client
    clock.set(new Date('2026-11-24T03:00:00Z'))
    const late = await shift.post(`/api/funcionarios/constancias-voto/${other.code}/validar`, documento)
    expect(await late.json()).toMatchObject({ code: 'window_closed' })
    const [row] = await t.db.select().from(constanciasVoto).where(eq(constanciasVoto.code, code))
    expect(row?.estado).toBe('rechazada')
  })

  it('mails a rejection with its reason and what is left today, lists it with the reason, and lets the citizen be validated in person later that day', async () => {
    const { t, officer, citizen, code } = await setup()
    const motivo = 'La cédula venció hace más de doce meses antes de las primarias.'
    const rejected = await officer.post(`/api/funcionarios/constancias-voto/${code}/rechazar`, { motivo })
    expect(rejected.status).toBe(200)
    const [mail] = await t.db
      .select()
      .from(outbox)
      .where(eq(outbox.subject, `Solicitud rechazada ${code} — Constancia Votación`))
    expect(mail?.to).toBe('maria@example.cl')
    const text = mail?.text.replace(/\s+/g, ' ') ?? ''
    for (const expected of [
      `Motivo del rechazo: ${motivo}`,
      'acuda en persona, antes de las 23:59 del 23-11-2026',
      'con este código y su Cédula de Identidad o Pasaporte',
      `http://localhost:8787/constancias/votacion/${code}`,
      'Juzgado de Policía Local',
    ]) {
      expect(text).toContain(expected)
    }
    // «Mis trámites»: the row itself carries the reason.
    const mine = (await (await citizen.get('/api/mis-tramites')).json()) as {
      constanciasVoto: Record<string, unknown>[]
    }
    expect(mine.constanciasVoto[0]).toMatchObject({ code, estado: 'rechazada', motivoRechazo: motivo })

    // Back at a unit with a valid document the same day (decision 0081): validated, not rejected twice.
    const found = await officer.post('/api/funcionarios/constancias-voto/buscar', { code })
    expect(await found.json()).toMatchObject({
      estado: 'rechazada',
      motivoRechazo: motivo,
      eleccion: { estado: 'abierta' },
    })
    const validated = await officer.post(`/api/funcionarios/constancias-voto/${code}/validar`, documento)
    expect(validated.status).toBe(200)
    const [row] = await t.db.select().from(constanciasVoto).where(eq(constanciasVoto.code, code))
    expect(row).toMatchObject({ estado: 'validada', motivoRechazo: null })
    expect(await t.db.select({ resultado: validacionesVoto.resultado }).from(validacionesVoto)).toEqual([
      { resultado: 'validada' },
    ])
    const audit = await t.db
      .select()
      .from(auditLog)
      .where(eq(auditLog.subjectId, row?.id ?? ''))
    expect(audit.map((entry) => entry.action)).toEqual(
      expect.arrayContaining(['constancia_voto.rejected', 'constancia_voto.validated']),
    )
    expect(JSON.stringify(audit.find((entry) => entry.action === 'constancia_voto.validated'))).toContain(
      'La cédula venció',
    )
    // The supervisors' figures count it once, as validated: nothing pending, nothing rejected.
    const supervisor = (await signedInStaff(t, 'supervisor')).client
    const cifras = (await (
      await supervisor.get(`/api/supervisor/constancias-voto/cifras?eleccion=${ELECCION}`)
    ).json()) as { porRegion: unknown[] }
    expect(cifras.porRegion).toEqual([
      expect.objectContaining({ solicitudes: 1, validadas: 1, rechazadas: 0, pendientes: 0 }),
    ])
  })

  it('words the rejection’s e-mail in es, en and ht, with the reason and the document rule', () => {
    const params = {
      nombre: 'María',
      code: 'K7PXQ2MZ9A',
      eleccion: 'Segunda Votación Presidencial 2025',
      motivo: 'Documento de otra persona.',
      ventanaFin: new Date('2025-12-15T02:59:59.999Z'),
      fechaPrimarias: '2025-06-29',
      link: 'https://comisariavirtual.cl/constancias/votacion/K7PXQ2MZ9A',
    }
    for (const [locale, words] of [
      ['es', 'antes de las 23:59 del 14-12-2025'],
      ['en', 'before 23:59 on 14-12-2025'],
      ['ht', 'anvan 23:59 nan dat 14-12-2025'],
    ] as const) {
      const { subject, text } = rechazoMail[locale](params)
      expect(subject).toContain('K7PXQ2MZ9A')
      for (const expected of [words, 'Documento de otra persona.', '29-06-2025', params.link]) {
        expect(text.replace(/\s+/g, ' ')).toContain(expected)
      }
    }
  })

  it('works at the window’s last millisecond and refuses every path one millisecond later, naming the field in es, en and ht', async () => {
    // The demo election's window ends at 23:59:59.999 of 23-11-2026 in Santiago (summer time, UTC−3).
    const clock = fixedClock(new Date('2026-11-24T02:50:00Z'))
    const { officer, citizen, code, t } = await setup('DEMO-13101-1', clock)
    const austral = (await signedInStaff(t, 'officer', 'austral@carabineros.example.cl', 'DEMO-12101-1'))
      .client
    const buscar = async () =>
      (await (await officer.post('/api/funcionarios/constancias-voto/buscar', { code })).json()) as unknown
    clock.set(new Date('2026-11-24T02:59:59.999Z'))
    expect(await buscar()).toMatchObject({ estado: 'pendiente', eleccion: { estado: 'abierta' } })
    expect((await officer.post(`/api/funcionarios/constancias-voto/${code}/validar`, documento)).status).toBe(
      200,
    )
    expect((await austral.post('/api/funcionarios/constancias-voto/asistida', ASISTIDA)).status).toBe(201)

    clock.set(new Date('2026-11-24T03:00:00.000Z'))
    expect(await buscar()).toMatchObject({ eleccion: { estado: 'cerrada' } })
    const closed = {
      es: '«Elección»: el plazo de Elección de demostración se cerró el 23-11-2026 23:59',
      en: 'closed on 23-11-2026 23:59',
      ht: 'fèmen 23-11-2026 23:59',
    }
    for (const [lang, words] of Object.entries(closed)) {
      const headers = { 'accept-language': lang }
      const refusals = [
        await officer.post(`/api/funcionarios/constancias-voto/${code}/validar`, documento, headers),
        await officer.post(
          `/api/funcionarios/constancias-voto/${code}/rechazar`,
          { motivo: 'Tarde.' },
          headers,
        ),
        await austral.post(
          '/api/funcionarios/constancias-voto/asistida',
          { ...ASISTIDA, run: '55.555.555-5', runDocumento: '55.555.555-5', fechaNacimiento: '1979-07-02' },
          headers,
        ),
        await citizen.post('/api/constancias-voto/aviso', { eleccionId: ELECCION }, headers),
      ]
      for (const refused of refusals) {
        expect(refused.status).toBe(403)
        expect(await refused.json()).toMatchObject({
          code: 'window_closed',
          fields: [{ field: 'eleccionId', message: expect.stringContaining(words) }],
        })
      }
    }
    const [n] = await t.db.select({ n: count() }).from(constanciasVoto)
    expect(n?.n).toBe(2)
  })

  it('counts the day for supervisors: per hour, and per region with the codes still pending', async () => {
    const { t, officer, code } = await setup()
    await officer.post(`/api/funcionarios/constancias-voto/${code}/validar`, documento)
    const supervisor = (await signedInStaff(t, 'supervisor')).client
    expect((await officer.get('/api/supervisor/constancias-voto/cifras')).status).toBe(403)
    const cifras = (await (
      await supervisor.get(`/api/supervisor/constancias-voto/cifras?eleccion=${ELECCION}`)
    ).json()) as {
      porHora: { desde: string; solicitudes: number; validadas: number }[]
      porRegion: { region: string; solicitudes: number; validadas: number; pendientes: number }[]
    }
    expect(cifras.porHora).toHaveLength(24)
    const noon = cifras.porHora.find((h) => h.desde === '2026-11-23T12:00:00.000Z')
    expect(noon).toMatchObject({ solicitudes: 1, validadas: 1 })
    expect(cifras.porRegion).toEqual([
      {
        region: 'Magallanes y de la Antártica Chilena',
        solicitudes: 1,
        validadas: 1,
        rechazadas: 0,
        pendientes: 0,
      },
    ])
  })

  it('answers the public verification: 400 for a malformed code, 404 for an unknown one', async () => {
    const { t, code } = await setup()
    expect((await t.app.request('/api/verificar/abc')).status).toBe(400)
    expect((await t.app.request('/api/verificar/AAAAAAAAAA')).status).toBe(404)
    expect(await (await t.app.request(`/api/verificar/${code}`)).json()).toMatchObject({
      valido: false,
      estado: 'pendiente',
    })
  })
})

describe('the assisted constancia', () => {
  const asistida = ASISTIDA

  it('issues a validated constancia at once, with its receipt PDF and e-mail', async () => {
    const { t, officer } = await setup('DEMO-12101-1')
    const response = await officer.post('/api/funcionarios/constancias-voto/asistida', asistida)
    expect(response.status).toBe(201)
    const { code, estado } = (await response.json()) as { code: string; estado: string }
    expect(estado).toBe('validada')
    const pdf = await officer.get(`/api/funcionarios/constancias-voto/${code}/pdf`)
    const text = pdfText(new Uint8Array(await pdf.arrayBuffer())).replace(/\s+/g, ' ')
    expect(text).toContain('Constancia asistida en unidad policial')
    // Valentina votes in Santiago; the unit is in Punta Arenas.
    expect(text).toMatch(/Distancia medida 2\d{3} km, de la unidad policial a Santiago \(más de 200 km\)/)
    const [mail] = await t.db.select().from(outbox).where(eq(outbox.to, 'valentina@example.cl'))
    expect(mail?.attachments).toHaveLength(1)
  })

  it('completes a pending online request of the same citizen rather than duplicating it', async () => {
    const { t, officer, code } = await setup('DEMO-12101-1'.replace('12101', '13101'))
    const response = await officer.post('/api/funcionarios/constancias-voto/asistida', {
      ...asistida,
      run: '44.444.444-4',
      runDocumento: '44.444.444-4',
      fechaNacimiento: '1985-03-14',
      email: 'maria@example.cl',
      emailConfirmacion: 'maria@example.cl',
    })
    expect(response.status).toBe(201)
    expect(((await response.json()) as { code: string }).code).toBe(code)
    const [n] = await t.db.select({ n: count() }).from(constanciasVoto)
    expect(n?.n).toBe(1)
  })

  it('issues nothing at a unit within 200 km of the citizen’s polling place', async () => {
    const { t, officer } = await setup()
    const response = await officer.post('/api/funcionarios/constancias-voto/asistida', asistida)
    expect(response.status).toBe(409)
    expect(await response.json()).toMatchObject({ code: 'near_polling_place' })
    const [n] = await t.db.select({ n: count() }).from(constanciasVoto)
    expect(n?.n).toBe(1)
    expect(await t.db.select().from(validacionesVoto)).toEqual([])
  })

  it('names each missing field of the assisted form and writes nothing', async () => {
    const { t, officer } = await setup()
    const response = await officer.post('/api/funcionarios/constancias-voto/asistida', {
      ...asistida,
      avisoLeido: false,
      declaracionCiudadano: false,
      nombreCoincide: false,
      emailConfirmacion: 'x@example.cl',
    })
    expect(response.status).toBe(400)
    const fields = ((await response.json()) as { fields: { field: string; message: string }[] }).fields
    expect(fields).toEqual(
      expect.arrayContaining([
        {
          field: 'avisoLeido',
          message: 'Lea el aviso legal al ciudadano y marque «Leí el aviso legal al ciudadano».',
        },
        {
          field: 'declaracionCiudadano',
          message: expect.stringMatching(
            /^Marque «El ciudadano declara bajo su responsabilidad .* local de votación» solo si/,
          ),
        },
        { field: 'nombreCoincide', message: expect.not.stringContaining('solicitud') },
        { field: 'emailConfirmacion', message: expect.any(String) },
      ]),
    )
    const [n] = await t.db.select({ n: count() }).from(constanciasVoto)
    expect(n?.n).toBe(1)
  })
})
