import { count, eq } from 'drizzle-orm'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { auditLog, permisos, permisosRechazados, registroCivil } from '../../db/schema/index.ts'
import { verifyDocument } from '../../worker/documents/signing.ts'
import { fixedClock, testApp } from '../support/app.ts'
import { signedInWithClaveUnica, testClaveUnica } from '../support/claveunica.ts'
import { signedInStaff } from '../support/identity.ts'
import { pdfQr, pdfText } from '../support/pdf.ts'

let claveunica: Awaited<ReturnType<typeof testClaveUnica>>
beforeAll(async () => {
  claveunica = await testClaveUnica()
})
afterAll(() => claveunica.provider.close())

type T = Awaited<ReturnType<typeof testApp>>

/** Monday 23 November 2026, 09:00 in Santiago; Santiago (13101) is in quarantine in the demo data. */
async function setup(now = '2026-11-23T12:00:00Z') {
  const clock = fixedClock(new Date(now))
  return { ...(await testApp({ env: claveunica.env, clock })), clock }
}

const VALENTINA = { run: '88.888.888-8', serie: 'A034567890' }
const compras = (serieCedula: string, extra: Record<string, unknown> = {}) => ({
  tipoId: 'compras',
  comunaCut: '13101',
  fecha: '2026-11-23',
  hora: '10:00',
  destino: 'Supermercado, Av. Matta 1200',
  serieCedula,
  ...extra,
})

async function countOf(t: T, table: typeof permisos | typeof permisosRechazados) {
  const [row] = await t.db.select({ n: count() }).from(table)
  return row?.n ?? 0
}

async function refusalReasons(t: T) {
  const rows = await t.db.select().from(auditLog).where(eq(auditLog.action, 'permiso.refused'))
  return rows.map((row) => row.detail?.motivo)
}

