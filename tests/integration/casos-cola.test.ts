import { beforeAll, describe, expect, it } from 'vitest'
import { consultaTriaje } from '../../worker/casos/cifras.ts'
import { consultaPorEstado, filtrosDeCola } from '../../worker/casos/cola.ts'
import { servicioDeCasos } from '../../worker/casos/servicios.ts'
import { fixedClock, testApp } from '../support/app.ts'
import { ciudadano, nuevoCaso } from '../support/casos.ts'
import { signedInStaff } from '../support/identity.ts'

type Client = Awaited<ReturnType<typeof signedInStaff>>['client']
interface Fila {
  numero: string
  estado: string
  creadoAt: string
  venceAt: string | null
  edadMin: number
  restanteMin: number | null
  vencida: boolean
  region: string
  unidadCode: string | null
}
interface Pagina {
  casos: Fila[]
  siguiente: string | null
}

const HOUR = 3_600_000
const clock = fixedClock(new Date('2026-11-23T12:00:00Z'))
let t: Awaited<ReturnType<typeof testApp>>
let analista: Client
let supervisor: Client
let oficial: Client
let oficialValpo: Client
/** Cases by name, opened an hour apart from 30 hours before the clock's noon. */
const n: Record<string, string> = {}

const cola = async (client: Client, query = '') => {
  const response = await client.get(`/api/funcionarios/casos/denuncia/cola${query}`)
  expect(response.status).toBe(200)
  return (await response.json()) as Pagina
}
const accion = (numero: string, body: unknown) =>
  analista.post(`/api/funcionarios/casos/${numero}/acciones`, body)

beforeAll(async () => {
  t = await testApp({ clock })
  const { userId } = await ciudadano(t, '88888888-8')
  analista = (await signedInStaff(t, 'supervisor', 'analista@carabineros.example.cl', 'DEMO-08101-1')).client
  supervisor = analista
  oficial = (await signedInStaff(t, 'officer', 'oficial@carabineros.example.cl', 'DEMO-13101-1')).client
  oficialValpo = (await signedInStaff(t, 'officer', 'valpo@carabineros.example.cl', 'DEMO-05101-1')).client
  const start = clock.now().getTime() - 30 * HOUR
  const abrir = async (name: string, hour: number, comunaCut: string) => {
    n[name] = await nuevoCaso(t.ports, { userId, comunaCut, at: new Date(start + hour * HOUR) })
  }
  await abrir('vieja', 0, '13101')
  await abrir('valpo', 1, '05101')
  await abrir('analizada', 2, '13101')
  await abrir('derivadaSantiago', 3, '13101')
  await abrir('derivadaValpo', 4, '05101')
  await abrir('reciente', 20, '13123')
  await abrir('nueva', 29, '13101')
  expect((await accion(n.analizada ?? '', { accion: 'analizar' })).status).toBe(200)
  expect((await accion(n.derivadaSantiago ?? '', { accion: 'derivar', unidad: 'DEMO-13101-1' })).status).toBe(
    200,
  )
  // Within the staff's idle limit (15 minutes).
  clock.advance(10 * 60_000)
  expect((await accion(n.derivadaValpo ?? '', { accion: 'derivar', unidad: 'DEMO-05101-1' })).status).toBe(
    200,
  )
}, 60_000)

