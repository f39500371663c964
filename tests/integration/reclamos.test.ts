import { eq } from 'drizzle-orm'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import {
  archivos,
  auditLog,
  casos,
  casosHistoria,
  cifras,
  outbox,
  reclamos,
  reclamosValoraciones,
} from '../../db/schema/index.ts'
import { verifyDocument } from '../../worker/documents/signing.ts'
import { runMaintenance } from '../../worker/maintenance.ts'
import { fixedClock, testApp } from '../support/app.ts'
import { fileOf, wholeUploads } from '../support/archivos.ts'
import { signedInWithClaveUnica, testClaveUnica } from '../support/claveunica.ts'
import { DEVICE_SECRET, testClient } from '../support/client.ts'
import { CITIZEN, signedInCitizen, signedInStaff } from '../support/identity.ts'
import { pdfQr, pdfText } from '../support/pdf.ts'
import { reclamoRequest } from '../support/reclamos.ts'

let claveunica: Awaited<ReturnType<typeof testClaveUnica>>
beforeAll(async () => {
  claveunica = await testClaveUnica()
})
afterAll(() => claveunica.provider.close())

/** Friday 4 December 2026, 12:00 in Santiago. */
const NOW = '2026-12-04T15:00:00Z'

async function setup() {
  const clock = fixedClock(new Date(NOW))
  const t = await testApp({ env: claveunica.env, clock })
  const valentina = await signedInWithClaveUnica(t.app, '88.888.888-8')
  return { t, valentina, clock }
}

type Client = Awaited<ReturnType<typeof setup>>['valentina']
interface Problem {
  code: string
  fields?: { field: string; message: string }[]
}

async function enviar(client: Client, body: unknown, key: string = crypto.randomUUID(), lang = 'es') {
  const response = await client.post(`/api/reclamos?lang=${lang}`, body, { 'Idempotency-Key': key })
  return { status: response.status, body: (await response.json()) as Record<string, unknown> & Problem }
}