describe('a permit in a comuna under quarantine', () => {
  it('is issued at once, signed, listed, downloadable, verifiable, and revocable by a supervisor', async () => {
    const t = await setup()
    const citizen = await signedInWithClaveUnica(t.app, VALENTINA.run)
    const ficha = (await (await citizen.get('/api/permisos/ficha')).json()) as {
      titular: { run: string }
      tipos: { id: string; cupoSemanal: number; usadosSemana: number }[]
      fases: { comunaCut: string; fase: string }[]
    }
    expect(ficha.titular.run).toBe('88.888.888-8')
    expect(ficha.tipos.find((tipo) => tipo.id === 'compras')).toMatchObject({
      cupoSemanal: 2,
      usadosSemana: 0,
    })
    expect(ficha.fases).toContainEqual(expect.objectContaining({ comunaCut: '13101', fase: 'cuarentena' }))

    // The serial as printed on newer cards' backs, with dots and lower case: read as the registry's.
    const request = compras('a.034.567.890')
    const created = await citizen.post('/api/permisos', request, { 'Idempotency-Key': 'permiso-1' })
    expect(created.status).toBe(201)
    const permiso = (await created.json()) as {
      code: string
      estado: string
      inicio: string
      fin: string
      token: string
    }
    expect(permiso).toMatchObject({
      estado: 'por_comenzar',
      inicio: '2026-11-23T13:00:00.000Z',
      fin: '2026-11-23T16:00:00.000Z',
    })
    const replay = await citizen.post('/api/permisos', request, { 'Idempotency-Key': 'permiso-1' })
    expect((await replay.json()) as unknown).toEqual(permiso)
    expect(await countOf(t, permisos)).toBe(1)

    const firma = await verifyDocument(
      permiso.token,
      t.ports.keys.all.map((key) => key.publicJwk),
    )
    expect(firma.valid && firma.payload).toMatchObject({
      t: 'permiso',
      c: permiso.code,
      n: 'Valentina Sofía Pérez Núñez',
      r: '88.8XX.XXX-8',
      d: Date.parse(permiso.inicio) / 1000,
      x: Date.parse(permiso.fin) / 1000,
    })

    const mine = (await (await citizen.get('/api/mis-tramites')).json()) as { permisos: { code: string }[] }
    expect(mine.permisos.map((p) => p.code)).toEqual([permiso.code])
    const pdf = new Uint8Array(await (await citizen.get(`/api/permisos/${permiso.code}/pdf`)).arrayBuffer())
    expect(pdfText(pdf)).toContain(permiso.code)
    expect(pdfText(pdf)).toContain('Compras de insumos básicos')
    expect(pdfQr(pdf)).toBe(`http://localhost:8787/verificar#${permiso.token}`)

    const publicCheck = async () =>
      (await (await t.app.request(`/api/verificar/${permiso.code}`)).json()) as Record<string, unknown>
    expect(await publicCheck()).toMatchObject({ tipo: 'permiso', valido: false, estado: 'por_comenzar' })
    t.clock.set(new Date('2026-11-23T13:30:00Z'))
    expect(await publicCheck()).toMatchObject({
      valido: true,
      estado: 'vigente',
      nombre: 'Valentina Sofía Pérez Núñez',
      run: '88.8XX.XXX-8',
    })

    const supervisor = await signedInStaff(t, 'supervisor')
    const motivo = 'Caso confirmado informado por la SEREMI después de la emisión'
    const revoked = await supervisor.client.post(`/api/supervisor/permisos/${permiso.code}/revocar`, {
      motivo,
    })
    expect(revoked.status).toBe(200)
    const again = await supervisor.client.post(`/api/supervisor/permisos/${permiso.code}/revocar`, { motivo })
    expect(again.status).toBe(409)
    const after = await publicCheck()
    expect(after).toMatchObject({ valido: false, estado: 'revocado' })
    expect(JSON.stringify(after)).not.toMatch(/SEREMI|confirmado/)
    const byToken = await t.app.request('/api/verificar', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ token: permiso.token }),
    })
    const checked = await byToken.text()
    expect(JSON.parse(checked)).toMatchObject({ firmaValida: true, estado: { estado: 'revocado' } })
    expect(checked).not.toMatch(/SEREMI|confirmado/)
    const holder = await signedInWithClaveUnica(t.app, VALENTINA.run) // the first session idled out
    const own = (await (await holder.get(`/api/permisos/${permiso.code}`)).json()) as { estado: string }
    expect(own.estado).toBe('revocado')
  })

  it('answers each broken rule naming its field, and writes nothing', async () => {
    const t = await setup()
    const citizen = await signedInWithClaveUnica(t.app, VALENTINA.run)
    const cases: [Record<string, unknown>, string, RegExp][] = [
      [{ comunaCut: '12101' }, 'comunaCut', /Punta Arenas no está en cuarentena/],
      [{ comunaCut: '13123' }, 'comunaCut', /Providencia no está en cuarentena/],
      [{ comunaCut: '99999' }, 'comunaCut', /Comuna/],
      [{ hora: '20:00' }, 'hora', /dura 3 h .* entre las 07:00 y las 22:00/],
      [{ fecha: '2026-11-24', hora: '06:30' }, 'hora', /entre las 07:00/],
      [{ hora: '08:00' }, 'fecha', /desde ahora y hasta 7 días/],
      [{ fecha: '2026-12-05' }, 'fecha', /7 días/],
      [{ fecha: '2026-02-30' }, 'fecha', /fecha válida/],
      [{ tipoId: 'paseo' }, 'tipoId', /Tipo de permiso/],
      [{ tipoId: 'salud' }, 'campos.establecimiento', /Establecimiento de salud/],
      [{ serieCedula: 'XX' }, 'serieCedula', /Número de documento/],
      [{ destino: '' }, 'destino', /Dirección de destino/],
    ]
    for (const [change, field, message] of cases) {
      const response = await citizen.post('/api/permisos', compras(VALENTINA.serie, change))
      expect(response.status, field).toBe(400)
      const body = (await response.json()) as { fields: { field: string; message: string }[] }
      expect(body.fields[0]?.field, JSON.stringify(change)).toBe(field)
      expect(body.fields[0]?.message).toMatch(message)
    }
    // Providencia is in transition: Saturday needs a permit, and gets one.
    const saturday = await citizen.post(
      '/api/permisos',
      compras(VALENTINA.serie, { comunaCut: '13123', fecha: '2026-11-28' }),
    )
    expect(saturday.status).toBe(201)
    expect(await countOf(t, permisos)).toBe(1)
    expect(await countOf(t, permisosRechazados)).toBe(0)
  })

  it('requires ClaveÚnica', async () => {
    const t = await setup()
    const anonymous = await t.app.request('/api/permisos/ficha')
    expect(anonymous.status).toBe(401)
  })
})

