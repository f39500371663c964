import { eq } from 'drizzle-orm'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import {
  casos,
  casosHistoria,
  cifras,
  outbox,
  reclamos,
  reclamosValoraciones,
} from '../../db/schema/index.ts'
import { avisarSupervisores } from '../../worker/reclamos/aviso.ts'
import { fixedClock, testApp } from '../support/app.ts'
import { countersAndRecount } from '../support/cifras.ts'
import { testClaveUnica } from '../support/claveunica.ts'
import { testClient } from '../support/client.ts'
import { CITIZEN, signedInCitizen, signedInStaff } from '../support/identity.ts'
import { pdfQr } from '../support/pdf.ts'
import { reclamoRequest } from '../support/reclamos.ts'

let claveunica: Awaited<ReturnType<typeof testClaveUnica>>
beforeAll(async () => {
  claveunica = await testClaveUnica()
})
afterAll(() => claveunica.provider.close())

/** Friday 4 December 2026, 12:00 in Santiago. */
const RESPUESTA = 'Se revisó su reclamo y se instruyó al funcionario sobre el trato debido.'
const NOW = '2026-12-04T15:00:00Z'

interface View {
  numero: string
  unidad: string
  estado: string
  venceAt: string | null
  diasRestantes: number | null
  respuesta?: { texto: string; at: string; pdfUrl: string }
  satisfaccion?: { satisfecho: boolean; comentario?: string; at: string }
  puedeValorar: boolean
  reapertura?: { at: string; motivo: string }
  puedeReabrir: boolean
  reabrirHasta?: string
  historia: { at: string; estado: string; detalle: Record<string, string> }[]
  code?: string
  fields?: { field: string; message: string }[]
}

const MOTIVO = 'La respuesta no considera el video que adjunté al reclamo.'

/** A complaint sent by a citizen (a verified internal account: its sessions survive a moved clock) on NOW, and the office (an administrator) that works it. */
async function setup() {
  const clock = fixedClock(new Date(NOW))
  const t = await testApp({ env: claveunica.env, clock })
  let valentina = await signedInCitizen(t)
  /** Days later: sessions have idled out, the complainant signs in again. */
  const mover = async (iso: string) => {
    clock.set(new Date(iso))
    valentina = testClient((path, init) => t.app.request(path, init))
    await valentina.post('/api/auth/login', { run: CITIZEN.run, password: CITIZEN.password })
  }
  const sent = await valentina.post('/api/reclamos', reclamoRequest('2026-12-01', { email: CITIZEN.email }), {
    'Idempotency-Key': crypto.randomUUID(),
  })
  expect(sent.status, await sent.clone().text()).toBe(201)
  const { numero } = (await sent.json()) as { numero: string }
  // The office signs in afresh each time the clock has moved (a staff session idles out).
  let turno = 0
  const oficina = async () => {
    turno += 1
    return (await signedInStaff(t, 'admin', `oficina-${turno}@carabineros.example.cl`)).client
  }
  const ver = async () => (await (await valentina.get(`/api/reclamos/${numero}`)).json()) as View
  const post = async (path: string, body: unknown) => {
    const response = await valentina.post(`/api/reclamos/${numero}/${path}`, body, {
      'Idempotency-Key': crypto.randomUUID(),
    })
    return { status: response.status, body: (await response.json()) as View }
  }
  /** The office answers in writing (`contestar`: the signed answer). */
  const responder = async () => {
    const staff = await oficina()
    for (const body of [{ accion: 'analizar' }, { accion: 'contestar', texto: RESPUESTA }]) {
      const r = await staff.post(`/api/funcionarios/casos/${numero}/acciones`, body)
      if (body.accion === 'contestar') expect(r.status, await r.clone().text()).toBe(200)
    }
  }
  return { t, mover, oficina, numero, ver, post, responder, valentina: () => valentina }
}