describe('the triage queue', () => {
  it('lists the cases waiting for triage oldest first, each with its age against the 24-hour target', async () => {
    const { casos } = await cola(analista)
    expect(casos.map((c) => c.numero)).toEqual([n.vieja, n.valpo, n.analizada, n.reciente, n.nueva])
    expect(casos[0]).toMatchObject({
      estado: 'recibida',
      edadMin: 30 * 60 + 10,
      restanteMin: -6 * 60 - 10,
      vencida: true,
    })
    expect(casos[3]).toMatchObject({ edadMin: 10 * 60 + 10, restanteMin: 13 * 60 + 50, vencida: false })
  })

  it('pages through the queue without repeating or skipping a case', async () => {
    const first = await cola(analista, '?limite=2')
    expect(first.casos).toHaveLength(2)
    const second = await cola(analista, `?limite=2&desde=${first.siguiente}`)
    const third = await cola(analista, `?limite=2&desde=${second.siguiente}`)
    expect(third.siguiente).toBeNull()
    expect([...first.casos, ...second.casos, ...third.casos].map((c) => c.numero)).toEqual(
      (await cola(analista)).casos.map((c) => c.numero),
    )
  })

  it('filters by state and region, and refuses filters it does not know, naming them', async () => {
    expect((await cola(analista, '?estado=derivada')).casos.map((c) => c.numero)).toEqual([
      n.derivadaSantiago,
      n.derivadaValpo,
    ])
    expect((await cola(analista, '?region=05&estado=recibida,derivada')).casos.map((c) => c.numero)).toEqual([
      n.valpo,
      n.derivadaValpo,
    ])
    expect((await cola(analista, '?estado=derivada&unidad=DEMO-05101-1')).casos.map((c) => c.numero)).toEqual(
      [n.derivadaValpo],
    )
    for (const [query, field] of [
      ['?estado=borrada', 'estado'],
      ['?estado=recibida;drop', 'estado'],
      ['?tipo=robo', 'tipo'],
      ['?limite=0', 'limite'],
      ['?region=RM', 'region'],
      ['?desde=ayer', 'desde'],
    ]) {
      const response = await analista.get(`/api/funcionarios/casos/denuncia/cola${query}`)
      expect(await response.json(), query).toMatchObject({ status: 400, fields: [{ field }] })
    }
    expect((await analista.get('/api/funcionarios/casos/no-existe/cola')).status).toBe(404)
  })

  it('shows a unit’s officers only what was derived to their unit, whatever they ask', async () => {
    expect((await cola(oficial)).casos.map((c) => c.numero)).toEqual([n.derivadaSantiago])
    expect((await cola(oficial, '?unidad=DEMO-05101-1')).casos.map((c) => c.numero)).toEqual([
      n.derivadaSantiago,
    ])
    expect((await cola(oficial, '?estado=recibida')).casos).toEqual([])
    expect((await cola(oficialValpo)).casos.map((c) => c.numero)).toEqual([n.derivadaValpo])
  })

  it('reads each state in its index’s order: no sort of the backlog, for the analysts or a unit', async () => {
    const plan = async (query: { toSQL(): { sql: string; params: unknown[] } }) => {
      const { sql, params } = query.toSQL()
      const result = await t.client.execute({ sql: `EXPLAIN QUERY PLAN ${sql}`, args: params as never[] })
      return result.rows.map((row) => String(row.detail))
    }
    const denuncia = servicioDeCasos('denuncia')
    if (!denuncia) throw new Error('no denuncia')
    const cola = (estado: string, filtros: Parameters<typeof filtrosDeCola>[2]) =>
      plan(consultaPorEstado(t.db, 'denuncia', estado, filtrosDeCola(t.db, denuncia, filtros), 51))
    const analistas = (await cola('recibida', { region: '13', desde: '1.1' })).join('\n')
    expect(analistas).toMatch(
      /SEARCH casos USING INDEX casos_cola_idx \(servicio=\? AND estado=\? AND created_at>\?\)/,
    )
    const unidad = (await cola('derivada', { unidad: 'DEMO-13101-1', desde: '1.1' })).join('\n')
    expect(unidad).toMatch(
      /SEARCH casos USING INDEX casos_unidad_idx \(unidad_code=\? AND estado=\? AND created_at>\?\)/,
    )
    for (const shown of [analistas, unidad]) expect(shown).not.toMatch(/TEMP B-TREE/)
    const triadas = await plan(consultaTriaje(t.db, 'denuncia', new Date(0), clock.now()))
    expect(triadas.join('\n')).toMatch(
      /SEARCH casos USING INDEX casos_triada_idx \(servicio=\? AND triada_at>\? AND triada_at<\?\)/,
    )
  })
})

describe('the supervisors’ figures of denuncias', () => {
  it('counts the day per hour and region, with the time to triage and those past the target now', async () => {
    const response = await supervisor.get('/api/supervisor/denuncias/cifras?fecha=2026-11-23')
    expect(response.status).toBe(200)
    const cifras = await response.json()
    expect(cifras.porHora).toHaveLength(24)
    const recibidas = cifras.porHora.reduce((sum: number, h: { recibida: number }) => sum + h.recibida, 0)
    // The clock's day in Chile starts at 03:00Z: of the seven, only the last was opened since.
    expect(recibidas).toBe(1)
    expect(cifras.porRegion).toContainEqual(
      expect.objectContaining({ regionCode: '13', triada: 1, derivada: 1 }),
    )
    // Triaged today: derived 27 h and 26 h 10 min after they arrived.
    expect(cifras.triaje).toEqual({ triadas: 2, medianaMin: 26 * 60 + 10, p90Min: 27 * 60, fueraDePlazo: 2 })
    expect(cifras.vencidas).toBe(3)
    const again = await supervisor.get('/api/supervisor/denuncias/cifras?fecha=2026-11-23', {
      'if-none-match': response.headers.get('etag') ?? '',
    })
    expect(again.status).toBe(304)
    expect((await oficial.get('/api/supervisor/denuncias/cifras')).status).toBe(403)
  })
})