describe('the registries', () => {
  it('refuse a confirmed case, a person under house arrest, a dead or unknown RUN and a wrong card serial; each refusal recorded and audited', async () => {
    const t = await setup()
    const refuse = async (run: string, serie: string, status: number, code: string, words: RegExp) => {
      const citizen = await signedInWithClaveUnica(t.app, run)
      const response = await citizen.post('/api/permisos', compras(serie))
      expect(response.status, run).toBe(status)
      const body = (await response.json()) as { code: string; message: string; fields?: { field: string }[] }
      expect(body.code).toBe(code)
      expect(body.message + JSON.stringify(body.fields ?? [])).toMatch(words)
      return citizen
    }
    await refuse('99.999.999-9', 'A045678901', 403, 'permit_refused_health', /Salud Responde/)
    await refuse('12.345.670-K', 'A056789012', 403, 'permit_refused_prison', /Gendarmería/)
    await refuse('44.444.444-4', 'A999999999', 400, 'validation_failed', /serieCedula.*|cédula vigente/)
    await t.db
      .update(registroCivil)
      .set({ fechaDefuncion: '2026-10-01' })
      .where(eq(registroCivil.run, '44444444-4'))
    await refuse('44.444.444-4', 'A012345678', 403, 'permit_refused_civil', /Registro Civil/)
    await t.db.delete(registroCivil).where(eq(registroCivil.run, '55555555-5'))
    const jose = await refuse('55.555.555-5', 'A023456789', 403, 'permit_refused_civil', /Registro Civil/)

    expect(await countOf(t, permisos)).toBe(0)
    expect(await countOf(t, permisosRechazados)).toBe(5)
    expect(await refusalReasons(t)).toEqual([
      'sanitario',
      'penitenciario',
      'civil_serie',
      'civil_fallecido',
      'civil_sin_registro',
    ])
    // A refusal is an answer like any other: its retry with the same key replays it, recording nothing more.
    const key = { 'Idempotency-Key': 'rechazo-1' }
    const first = await jose.post('/api/permisos', compras('A023456789'), key)
    const second = await jose.post('/api/permisos', compras('A023456789'), key)
    expect(second.headers.get('Idempotent-Replayed')).toBe('true')
    expect(await second.json()).toEqual(await first.json())
    expect(await countOf(t, permisosRechazados)).toBe(6)
  })
})

describe('the weekly quota', () => {
  it('holds under concurrent requests: of five at once, exactly the quota is issued', async () => {
    const t = await setup('2026-11-20T12:00:00Z') // a Friday, 09:00
    const jose = await signedInWithClaveUnica(t.app, '55.555.555-5')
    const responses = await Promise.all(
      ['10:00', '11:00', '12:00', '13:00', '14:00'].map((hora) =>
        jose.post('/api/permisos', compras('A023456789', { fecha: '2026-11-20', hora })),
      ),
    )
    const statuses = responses.map((r) => r.status).sort()
    expect(statuses).toEqual([201, 201, 409, 409, 409])
    const refused = (await responses.find((r) => r.status === 409)?.json()) as {
      code: string
      message: string
    }
    expect(refused).toMatchObject({ code: 'quota_exceeded' })
    expect(refused.message).toMatch(/2 permisos «Compras de insumos básicos».*lunes 23-11-2026/)
    expect(await countOf(t, permisos)).toBe(2)
    // Another type has its own quota; next week the count starts again.
    const salud = await jose.post('/api/permisos', {
      ...compras('A023456789', { tipoId: 'salud', fecha: '2026-11-20' }),
      campos: { establecimiento: 'CESAM Dr. Salvador Allende' },
    })
    expect(salud.status).toBe(201)
    const nextWeek = await jose.post('/api/permisos', compras('A023456789', { fecha: '2026-11-23' }))
    expect(nextWeek.status).toBe(201)
    // The form's hint counts as the quota does: by the week of the permit's day, each week the
    // form offers (today's and, seven days ahead, next week's).
    const ficha = (await (await jose.get('/api/permisos/ficha')).json()) as {
      tipos: { id: string; usadosSemana: number; usadosPorSemana: Record<string, number> }[]
    }
    expect(ficha.tipos.find((tipo) => tipo.id === 'compras')).toMatchObject({
      usadosSemana: 2,
      usadosPorSemana: { '2026-W47': 2, '2026-W48': 1 },
    })
    expect(ficha.tipos.find((tipo) => tipo.id === 'salud')?.usadosPorSemana).toEqual({
      '2026-W47': 1,
      '2026-W48': 0,
    })
  })
})