describe('the complainant’s side of a complaint', () => {
  it('shows the legal due date and working days left; rating and reopening wait for the office’s decision', async () => {
    const { t, ver, post, valentina } = await setup()
    const view = await ver()
    expect(view).toMatchObject({
      estado: 'recibido',
      venceAt: '2027-01-07T02:59:59.999Z',
      diasRestantes: 20,
      puedeValorar: false,
      puedeReabrir: false,
    })
    expect(view.respuesta).toBeUndefined()
    // "Mis trámites": número, state, due date.
    const mine = (await (await valentina().get('/api/mis-tramites')).json()) as { reclamos: unknown[] }
    expect(mine.reclamos).toEqual([
      {
        numero: view.numero,
        estado: 'recibido',
        createdAt: '2026-12-04T15:00:00.000Z',
        venceAt: '2027-01-07T02:59:59.999Z',
        unidad: expect.any(String),
      },
    ])
    expect(view.reabrirHasta).toBeUndefined()
    expect((await post('satisfaccion', { satisfecho: true })).status).toBe(409)
    expect((await post('reabrir', { motivo: MOTIVO })).status).toBe(409)
    expect(await t.db.select().from(reclamosValoraciones)).toEqual([])

    // /verificar knows its receipt, by its número and by its QR: that it was received, when, its
    // state — not who complained, what about, nor the unit.
    const publico = await t.app.request(`/api/verificar/${view.numero}`)
    const text = await publico.text()
    expect(JSON.parse(text)).toEqual({
      code: view.numero,
      tipo: 'reclamo',
      valido: true,
      estado: 'recibido',
      recibidaAt: '2026-12-04T15:00:00.000Z',
    })
    const pdf = new Uint8Array(
      await (await valentina().get(`/api/reclamos/${view.numero}/pdf`)).arrayBuffer(),
    )
    const token = (pdfQr(pdf) ?? '').split('#')[1] ?? ''
    const porQr = await t.app.request('/api/verificar', {
      method: 'POST',
      headers: { 'content-type': 'application/json', origin: 'http://localhost:8787' },
      body: JSON.stringify({ token }),
    })
    expect(await porQr.json()).toMatchObject({ firmaValida: true, estado: { tipo: 'reclamo', valido: true } })
    for (const hidden of ['DEMO-13101-1', view.unidad, CITIZEN.email, '12.345.678-5', '12345678-5', 'Camila'])
      expect(text).not.toContain(hidden)
  })

  it('rates the answer once, dated in the history and counted in the figures; only the complainant may', async () => {
    const { t, mover, numero, ver, post, responder } = await setup()
    await mover('2026-12-10T15:00:00Z')
    await responder()
    const answered = await ver()
    expect(answered).toMatchObject({
      estado: 'respondido',
      venceAt: null,
      diasRestantes: null,
      respuesta: { at: '2026-12-10T15:00:00.000Z', pdfUrl: `/api/reclamos/${numero}/respuesta/pdf` },
      puedeValorar: true,
      puedeReabrir: true,
      // 30 calendar days after 10 December: the end of 9 January 2027 in Santiago.
      reabrirHasta: '2027-01-10T02:59:59.999Z',
    })

    // Someone else: not found, nothing written.
    const otra = await signedInCitizen(t, { ...CITIZEN, run: '11.111.111-1', email: 'otra@example.cl' })
    const ajeno = await otra.post(
      `/api/reclamos/${numero}/satisfaccion`,
      { satisfecho: true },
      {
        'Idempotency-Key': crypto.randomUUID(),
      },
    )
    expect(ajeno.status).toBe(404)

    await mover('2026-12-11T15:00:00Z')
    const rated = await post('satisfaccion', { satisfecho: false, comentario: 'No respondió lo que pedí.' })
    expect(rated.status, JSON.stringify(rated.body)).toBe(200)
    expect(rated.body).toMatchObject({
      satisfaccion: {
        satisfecho: false,
        comentario: 'No respondió lo que pedí.',
        at: '2026-12-11T15:00:00.000Z',
      },
      puedeValorar: false,
      puedeReabrir: true,
    })
    // What it answered is what a read gives.
    expect(await ver()).toEqual(rated.body)
    expect((await post('satisfaccion', { satisfecho: true })).status).toBe(409)
    expect(await t.db.select().from(reclamosValoraciones)).toHaveLength(1)
    const historia = await t.db.select().from(casosHistoria)
    // Whether, never why, in the history (read more widely than the complaint).
    expect(historia.map((h) => h.detalle).at(-1)).toEqual({ accion: 'valorar', satisfecho: 'no' })
    const counted = await t.db.select().from(cifras).where(eq(cifras.evento, 'insatisfecho'))
    expect(counted.map((c) => [c.comunaCut, c.n]).sort()).toEqual([
      ['', 1],
      ['13101', 1],
    ])
    const { kept, recounted } = await countersAndRecount(t.db)
    expect(kept).toEqual(recounted)
  })

  it.each<[string, string, Record<string, unknown>, string]>([
    ['a rating that is not yes or no', 'satisfaccion', { satisfecho: 'si' }, 'satisfecho'],
    ['a comment too long', 'satisfaccion', { satisfecho: true, comentario: 'x'.repeat(1001) }, 'comentario'],
    ['a reason too short to act on', 'reabrir', { motivo: 'No me gustó.' }, 'motivo'],
    ['an unknown field', 'reabrir', { motivo: MOTIVO, urgente: true }, 'urgente'],
  ])('refuses %s naming the field, and changes nothing', async (_, path, body, field) => {
    const { t, post, responder } = await setup()
    await responder()
    const before = await t.db.select().from(casos)
    const refused = await post(path, body)
    expect(refused.status, JSON.stringify(refused.body)).toBe(400)
    expect(refused.body.fields?.map((f) => f.field)).toContain(field)
    expect(await t.db.select().from(casos)).toEqual(before)
    expect(await t.db.select().from(reclamosValoraciones)).toEqual([])
  })

  it('reopens once within 30 days: back in the office’s queue on a new legal term, its close taken back from the figures', async () => {
    const { t, mover, numero, oficina, ver, post, responder } = await setup()
    await mover('2026-12-10T15:00:00Z')
    await responder()
    // Monday 4 January 2027, the 25th day.
    await mover('2027-01-04T15:00:00Z')
    const reopened = await post('reabrir', { motivo: MOTIVO })
    expect(reopened.status, JSON.stringify(reopened.body)).toBe(200)
    expect(reopened.body).toMatchObject({
      estado: 'en_analisis',
      // 20 working days from Monday 4 January 2027: Monday 1 February, to its end in Santiago.
      venceAt: '2027-02-02T02:59:59.999Z',
      diasRestantes: 20,
      reapertura: { at: '2027-01-04T15:00:00.000Z', motivo: MOTIVO },
      puedeReabrir: false,
      puedeValorar: false,
      // The earlier answer stays readable.
      respuesta: { at: '2026-12-10T15:00:00.000Z' },
    })
    expect(reopened.body.reabrirHasta).toBeUndefined()
    expect(await ver()).toEqual(reopened.body)
    const [caso] = await t.db.select().from(casos)
    expect(caso).toMatchObject({ estado: 'en_analisis', cerradoAt: null })
    const [row] = await t.db.select().from(reclamos)
    expect(row?.reaperturaMotivo).toBe(MOTIVO)
    const cola = (await (await (await oficina()).get('/api/funcionarios/casos/reclamo/cola')).json()) as {
      casos: { numero: string }[]
    }
    expect(cola.casos.map((c) => c.numero)).toEqual([numero])
    const { kept, recounted } = await countersAndRecount(t.db)
    expect(kept).toEqual(recounted)

    // Once only: answered again, it can be rated again, not reopened again.
    await mover('2027-01-11T15:00:00Z')
    const r = await (await oficina()).post(`/api/funcionarios/casos/${numero}/acciones`, {
      accion: 'contestar',
      texto: RESPUESTA,
    })
    expect(r.status, await r.clone().text()).toBe(200)
    const again = await ver()
    expect(again).toMatchObject({ estado: 'respondido', puedeValorar: true, puedeReabrir: false })
    expect(again.respuesta?.at).toBe('2027-01-11T15:00:00.000Z')
    expect((await post('reabrir', { motivo: MOTIVO })).status).toBe(409)
    expect((await post('satisfaccion', { satisfecho: true })).status).toBe(200)
    const after = await countersAndRecount(t.db)
    expect(after.kept).toEqual(after.recounted)
  })

  it('marks a reopened complaint in the office’s queue and case page, and reminds its supervisors of the new term too', async () => {
    const { t, mover, numero, oficina, post, responder } = await setup()
    const avisar = () => avisarSupervisores({ ...t.ports, publicUrl: 'http://localhost:8787' })
    const marca = async () => (await t.db.select({ at: reclamos.avisoSupervisorAt }).from(reclamos))[0]?.at
    const avisos = async () =>
      (await t.db.select().from(outbox)).filter((m) => m.subject.startsWith('Reclamo')).length
    // Monday 4 January 2027: due Tuesday 5 January, the reminder goes out; the office answers that day.
    await mover('2027-01-04T15:00:00Z')
    await oficina()
    expect(await avisar()).toBe(1)
    expect(await marca()).toEqual(new Date('2027-01-04T15:00:00Z'))
    const primeros = await avisos()
    expect(primeros).toBeGreaterThan(0)
    await responder()
    // Tuesday 5 January: reopened, on a new term to Tuesday 2 February; the reminder re-armed.
    await mover('2027-01-05T15:00:00Z')
    const reopened = await post('reabrir', { motivo: MOTIVO })
    expect(reopened.status, JSON.stringify(reopened.body)).toBe(200)
    expect(reopened.body.venceAt).toBe('2027-02-03T02:59:59.999Z')
    expect(await marca()).toBeNull()
    const staff = await oficina()
    const cola = (await (await staff.get('/api/funcionarios/casos/reclamo/cola')).json()) as {
      casos: { numero: string; reabierto?: boolean }[]
    }
    expect(cola.casos).toMatchObject([{ numero, reabierto: true }])
    const caso = (await (await staff.get(`/api/funcionarios/casos/${numero}`)).json()) as {
      detalle: { reapertura: { at: string; motivo: string } | null }
    }
    expect(caso.detalle.reapertura).toEqual({ at: '2027-01-05T15:00:00.000Z', motivo: MOTIVO })
    // Weeks before the new due date, nothing; two working days before it, the reminder again, once.
    await mover('2027-01-20T15:00:00Z')
    expect(await avisar()).toBe(0)
    await mover('2027-01-29T15:00:00Z')
    expect(await avisar()).toBe(1)
    expect(await avisar()).toBe(0)
    expect(await marca()).toEqual(new Date('2027-01-29T15:00:00Z'))
    expect(await avisos()).toBeGreaterThan(primeros)
  })

  it('asks the complainant for information: they answer in the portal, back to analysis, the legal due date kept, each step dated in their history', async () => {
    const { t, mover, oficina, numero, ver, valentina } = await setup()
    await mover('2026-12-07T15:00:00Z')
    const staff = await oficina()
    const pregunta = '¿Recuerda el número de la placa del funcionario de guardia?'
    for (const body of [{ accion: 'analizar' }, { accion: 'pedir_informacion', mensaje: pregunta }]) {
      const r = await staff.post(`/api/funcionarios/casos/${numero}/acciones`, body)
      expect(r.status, await r.clone().text()).toBe(200)
    }
    // The complaint says what is asked; the clock of the answer runs on (decision 0052).
    expect(await ver()).toMatchObject({
      estado: 'informacion_solicitada',
      venceAt: '2027-01-07T02:59:59.999Z',
    })
    const caso = (await (await valentina().get(`/api/casos/${numero}`)).json()) as Record<string, unknown>
    expect(caso).toMatchObject({ estado: 'informacion_solicitada', preguntaPendiente: { texto: pregunta } })

    await mover('2026-12-08T15:00:00Z')
    const respuesta = await valentina().post(
      `/api/casos/${numero}/respuestas`,
      { texto: 'Terminaba en 42; lo vi en su chaleco.' },
      { 'Idempotency-Key': crypto.randomUUID() },
    )
    expect(respuesta.status, await respuesta.clone().text()).toBe(200)
    const view = await ver()
    expect(view).toMatchObject({ estado: 'en_analisis', venceAt: '2027-01-07T02:59:59.999Z' })
    expect(view.historia.map((h) => [h.estado, h.at])).toEqual([
      ['recibido', '2026-12-04T15:00:00.000Z'],
      ['en_analisis', '2026-12-07T15:00:00.000Z'],
      ['informacion_solicitada', '2026-12-07T15:00:00.000Z'],
      ['en_analisis', '2026-12-08T15:00:00.000Z'],
    ])
    // The office reads the answer beside its question.
    const detalle = (await (await (await oficina()).get(`/api/funcionarios/casos/${numero}`)).json()) as {
      preguntas: { pregunta: string; respuesta: string | null }[]
    }
    expect(detalle.preguntas).toMatchObject([
      { pregunta, respuesta: 'Terminaba en 42; lo vi en su chaleco.' },
    ])
    const [fila] = await t.db.select().from(casos)
    expect(fila?.venceAt).toEqual(new Date('2027-01-07T02:59:59.999Z'))
  })

  it('cannot be reopened after the 30 days', async () => {
    const { t, mover, ver, post, responder } = await setup()
    await mover('2026-12-10T15:00:00Z')
    await responder()
    // 10 January 2027, 00:30 in Santiago: the 31st day.
    await mover('2027-01-10T03:30:00Z')
    expect(await ver()).toMatchObject({ puedeReabrir: false, reabrirHasta: '2027-01-10T02:59:59.999Z' })
    expect((await post('reabrir', { motivo: MOTIVO })).status).toBe(409)
    const [caso] = await t.db.select().from(casos)
    expect(caso?.estado).toBe('respondido')
  })
})