describe('a citizen’s complaint about police conduct', () => {
  it('is received with a número, opens a case held by no unit, due in 20 working days, with its history; only its owner reads it', async () => {
    const { t, valentina } = await setup()
    const sent = await enviar(valentina, reclamoRequest('2026-12-01'), 'reclamo-1')
    expect(sent.status, JSON.stringify(sent.body)).toBe(201)
    const numero = String(sent.body.numero)
    expect(numero).toMatch(/^[A-Z2-9]{10}$/)
    // 20 working days from Friday 4 December: 8 and 25 December and 1 January skipped → Wednesday
    // 6 January 2027, to its last millisecond in Santiago (UTC−3 in summer).
    expect(sent.body).toMatchObject({
      estado: 'recibido',
      venceAt: '2027-01-07T02:59:59.999Z',
      fecha: '2026-12-01',
    })

    // The same key again: the same answer, one case.
    const again = await enviar(valentina, reclamoRequest('2026-12-01'), 'reclamo-1')
    expect(again.body.numero).toBe(numero)
    const [caso] = await t.db.select().from(casos)
    expect(await t.db.select().from(casos)).toHaveLength(1)
    // Confidential by construction: the case names no unit; the unit concerned is the complaint's own.
    expect(caso).toMatchObject({
      servicio: 'reclamo',
      estado: 'recibido',
      unidadCode: null,
      comunaCut: '13101',
    })
    const [row] = await t.db.select().from(reclamos)
    expect(row).toMatchObject({
      unidadCode: 'DEMO-13101-1',
      tipo: 'negativa_atencion',
      identidad: 'claveunica',
      run: '88888888-8',
      vehiculo: 'RP-1234',
    })
    expect(row?.respuestas.funcionario).toEqual({
      grado: 'Cabo',
      senas: 'Alto, lentes, placa terminada en 42',
    })
    const historia = await t.db
      .select()
      .from(casosHistoria)
      .where(eq(casosHistoria.casoId, caso?.id ?? ''))
    expect(historia.map((h) => [h.estado, h.detalle])).toEqual([['recibido', { accion: 'abrir' }]])
    const audit = await t.db.select().from(auditLog).where(eq(auditLog.action, 'reclamo.filed'))
    expect(audit).toHaveLength(1)
    expect(JSON.stringify(audit)).not.toContain('DEMO-13101-1')

    const counted = await t.db.select().from(cifras).where(eq(cifras.servicio, 'reclamos'))
    expect(counted.map((c) => [c.evento, c.comunaCut, c.n]).sort()).toEqual([
      ['recibida', '', 1],
      ['recibida', '13101', 1],
    ])

    // The e-mail, with the receipt attached; the receipt: the complaint as sent, the due date, signed.
    const [mail] = await t.db.select().from(outbox)
    expect(mail?.to).toBe('valentina@example.cl')
    expect(mail?.subject).toContain(`${numero.slice(0, 3)} ${numero.slice(3, 6)} ${numero.slice(6)}`)
    expect(mail?.text).toContain('06-01-2027 23:59')
    expect(mail?.attachments?.[0]).toMatchObject({ contentType: 'application/pdf' })
    const response = await valentina.get(`/api/reclamos/${numero}/pdf`)
    expect(response.headers.get('content-type')).toBe('application/pdf')
    const pdf = new Uint8Array(await response.arrayBuffer())
    const text = pdfText(pdf)
    for (const shown of [
      '88.888.888-8',
      'Verificada con ClaveÚnica',
      'Cabo',
      'RP-1234',
      'Rosa Pérez',
      '06-01-2027 23:59',
      'disculpas',
    ])
      expect(text, shown).toContain(shown)
    const qr = pdfQr(pdf) ?? ''
    const firma = await verifyDocument(
      qr.split('#')[1] ?? '',
      t.ports.keys.all.map((key) => key.publicJwk),
    )
    expect(firma.valid && firma.payload).toMatchObject({ t: 'reclamo', c: numero, n: '', r: '' })

    const propio = await valentina.get(`/api/reclamos/${numero}`)
    expect(await propio.json()).toMatchObject({
      numero,
      estado: 'recibido',
      unidad: expect.any(String),
      historia: [{ estado: 'recibido', detalle: { accion: 'abrir' } }],
    })
    // Another citizen: not found.
    const camila = await signedInCitizen(t)
    expect((await camila.get(`/api/reclamos/${numero}`)).status).toBe(404)
    expect((await camila.get(`/api/reclamos/${numero}/pdf`)).status).toBe(404)
    // The unit's own officer: their queue of cases has nothing, the case is not found.
    const { client: officer } = await signedInStaff(t, 'officer')
    expect((await officer.get(`/api/funcionarios/casos/${numero}`)).status).toBe(404)
    // The complaints office (an administrator holds `reclamos.atender` by default) has it in its queue.
    const { client: oficina } = await signedInStaff(t, 'admin')
    expect((await oficina.get(`/api/funcionarios/casos/${numero}`)).status).toBe(200)
    const cola = (await (await oficina.get('/api/funcionarios/casos/reclamo/cola')).json()) as {
      casos: { numero: string }[]
    }
    expect(cola.casos.map((c) => c.numero)).toEqual([numero])
  })

  it('from a verified internal account is kept as self-declared; an unverified one cannot send', async () => {
    const { t } = await setup()
    const camila = await signedInCitizen(t)
    const sent = await enviar(camila, reclamoRequest('2026-12-01', { email: CITIZEN.email }))
    expect(sent.status, JSON.stringify(sent.body)).toBe(201)
    const [row] = await t.db.select().from(reclamos)
    expect(row).toMatchObject({ identidad: 'self', run: '12345678-5' })

    const sinVerificar = testClient((path, init) => t.app.request(path, init))
    const persona = { ...CITIZEN, run: '11.111.111-1', email: 'sin.verificar@example.cl' }
    expect((await sinVerificar.post('/api/auth/register', persona)).status).toBe(202)
    const login = await sinVerificar.post('/api/auth/login', { run: persona.run, password: persona.password })
    expect(login.status).toBe(403)
    const refused = await sinVerificar.post('/api/reclamos', reclamoRequest('2026-12-01'), {
      'Idempotency-Key': crypto.randomUUID(),
      'Idempotency-Secret': DEVICE_SECRET,
    })
    expect(refused.status, await refused.clone().text()).toBe(401)
    expect(await t.db.select().from(reclamos)).toHaveLength(1)
  })

  it('carries the citizen’s evidence files, attached to its case', async () => {
    const { t, valentina } = await setup()
    const subir = wholeUploads(t.app, valentina.jar)
    const id = await subir('patrulla.jpg', fileOf('jpeg', 10_000))
    const sent = await enviar(valentina, reclamoRequest('2026-12-01', { archivos: [id] }))
    expect(sent.status, JSON.stringify(sent.body)).toBe(201)
    const [caso] = await t.db.select().from(casos)
    const [archivo] = await t.db.select().from(archivos).where(eq(archivos.id, id))
    expect(archivo?.casoId).toBe(caso?.id)
    const [row] = await t.db.select().from(reclamos)
    expect(row?.respuestas.archivos.map((a) => a.nombre)).toEqual(['patrulla.jpg'])
  })

  it.each<[string, Record<string, unknown>, string, string]>([
    [
      'a day in the future',
      { fecha: '2026-12-05', hora: '10:00' },
      'fecha',
      'no puede ser una fecha u hora futura',
    ],
    ['a day more than two years back', { fecha: '2024-11-30' }, 'fecha', 'más de 2 años'],
    ['an unknown unit', { unidadCode: 'NO-EXISTE' }, 'unidadCode', 'no es una unidad policial conocida'],
    ['an unknown comuna', { comunaCut: '99999' }, 'comunaCut', ''],
    ['no request', { peticion: '' }, 'peticion', 'Qué solicita'],
    ['an unknown kind', { tipoReclamo: 'robo' }, 'tipoReclamo', 'De qué se trata su reclamo'],
    ['an unknown field', { rut: '1-9' }, 'rut', ''],
    ['the declaration unticked', { veracidad: false }, 'veracidad', ''],
  ])('refuses %s naming the field, and changes nothing', async (_, extra, field, message) => {
    const { t, valentina } = await setup()
    const refused = await enviar(valentina, reclamoRequest('2026-12-01', extra))
    expect(refused.status, JSON.stringify(refused.body)).toBe(400)
    const issue = refused.body.fields?.find((f) => f.field === field)
    expect(issue?.message, JSON.stringify(refused.body)).toContain(message)
    expect(await t.db.select().from(casos)).toEqual([])
  })

  it('is pseudonymised with its case, five years after the case closed: the person and the receipt go, the unit stays', async () => {
    const { t, valentina, clock } = await setup()
    expect((await enviar(valentina, reclamoRequest('2026-12-01'))).status).toBe(201)
    // Answering is the case machinery's (worker/casos): here the row says when it closed.
    await t.db.update(casos).set({ estado: 'respondido', cerradoAt: new Date('2026-12-10T12:00:00Z') })
    const [before] = await t.db.select().from(reclamos)
    expect(await t.ports.files.get(before?.pdfKey ?? '')).not.toBeNull()
    // The complainant's word on the answer (worker/reclamos/ciudadano.ts): its comment goes, the yes or no stays.
    await t.db.insert(reclamosValoraciones).values({
      id: 'v-1',
      casoId: before?.casoId ?? '',
      respuestaAt: new Date('2026-12-10T12:00:00Z'),
      at: new Date('2026-12-11T12:00:00Z'),
      satisfecho: false,
      comentario: 'No respondió lo que pedí.',
      comunaCut: '13101',
    })
    clock.set(new Date('2031-12-12T12:00:00Z'))
    await runMaintenance(t.ports)
    const [after] = await t.db.select().from(reclamos)
    expect(after).toMatchObject({
      unidadCode: 'DEMO-13101-1',
      hechoFecha: '2026-12-01',
      comunaCut: '13101',
      run: `~${after?.casoId}`,
      nombres: '',
      email: '',
      relato: '',
      peticion: '',
      vehiculo: null,
      pdfKey: null,
      respuestas: { funcionario: {}, testigos: [], archivos: [] },
    })
    expect(after?.depuradoAt).not.toBeNull()
    expect(await t.db.select().from(reclamosValoraciones)).toMatchObject([
      { satisfecho: false, comentario: null },
    ])
    expect(await t.ports.files.get(before?.pdfKey ?? '')).toBeNull()
  })

  it('words its own errors in English and Haitian Creole', async () => {
    const { valentina } = await setup()
    const en = await enviar(valentina, reclamoRequest('2024-01-01'), undefined, 'en')
    expect(en.body.fields?.[0]?.message).toContain('cannot be made through this service')
    const ht = await enviar(valentina, reclamoRequest('2026-12-01', { unidadCode: 'X' }), undefined, 'ht')
    expect(ht.body.fields?.[0]?.message).toContain('se pa yon inite polis nou konnen')
  })
})