describe('administrators and supervisors', () => {
  it('change the rules as data, and read the day per hour and per comuna', async () => {
    const t = await setup()
    const admin = await signedInStaff(t, 'admin')
    const tipos = (await (await admin.client.get('/api/admin/permisos/tipos')).json()) as {
      items: { id: string; nombre: string; descripcion: string; campos: string[] }[]
    }
    const compra = tipos.items.find((tipo) => tipo.id === 'compras')
    expect(compra).toBeDefined()
    const changed = await admin.client.put('/api/admin/permisos/tipos/compras', {
      nombre: 'Compras de insumos básicos',
      descripcion: 'Supermercado o farmacia.',
      duracionMaxMin: 120,
      horaDesde: '08:00',
      horaHasta: '20:00',
      cupoSemanal: 1,
      campos: [],
      activo: true,
    })
    expect(changed.status).toBe(200)
    const bad = await admin.client.put('/api/admin/permisos/tipos/compras', { nombre: '' })
    expect(bad.status).toBe(400)
    const fase = await admin.client.post('/api/admin/permisos/fases', {
      comunaCut: '12101',
      fase: 'cuarentena',
      desde: '2026-11-23',
      hasta: '2026-12-06',
    })
    expect(fase.status).toBe(201)

    const citizen = await signedInWithClaveUnica(t.app, VALENTINA.run)
    const issued = await citizen.post('/api/permisos', compras(VALENTINA.serie, { comunaCut: '12101' }))
    expect(issued.status).toBe(201)
    expect(((await issued.json()) as { fin: string }).fin).toBe('2026-11-23T15:00:00.000Z')
    const second = await citizen.post('/api/permisos', compras(VALENTINA.serie, { hora: '15:00' }))
    expect(second.status).toBe(409)
    const benjamin = await signedInWithClaveUnica(t.app, '99.999.999-9')
    await benjamin.post('/api/permisos', compras('A045678901'))

    const supervisor = await signedInStaff(t, 'supervisor')
    const cifras = (await (
      await supervisor.client.get('/api/supervisor/permisos/cifras?fecha=2026-11-23')
    ).json()) as {
      porHora: { desde: string; emitidos: number; rechazados: number }[]
      porComuna: { cut: string; comuna: string; emitidos: number; rechazados: number }[]
    }
    expect(cifras.porHora).toHaveLength(24)
    expect(cifras.porHora[9]).toEqual({ desde: '2026-11-23T12:00:00.000Z', emitidos: 1, rechazados: 1 })
    expect(cifras.porComuna).toEqual(
      expect.arrayContaining([
        { cut: '12101', comuna: 'Punta Arenas', emitidos: 1, rechazados: 0 },
        { cut: '13101', comuna: 'Santiago', emitidos: 0, rechazados: 1 },
      ]),
    )
    const badDate = await supervisor.client.get('/api/supervisor/permisos/cifras?fecha=ayer')
    expect(badDate.status).toBe(400)
    const found = (await (
      await supervisor.client.get('/api/supervisor/permisos?run=88.888.888-8&finalidad=fiscalizacion')
    ).json()) as {
      items: unknown[]
    }
    expect(found.items).toHaveLength(1)
  })
})
