import { and, eq } from 'drizzle-orm'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { casos, outbox, reclamos, users } from '../../db/schema/index.ts'
import { avisarSupervisores } from '../../worker/reclamos/aviso.ts'
import type { ReclamoView } from '../../worker/reclamos/schema.ts'
import { fixedClock, testApp } from '../support/app.ts'
import { signedInWithClaveUnica, testClaveUnica } from '../support/claveunica.ts'
import { CITIZEN, signedInCitizen, signedInStaff } from '../support/identity.ts'
import { pdfQr, pdfText } from '../support/pdf.ts'
import { reclamoRequest } from '../support/reclamos.ts'

/** Friday 4 December 2026, 12:00 in Santiago: due Wednesday 6 January 2027 (20 working days). */
const NOW = new Date('2026-12-04T15:00:00Z')
const clock = fixedClock(NOW)
let claveunica: Awaited<ReturnType<typeof testClaveUnica>>
let t: Awaited<ReturnType<typeof testApp>>
type Client = Awaited<ReturnType<typeof signedInStaff>>['client']
let valentina: Awaited<ReturnType<typeof signedInWithClaveUnica>>
/** The national office (no unit), a regional one of Valparaíso, the unit concerned's chief, another unit's. */
let oficina: Client
let oficinaValpo: Client
let jefeUnidad: Client
let jefeOtraUnidad: Client

/** What identifies Valentina: none of it may reach the unit. */
const IDENTIDAD = [
  'Valentina',
  'Sofía',
  'Pérez',
  'Núñez',
  '88.888.888-8',
  '88888888-8',
  '88888888',
  'valentina@example.cl',
  '8765 4321',
]

async function conCapacidades(email: string, capacidades: string[], unidadCode?: string | null) {
  await t.db
    .update(users)
    .set({ capacidades, ...(unidadCode === undefined ? {} : { unidadCode }) })
    .where(and(eq(users.email, email), eq(users.kind, 'staff')))
}

async function nuevoReclamo(extra: Record<string, unknown> = {}) {
  const sent = await valentina.post('/api/reclamos', reclamoRequest('2026-12-01', extra), {
    'Idempotency-Key': crypto.randomUUID(),
  })
  expect(sent.status, await sent.clone().text()).toBe(201)
  return String(((await sent.json()) as { numero: string }).numero)
}

const accion = (client: Client, numero: string, body: unknown) =>
  client.post(`/api/funcionarios/casos/${numero}/acciones`, body, { 'Idempotency-Key': crypto.randomUUID() })

beforeAll(async () => {
  claveunica = await testClaveUnica()
  t = await testApp({ env: claveunica.env, clock })
  valentina = await signedInWithClaveUnica(t.app, '88.888.888-8')
  oficina = (await signedInStaff(t, 'officer', 'oficina@carabineros.example.cl')).client
  await conCapacidades('oficina@carabineros.example.cl', ['reclamos.atender'], null)
  oficinaValpo = (await signedInStaff(t, 'officer', 'oficina.valpo@carabineros.example.cl', 'DEMO-05101-1'))
    .client
  await conCapacidades('oficina.valpo@carabineros.example.cl', ['reclamos.atender'])
  jefeUnidad = (await signedInStaff(t, 'supervisor', 'jefe@carabineros.example.cl', 'DEMO-13101-1')).client
  jefeOtraUnidad = (await signedInStaff(t, 'supervisor', 'jefe.valpo@carabineros.example.cl', 'DEMO-05101-1'))
    .client
}, 60_000)
afterAll(() => claveunica.provider.close())

