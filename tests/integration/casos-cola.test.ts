import { sql } from 'drizzle-orm'
import { beforeAll, describe, expect, it } from 'vitest'
import { casos, denuncias } from '../../db/schema/index.ts'
import { consultaTriaje } from '../../worker/casos/cifras.ts'
import { consultaPorEstado, filtrosDeCola } from '../../worker/casos/cola.ts'
import { ganchosDeTipo } from '../../worker/casos/ganchos.ts'
import { servicioDeCasos } from '../../worker/casos/servicios.ts'
import { DENUNCIA } from '../../worker/denuncias/estados.ts'
import { fixedClock, testApp } from '../support/app.ts'
import { casoRow, ciudadano, nuevoCaso } from '../support/casos.ts'
import { signedInStaff } from '../support/identity.ts'

type Client = Awaited<ReturnType<typeof signedInStaff>>['client']
interface Fila {
  numero: string
  tipo: string | null
  posibleDuplicado: boolean
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
  filtros: { tipo: boolean; duplicado: boolean }
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
      // Likely duplicates or all: there is no "not a duplicate" filter.
      ['?duplicado=no', 'duplicado'],
    ]) {
      const response = await analista.get(`/api/funcionarios/casos/denuncia/cola${query}`)
      expect(await response.json(), query).toMatchObject({ status: 400, fields: [{ field }] })
    }
    expect((await analista.get('/api/funcionarios/casos/no-existe/cola')).status).toBe(404)
  })

  it('gives each row its type and likely-duplicate mark, and filters by them, through the service’s hooks', async () => {
    // The denuncia filters by its type and its likely duplicates (worker/denuncias/ganchos.ts); these
    // cases have no report, so neither a type nor a key.
    expect(await cola(analista)).toMatchObject({ filtros: { tipo: true, duplicado: true } })
    expect((await cola(analista)).casos.every((c) => c.tipo === null && !c.posibleDuplicado)).toBe(true)
    // Stand-ins over `casos` for the denuncia's own hooks (its table is worker/denuncias's): a
    // type by region, and "a likely duplicate" for the cases of Valparaíso.
    const { ganchos } = DENUNCIA
    const antes = { ...ganchos }
    ganchos.tipoDeCaso = () =>
      sql<string>`case when ${casos.comunaCut} like '05%' then 'estafa' else 'hurto_simple' end`
    ganchos.filtroPosibleDuplicado = () => sql`${casos.comunaCut} = '05101'`
    ganchos.filtroTipo = (tipo) => sql`(${ganchos.tipoDeCaso?.()}) = ${tipo}`
    try {
      // A type's id as the offences' are written, with underscores.
      const hurtos = await cola(analista, '?tipo=hurto_simple')
      expect(hurtos.casos.map((c) => c.numero)).toEqual([n.vieja, n.analizada, n.reciente, n.nueva])
      const todos = await cola(analista, '?estado=recibida,derivada')
      expect(todos.filtros).toEqual({ tipo: true, duplicado: true })
      expect(todos.casos.map((c) => [c.numero, c.tipo, c.posibleDuplicado])).toEqual([
        [n.vieja, 'hurto_simple', false],
        [n.valpo, 'estafa', true],
        [n.derivadaSantiago, 'hurto_simple', false],
        [n.derivadaValpo, 'estafa', true],
        [n.reciente, 'hurto_simple', false],
        [n.nueva, 'hurto_simple', false],
      ])
      const duplicados = await cola(analista, '?estado=recibida,derivada&duplicado=si&limite=1')
      expect(duplicados.casos.map((c) => c.numero)).toEqual([n.valpo])
      const siguiente = await cola(
        analista,
        `?estado=recibida,derivada&duplicado=si&desde=${duplicados.siguiente}`,
      )
      expect(siguiente.casos.map((c) => c.numero)).toEqual([n.derivadaValpo])
      const cifras = await (await supervisor.get('/api/supervisor/denuncias/cifras?fecha=2026-11-22')).json()
      // The day before the clock's (Chile's 22 November): the six opened from 06:00Z on the 22nd.
      expect(cifras.porTipo).toEqual([
        { tipo: 'hurto_simple', n: 4 },
        { tipo: 'estafa', n: 2 },
      ])
    } finally {
      Object.assign(ganchos, {
        tipoDeCaso: antes.tipoDeCaso,
        filtroPosibleDuplicado: antes.filtroPosibleDuplicado,
      })
    }
  })

  it('reads each row’s type from the service’s own table by its key (ganchosDeTipo), for the rows, the filter and the figures', async () => {
    const escrita = async (numero: string | undefined, tipo: 'estafa' | 'hurto_simple') => {
      const caso = await casoRow(t.db, numero ?? '')
      await t.db.insert(denuncias).values({
        casoId: caso.id,
        tipo,
        respuestas: { objetos: [], detalles: {}, sospechosos: [], testigos: [], archivos: [] },
        hechoDesde: caso.createdAt,
        comunaCut: caso.comunaCut ?? '13101',
        lugar: 'Paradero',
        relato: 'Un relato de prueba, suficientemente largo para lo que pide el formulario.',
        run: '88888888-8',
        nombres: 'Valentina Sofía',
        apellidos: 'Pérez Núñez',
        identidad: 'claveunica',
        email: 'valentina@example.cl',
        comunaDomicilio: caso.comunaCut ?? '13101',
        token: 'token',
        createdAt: caso.createdAt,
      })
    }
    await escrita(n.vieja, 'estafa')
    await escrita(n.valpo, 'hurto_simple')
    const { ganchos } = DENUNCIA
    const antes = { ...ganchos }
    Object.assign(ganchos, ganchosDeTipo(denuncias, denuncias.casoId, denuncias.tipo))
    try {
      const todos = await cola(analista)
      expect(todos.filtros.tipo).toBe(true)
      expect(todos.casos.map((c) => c.tipo)).toEqual(['estafa', 'hurto_simple', null, null, null])
      expect((await cola(analista, '?tipo=estafa')).casos.map((c) => c.numero)).toEqual([n.vieja])
      const cifras = await (await supervisor.get('/api/supervisor/denuncias/cifras?fecha=2026-11-22')).json()
      expect(cifras.porTipo).toEqual([
        { tipo: '', n: 4 },
        { tipo: 'estafa', n: 1 },
        { tipo: 'hurto_simple', n: 1 },
      ])
      // The type by the service's primary key from each case of the index's range.
      const { sql: text, params } = consultaPorEstado(t.db, 'denuncia', 'recibida', [], 51, {
        tipo: ganchos.tipoDeCaso?.(),
      }).toSQL()
      const plan = await t.client.execute({ sql: `EXPLAIN QUERY PLAN ${text}`, args: params as never[] })
      expect(plan.rows.map((row) => String(row.detail)).join('\n')).toMatch(
        /SEARCH denuncias USING INDEX sqlite_autoindex_denuncias_1 \(caso_id=\?\)/,
      )
    } finally {
      Object.assign(ganchos, { tipoDeCaso: antes.tipoDeCaso, filtroTipo: antes.filtroTipo })
    }
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
    // Waiting now, whatever the day: the open states only (those sent or closed are in the day's counts).
    expect(cifras.porEstado).toEqual([
      { estado: 'recibida', n: 4 },
      { estado: 'en_analisis', n: 1 },
      { estado: 'informacion_solicitada', n: 0 },
      { estado: 'derivada', n: 2 },
    ])
    // Counts by the denuncia's type: these cases are opened without a report (tests/support/casos.ts),
    // so the day's one is counted under no type.
    expect(cifras.porTipo).toEqual([{ tipo: '', n: 1 }])
    const again = await supervisor.get('/api/supervisor/denuncias/cifras?fecha=2026-11-23', {
      'if-none-match': response.headers.get('etag') ?? '',
    })
    expect(again.status).toBe(304)
    expect((await oficial.get('/api/supervisor/denuncias/cifras')).status).toBe(403)
  })
})