describe('the complaints office', () => {
  it('asks the unit concerned for its account: the unit reads the facts only — never who complained — and answers once; the office reads it, the citizen never sees it', async () => {
    const numero = await nuevoReclamo({
      relato:
        'Yo, Valentina Pérez (RUN 88.888.888-8, valentina@example.cl, +56 9 8765 4321), pedí ayuda en la guardia y el cabo me insultó delante de todos.',
      telefono: '+56 9 8765 4321',
    })
    const pedido = await accion(oficina, numero, {
      accion: 'pedir_descargo',
      unidad: 'DEMO-13101-1',
      pedido: 'Informe qué ocurrió en la guardia el 1 de diciembre a las 18:30 y quién estaba de turno.',
    })
    expect(pedido.status, await pedido.clone().text()).toBe(200)

    // Every byte the unit receives: its list, the request, its answer, its errors.
    const recibido: string[] = []
    const leer = async (response: Response) => {
      const text = await response.text()
      recibido.push(text)
      return { status: response.status, body: JSON.parse(text) as Record<string, unknown> }
    }
    const lista = await leer(await jefeUnidad.get('/api/funcionarios/reclamos/descargos'))
    expect(lista.status).toBe(200)
    const [item] = lista.body.descargos as { id: string; hechos: Record<string, unknown> }[]
    expect(item?.hechos).toMatchObject({ fecha: '2026-12-01', hora: '18:30', vehiculo: 'RP-1234' })
    expect(String(item?.hechos.relato)).toContain('el cabo me insultó')
    const id = item?.id ?? ''
    expect((await leer(await jefeUnidad.get(`/api/funcionarios/reclamos/descargos/${id}`))).status).toBe(200)
    expect((await leer(await jefeUnidad.get('/api/funcionarios/reclamos/descargos/nada'))).status).toBe(404)
    const corto = await leer(
      await jefeUnidad.post(`/api/funcionarios/reclamos/descargos/${id}`, { descargo: 'no' }),
    )
    expect(corto.status).toBe(400)
    const descargo =
      'El cabo de guardia indica que la persona fue atendida y derivada a la sala de denuncias.'
    const dado = await leer(await jefeUnidad.post(`/api/funcionarios/reclamos/descargos/${id}`, { descargo }))
    expect(dado.status).toBe(200)
    expect(Object.keys(dado.body).sort()).toEqual(['descargoAt', 'id'])
    const otraVez = await leer(
      await jefeUnidad.post(`/api/funcionarios/reclamos/descargos/${id}`, { descargo }),
    )
    expect(otraVez.status).toBe(409)
    const todo = recibido.join('\n')
    for (const dato of [...IDENTIDAD, numero]) expect(todo, dato).not.toContain(dato)

    // Another unit, a citizen: nothing.
    const otra = (await (await jefeOtraUnidad.get('/api/funcionarios/reclamos/descargos')).json()) as {
      descargos: unknown[]
    }
    expect(otra.descargos).toEqual([])
    expect((await jefeOtraUnidad.get(`/api/funcionarios/reclamos/descargos/${id}`)).status).toBe(404)
    expect(
      (await jefeOtraUnidad.post(`/api/funcionarios/reclamos/descargos/${id}`, { descargo })).status,
    ).toBe(404)
    expect((await valentina.get('/api/funcionarios/reclamos/descargos')).status).toBe(403)
    // The office reads the account in the case, not through the unit's routes.
    expect((await oficina.get('/api/funcionarios/reclamos/descargos')).status).toBe(403)
    // The unit's chief cannot open the complaint's case either.
    expect((await jefeUnidad.get(`/api/funcionarios/casos/${numero}`)).status).toBe(404)

    // The office reads the account in the case, with a staff-only history entry.
    const caso = (await (await oficina.get(`/api/funcionarios/casos/${numero}`)).json()) as {
      historia: { accion: string; actor: { unidad: string | null } }[]
      detalle: { descargos: { descargo: string | null }[] }
    }
    expect(caso.historia.map((h) => h.accion)).toEqual(['abrir', 'pedir_descargo', 'recibir_descargo'])
    expect(caso.detalle.descargos[0]?.descargo).toBe(descargo)
    // The citizen's history has neither step.
    for (const path of [`/api/reclamos/${numero}`, `/api/casos/${numero}`]) {
      const vista = await (await valentina.get(path)).text()
      expect(vista, path).not.toContain('descargo')
    }
  })

  it('answers the citizen: respondido, a signed PDF that /verificar knows, e-mailed with it attached; the answer on the complaint', async () => {
    const numero = await nuevoReclamo()
    const texto =
      'Revisamos los turnos y el libro de guardia; se instruyó al funcionario y se le recordará el trato debido al público.'
    expect((await accion(oficina, numero, { accion: 'contestar', texto: 'corto' })).status).toBe(400)
    const hecho = await accion(oficina, numero, { accion: 'contestar', texto })
    expect(await hecho.json()).toMatchObject({ numero, accion: 'contestar', estado: 'respondido' })
    const propio = (await (await valentina.get(`/api/reclamos/${numero}`)).json()) as ReclamoView
    expect(propio.respuesta).toEqual({
      texto,
      at: NOW.toISOString(),
      pdfUrl: `/api/reclamos/${numero}/respuesta/pdf`,
    })
    const pdf = await valentina.get(`/api/reclamos/${numero}/respuesta/pdf`)
    expect(pdf.headers.get('content-type')).toBe('application/pdf')
    const bytes = new Uint8Array(await pdf.arrayBuffer())
    expect(pdfText(bytes)).toContain('instruyó al funcionario')
    const token = (pdfQr(bytes) ?? '').split('#')[1] ?? ''
    const verificado = (await (await valentina.post('/api/verificar', { token })).json()) as Record<
      string,
      unknown
    >
    expect(verificado).toMatchObject({
      firmaValida: true,
      documento: { t: 'reclamo_respuesta', c: numero },
      estado: { tipo: 'reclamo', valido: true, estado: 'respondido' },
    })
    const [caso] = await t.db.select().from(casos).where(eq(casos.numero, numero))
    const correos = (await t.db.select().from(outbox)).filter((m) =>
      m.subject.includes('Respuesta a su reclamo'),
    )
    expect(correos).toHaveLength(1)
    expect(correos[0]).toMatchObject({ to: 'valentina@example.cl' })
    expect(correos[0]?.attachments?.[0]?.contentType).toBe('application/pdf')
    expect(caso).toMatchObject({ estado: 'respondido', venceAt: null })
    // Answered: no second answer.
    expect((await accion(oficina, numero, { accion: 'contestar', texto })).status).toBe(409)
    const otro = await signedInCitizen(t)
    expect((await otro.get(`/api/reclamos/${numero}/respuesta/pdf`)).status).toBe(404)
  })

  it('refers a complaint to the Fiscalía, where and why, shown to the citizen in their history', async () => {
    const numero = await nuevoReclamo()
    const body = {
      accion: 'remitir',
      destino: 'fiscalia',
      donde: 'Fiscalía Local de Santiago Centro',
      fundamento: 'Los hechos relatados podrían constituir el delito de apremios ilegítimos.',
    }
    expect((await accion(oficina, numero, { ...body, destino: 'policia' })).status).toBe(400)
    expect((await accion(oficina, numero, body)).status).toBe(200)
    const propio = (await (await valentina.get(`/api/reclamos/${numero}`)).json()) as ReclamoView
    expect(propio.derivacion).toEqual({
      destino: 'fiscalia',
      donde: body.donde,
      motivo: body.fundamento,
      at: NOW.toISOString(),
    })
    const vista = (await (await valentina.get(`/api/casos/${numero}`)).json()) as {
      estado: string
      historia: { accion: string; texto: string }[]
    }
    expect(vista.estado).toBe('derivado')
    expect(vista.historia.at(-1)).toMatchObject({
      accion: 'remitir',
      texto: `Derivado a ${body.donde}: ${body.fundamento}`,
    })
  })

  it('is national or per region: a regional office sees its region’s complaints only', async () => {
    const numero = await nuevoReclamo()
    expect((await oficinaValpo.get(`/api/funcionarios/casos/${numero}`)).status).toBe(404)
    expect((await accion(oficinaValpo, numero, { accion: 'analizar' })).status).toBe(404)
    const cola = (await (await oficinaValpo.get('/api/funcionarios/casos/reclamo/cola')).json()) as {
      casos: unknown[]
    }
    expect(cola.casos).toEqual([])
    expect((await oficina.get(`/api/funcionarios/casos/${numero}`)).status).toBe(200)
  })

  it('queues complaints overdue first, then by working days left, and reminds the supervisors once, two working days before', async () => {
    const primero = await nuevoReclamo()
    clock.set(new Date('2026-12-10T15:00:00Z'))
    // Days later, another complainant (an internal account: the local ClaveÚnica keeps real time).
    const camila = await signedInCitizen(t)
    const enviado = await camila.post(
      '/api/reclamos',
      reclamoRequest('2026-12-09', { email: CITIZEN.email }),
      {
        'Idempotency-Key': crypto.randomUUID(),
      },
    )
    const segundo = String(((await enviado.json()) as { numero: string }).numero)
    // Wednesday 6 January 2027: the first is due today; the second, received Thursday 10 December,
    // on Monday 11 January (25 December and 1 January are holidays): three working days left.
    clock.set(new Date('2027-01-06T15:00:00Z'))
    const supervisor = 'supervision@carabineros.example.cl'
    const supervisorValpo = 'supervision.valpo@carabineros.example.cl'
    await signedInStaff(t, 'officer', supervisor)
    await conCapacidades(supervisor, ['reclamos.supervisar'], null)
    await signedInStaff(t, 'officer', supervisorValpo, 'DEMO-05101-1')
    await conCapacidades(supervisorValpo, ['reclamos.supervisar'])
    const avisar = () => avisarSupervisores({ ...t.ports, publicUrl: 'http://localhost:8787' })
    const avisos = async (to: string) =>
      (await t.db.select().from(outbox).where(eq(outbox.to, to))).filter((m) =>
        m.subject.startsWith('Reclamo'),
      )
    const asuntos = async (to: string) => (await avisos(to)).map((m) => m.subject.replaceAll(' ', '')).join()
    await avisar()
    expect(await asuntos(supervisor)).toContain(primero)
    expect(await asuntos(supervisor)).not.toContain(segundo)
    // Valparaíso's supervisor hears of Valparaíso's complaints only: these are Santiago's.
    expect(await avisos(supervisorValpo)).toEqual([])
    const antes = (await avisos(supervisor)).length
    await avisar()
    expect(await avisos(supervisor)).toHaveLength(antes)

    // Thursday 7 January: two working days before the second's due date, its reminder, once.
    clock.set(new Date('2027-01-07T15:00:00Z'))
    await avisar()
    await avisar()
    expect(await avisos(supervisor)).toHaveLength(antes + 1)
    expect(await asuntos(supervisor)).toContain(segundo)
    const [marcado] = await t.db
      .select({ at: reclamos.avisoSupervisorAt })
      .from(reclamos)
      .innerJoin(casos, eq(casos.id, reclamos.casoId))
      .where(eq(casos.numero, segundo))
    expect(marcado?.at).toEqual(new Date('2027-01-07T15:00:00Z'))

    // The queue: the first overdue and on top, then by days left.
    const { client: nuevaOficina } = await signedInStaff(t, 'officer', 'oficina2@carabineros.example.cl')
    await conCapacidades('oficina2@carabineros.example.cl', ['reclamos.atender'], null)
    const cola = (await (
      await nuevaOficina.get('/api/funcionarios/casos/reclamo/cola?limite=100')
    ).json()) as {
      casos: { numero: string; diasRestantes: number; vencida: boolean }[]
    }
    const fila = (numero: string) => cola.casos.findIndex((c) => c.numero === numero)
    expect(cola.casos[fila(primero)]).toMatchObject({ vencida: true, diasRestantes: -1 })
    expect(cola.casos[fila(segundo)]).toMatchObject({ vencida: false, diasRestantes: 2 })
    expect(fila(primero)).toBeLessThan(fila(segundo))
    const dias = cola.casos.map((c) => c.diasRestantes)
    expect(dias).toEqual([...dias].sort((a, b) => a - b))
  })
})
