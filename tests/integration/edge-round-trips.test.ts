import { eq } from 'drizzle-orm'
import type { Miniflare } from 'miniflare'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { localDate } from '../../core/time.ts'
import {
  casos,
  casosHistoria,
  casosPreguntas,
  denunciasClaves,
  informaciones,
  reclamos,
  reclamosValoraciones,
} from '../../db/schema/index.ts'
import {
  derivarRecibo,
  INFO_RESPUESTA,
  infoMesa,
  nuevoRecibo,
  sellarJson,
} from '../../web/informacion/cripto.ts'
import { certificadoRequest } from '../support/certificados.ts'
import { comprasRequest, DEMO, solicitudRequest } from '../support/demo.ts'
import { denunciaRequest } from '../support/denuncias.ts'
import { type Edge, startDemoEdge } from '../support/edge.ts'
import type { HranaServer } from '../support/hrana-server.ts'
import { mesaConClave, resolver, tipCifrado } from '../support/informacion.ts'
import { reclamoRequest } from '../support/reclamos.ts'
import { reencuentroRequest } from '../support/reencuentro.ts'

const ORIGIN = 'http://localhost:8787'
const VALENTINA = DEMO.valentina
/**
 * The most round trips to the database a submission may make before it is answered (issue 14),
 * a citizen's change to their case committed in the request included (decision 0063).
 */
const MAX_ROUND_TRIPS = 2

/**
 * A citizen's submission at the edge makes at most two round trips to the database: one for all
 * it reads (the session and the key's stored answer included), one for its writes. The real
 * bundle runs in workerd; the Turso stand-in counts the pipelines it receives (the shards commit
 * only when a test says, so that the pipelines counted are the submissions' own).
 */
describe('round trips to the database per submission, at the edge', () => {
  let edge: Edge
  let turso: HranaServer
  let mf: Miniflare
  let cookie: string
  const today = localDate(new Date())
  const tomorrow = localDate(new Date(Date.now() + 86_400_000))
  const yesterday = localDate(new Date(Date.now() - 86_400_000))
  const solicitud = () => solicitudRequest(today, VALENTINA.nacimiento, 'valentina@example.cl')

  beforeAll(async () => {
    const started = await startDemoEdge([VALENTINA], { PUBLIC_URL: ORIGIN })
    edge = started.edge
    cookie = started.cookies[0] ?? ''
    ;({ mf, turso } = edge)
    // The isolate's first request builds the app: not a submission's cost.
    await mf.dispatchFetch(`${ORIGIN}/api/health`)
  })

  afterAll(() => edge?.close())

  /**
   * Until the stand-in has received nothing for a quarter of a second: the work an earlier answer
   * left to `waitUntil` (its e-mail handed over and marked) is not counted as this request's.
   */
  async function settled() {
    for (let seen = -1; seen !== turso.pipelines; ) {
      seen = turso.pipelines
      await new Promise((resolve) => setTimeout(resolve, 250))
    }
  }

  /** Sends a submission and counts the pipelines the stand-in received until it was answered. */
  async function roundTrips(path: string, body: unknown, headers: Record<string, string> = {}) {
    await settled()
    const before = turso.pipelines
    const response = await mf.dispatchFetch(`${ORIGIN}${path}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', origin: ORIGIN, ...headers },
      body: JSON.stringify(body),
    })
    const text = await response.text()
    return { status: response.status, text, trips: turso.pipelines - before }
  }

  it.each<[string, string, () => unknown, () => Record<string, string>, number]>([
    [
      'a condolence on a memorial, signed with initials and comuna (its name read in the same batch)',
      '/api/condolencias',
      () => ({
        memorial: 'general',
        mensaje: 'Honor y gloria a su memoria.',
        firma: 'iniciales',
        comuna: '13101',
      }),
      () => ({ cookie, 'idempotency-key': 'rt-1' }),
      201,
    ],
    [
      'the legal notice of the election constancia',
      '/api/constancias-voto/aviso',
      () => ({ eleccionId: `demo-${today}` }),
      () => ({ cookie }),
      200,
    ],
    [
      'an election constancia',
      '/api/constancias-voto',
      solicitud,
      () => ({ cookie, 'idempotency-key': 'rt-2' }),
      201,
    ],
    [
      'a permit, after the three registries',
      '/api/permisos',
      () => comprasRequest(tomorrow, VALENTINA.serie),
      () => ({ cookie, 'idempotency-key': 'rt-3' }),
      201,
    ],
    [
      'a denuncia, with its case, its signed receipt and its e-mail',
      '/api/denuncias',
      () => denunciaRequest(yesterday),
      () => ({ cookie, 'idempotency-key': 'rt-4' }),
      201,
    ],
    [
      'a reclamo, with its case on the legal clock and its evidence list',
      '/api/reclamos',
      () => reclamoRequest(yesterday),
      () => ({ cookie, 'idempotency-key': 'rt-reclamo' }),
      201,
    ],
    [
      'a reencuentro request, with its case, its signed receipt and its e-mail',
      '/api/reencuentro',
      () => reencuentroRequest(),
      () => ({ cookie, 'idempotency-key': 'rt-reencuentro' }),
      201,
    ],
    [
      'a felicitación to an officer named, matched among the unit’s staff in the same read',
      '/api/felicitaciones',
      () => ({
        unidadCode: 'DEMO-13101-1',
        funcionarioNombre: 'Muñoz',
        funcionarioGrado: 'Cabo',
        mensaje: 'Gracias por su atención en la guardia.',
      }),
      () => ({ cookie, 'idempotency-key': 'rt-felicitacion' }),
      201,
    ],
    [
      'a constancia, signed, its PDF stored and e-mailed',
      '/api/certificados',
      () => certificadoRequest('extravio_celular', yesterday),
      () => ({ cookie, 'idempotency-key': 'rt-6' }),
      201,
    ],
  ])('%s: at most two, and one for its replay', async (_name, path, body, headers, status) => {
    const first = await roundTrips(path, body(), headers())
    expect(first.status, first.text).toBe(status)
    expect(first.trips).toBeLessThanOrEqual(MAX_ROUND_TRIPS)
    if (!headers()['idempotency-key']) return
    const replay = await roundTrips(path, body(), headers())
    expect(replay.text).toBe(first.text)
    expect(replay.trips).toBe(1)
  })

  it('a submission refused at its reads (the constancia asked again) reads once and writes nothing more', async () => {
    const again = await roundTrips('/api/constancias-voto', solicitud(), { cookie })
    expect(again.status).toBe(200)
    expect(again.trips).toBe(1)
  })

  /**
   * Decision 0080: the constancia asked again with another e-mail is refused, whether its shard or
   * Turso has the first; its contact is corrected in the request (once Turso has the request, as
   * its page reads it there), at most two round trips, its replay one.
   */
  it('an election constancia: asked again with another e-mail refused; its contact corrected, at most two, once', async () => {
    // The request (made above, or here when this test runs alone).
    await roundTrips('/api/constancias-voto/aviso', { eleccionId: `demo-${today}` }, { cookie })
    const made = await roundTrips('/api/constancias-voto', solicitud(), { cookie })
    expect([200, 201], made.text).toContain(made.status)
    const otra = { ...solicitud(), email: 'valentina@exampel.cl', emailConfirmacion: 'valentina@exampel.cl' }
    const refused = await roundTrips('/api/constancias-voto', otra, { cookie })
    expect(refused.status, refused.text).toBe(409)
    expect(JSON.parse(refused.text)).toMatchObject({ code: 'contact_differs' })
    await edge.flush()
    const again = await roundTrips('/api/constancias-voto', solicitud(), { cookie })
    expect(again.status, again.text).toBe(200)
    const { code } = JSON.parse(again.text) as { code: string }
    const correccion = {
      email: 'valentina.r@example.cl',
      emailConfirmacion: 'valentina.r@example.cl',
      telefono: '912345678',
    }
    const send = () =>
      roundTrips(`/api/constancias-voto/${code}/contacto`, correccion, {
        cookie,
        'idempotency-key': 'rt-contacto',
      })
    const first = await send()
    expect(first.status, first.text).toBe(200)
    expect(first.trips).toBeLessThanOrEqual(MAX_ROUND_TRIPS)
    expect(JSON.parse(first.text)).toMatchObject({ code, email: 'valentina.r@example.cl' })
    await edge.flush()
    const replay = await send()
    expect(replay.text).toBe(first.text)
    expect(replay.trips).toBe(1)
  })

  it('a denuncia shows on its citizen’s pages, and its receipt downloads, before and after Turso has it', async () => {
    const sent = await roundTrips('/api/denuncias', denunciaRequest(yesterday), {
      cookie,
      'idempotency-key': 'rt-5',
    })
    expect(sent.status, sent.text).toBe(201)
    const { numero } = JSON.parse(sent.text) as { numero: string }
    const get = (path: string) => mf.dispatchFetch(`${ORIGIN}${path}`, { headers: { cookie } })
    // Kept by the citizen's shard for Turso: its page answers from there; its receipt is in R2.
    expect(((await (await get(`/api/denuncias/${numero}`)).json()) as { estado: string }).estado).toBe(
      'recibida',
    )
    const mine = (await (await get('/api/mis-tramites')).json()) as { denuncias: { numero: string }[] }
    expect(mine.denuncias.map((d) => d.numero)).toContain(numero)
    await edge.flush()
    const page = (await (await get(`/api/denuncias/${numero}`)).json()) as { historia: { estado: string }[] }
    expect(page.historia.map((h) => h.estado)).toEqual(['recibida'])
    const pdf = await get(`/api/denuncias/${numero}/pdf`)
    expect(pdf.headers.get('content-type')).toBe('application/pdf')
    expect((await pdf.arrayBuffer()).byteLength).toBeGreaterThan(1000)
    // Its likely-duplicate keys came with it, in the same commit: the IMEI it shares with rt-4's.
    const claves = await edge.db
      .select({ clave: denunciasClaves.clave })
      .from(denunciasClaves)
      .innerJoin(casos, eq(casos.id, denunciasClaves.casoId))
      .where(eq(casos.numero, numero))
    expect(claves.map((c) => c.clave)).toContain('imei:352099001761481')
  })

  /**
   * A complainant's rating and reopening change a case guarded on its version: committed in the
   * request, not kept by a shard (decision 0056), in two round trips — one batch for the session,
   * the key's stored answer, the complaint and its case, one for the guarded writes with the
   * answer (decision 0063).
   */
  it('a complaint answered: its rating and its reopening, at most two each, once each', async () => {
    const sent = await roundTrips('/api/reclamos', reclamoRequest(yesterday), {
      cookie,
      'idempotency-key': 'rt-reclamo-2',
    })
    expect(sent.status, sent.text).toBe(201)
    const { numero } = JSON.parse(sent.text) as { numero: string }
    await edge.flush()
    // The office answered (its routes are worker/casos's; here the row says so).
    const [caso] = await edge.db.select().from(casos).where(eq(casos.numero, numero))
    const at = new Date()
    await edge.db
      .update(casos)
      .set({ estado: 'respondido', version: (caso?.version ?? 0) + 1, venceAt: null, cerradoAt: at })
      .where(eq(casos.numero, numero))
    await edge.db
      .update(reclamos)
      .set({ respuestaTexto: 'Se revisó su reclamo.', respuestaAt: at })
      .where(eq(reclamos.casoId, caso?.id ?? ''))
    await edge.db.insert(casosHistoria).values({
      id: `rt-${numero}`,
      casoId: caso?.id ?? '',
      at,
      estado: 'respondido',
      actorTipo: 'funcionario',
      actorId: null,
      detalle: { accion: 'contestar' },
    })
    const rated = await roundTrips(
      `/api/reclamos/${numero}/satisfaccion`,
      { satisfecho: true },
      {
        cookie,
        'idempotency-key': 'rt-valorar',
      },
    )
    expect(rated.status, rated.text).toBe(200)
    const reopened = await roundTrips(
      `/api/reclamos/${numero}/reabrir`,
      { motivo: 'La respuesta no considera el video que adjunté.' },
      { cookie, 'idempotency-key': 'rt-reabrir' },
    )
    expect(reopened.status, reopened.text).toBe(200)
    expect(rated.trips).toBeLessThanOrEqual(MAX_ROUND_TRIPS)
    expect(reopened.trips).toBeLessThanOrEqual(MAX_ROUND_TRIPS)
    const replay = await roundTrips(
      `/api/reclamos/${numero}/satisfaccion`,
      { satisfecho: true },
      {
        cookie,
        'idempotency-key': 'rt-valorar',
      },
    )
    expect(replay.text).toBe(rated.text)
    expect(replay.trips).toBe(1)
    const reopenedAgain = await roundTrips(
      `/api/reclamos/${numero}/reabrir`,
      { motivo: 'La respuesta no considera el video que adjunté.' },
      { cookie, 'idempotency-key': 'rt-reabrir' },
    )
    expect(reopenedAgain.text).toBe(reopened.text)
    expect(await edge.db.select().from(reclamosValoraciones)).toHaveLength(1)
    const [after] = await edge.db.select().from(casos).where(eq(casos.numero, numero))
    expect(after?.estado).toBe('en_analisis')
  })

  /**
   * A denuncia's owner adds information and answers staff's question: changes to the case guarded
   * on its version, committed in the request in two round trips (decision 0063). Two answers sent
   * at once under different keys: one is taken, the other refused (409), never both.
   */
  it('a denuncia: information added and a question answered, at most two each, once each', async () => {
    const sent = await roundTrips('/api/denuncias', denunciaRequest(yesterday), {
      cookie,
      'idempotency-key': 'rt-denuncia-cambio',
    })
    expect(sent.status, sent.text).toBe(201)
    const { numero } = JSON.parse(sent.text) as { numero: string }
    await edge.flush()
    /** Sent once and then again under its key: at most two round trips, its replay one and the same body. */
    const onceAndReplayed = async (path: string, texto: string, key: string, status: number) => {
      const send = () =>
        roundTrips(`/api/casos/${numero}/${path}`, { texto }, { cookie, 'idempotency-key': key })
      const first = await send()
      expect(first.status, first.text).toBe(status)
      expect(first.trips).toBeLessThanOrEqual(MAX_ROUND_TRIPS)
      const again = await send()
      expect(again.text).toBe(first.text)
      expect(again.trips).toBe(1)
    }
    await onceAndReplayed('informacion', 'Encontré la boleta.', 'rt-informacion', 201)
    /** Staff ask a question (their route is worker/casos's; here the rows say so). */
    const preguntar = async (id: string) => {
      const [caso] = await edge.db.select().from(casos).where(eq(casos.numero, numero))
      await edge.db
        .update(casos)
        .set({ estado: 'informacion_solicitada', version: (caso?.version ?? 0) + 1 })
        .where(eq(casos.numero, numero))
      await edge.db.insert(casosPreguntas).values({
        id,
        casoId: caso?.id ?? '',
        at: new Date(),
        preguntadoPor: 'rt-staff',
        pregunta: '¿De qué color era el teléfono?',
      })
      return caso?.id ?? ''
    }
    const casoId = await preguntar('rt-pregunta-1')
    await onceAndReplayed('respuestas', 'Era un iPhone 12 azul.', 'rt-respuesta', 200)
    await preguntar('rt-pregunta-2')
    const both = await Promise.all(
      ['rt-respuesta-a', 'rt-respuesta-b'].map((key) =>
        roundTrips(
          `/api/casos/${numero}/respuestas`,
          { texto: 'Azul, con funda negra.' },
          { cookie, 'idempotency-key': key },
        ),
      ),
    )
    expect(both.map((r) => r.status).sort()).toEqual([200, 409])
    const filas = await edge.db.select().from(casosPreguntas).where(eq(casosPreguntas.casoId, casoId))
    expect(filas.map((f) => f.respuesta).sort()).toEqual([
      'Azul, con funda negra.',
      'Encontré la boleta.',
      'Era un iPhone 12 azul.',
    ])
  })

  it('a copy racing its first send (both in flight at once): written once, at most two round trips each, the same answer once sent again', async () => {
    const sent = await roundTrips('/api/denuncias', denunciaRequest(yesterday), {
      cookie,
      'idempotency-key': 'rt-carrera-denuncia',
    })
    const { numero } = JSON.parse(sent.text) as { numero: string }
    await edge.flush()
    const send = () =>
      roundTrips(
        `/api/casos/${numero}/informacion`,
        { texto: 'La boleta, dos veces a la vez.' },
        { cookie, 'idempotency-key': 'rt-carrera' },
      )
    await settled()
    const before = turso.pipelines
    const both = await Promise.all([send(), send()])
    // Both counted together: each at most two (the one that lost on the key reads nothing more).
    expect(turso.pipelines - before).toBeLessThanOrEqual(2 * MAX_ROUND_TRIPS)
    const first = both.find((r) => r.status === 201)
    expect(first, JSON.stringify(both)).toBeDefined()
    for (const copy of both.filter((r) => r !== first)) {
      if (copy.status === 409) {
        // Ran beside the first and lost on the key: told to send again (decision 0083).
        expect(JSON.parse(copy.text)).toMatchObject({ code: 'idempotency_key_in_use' })
        const again = await send()
        expect(again.text).toBe(first?.text)
        expect(again.trips).toBe(1)
      } else expect(copy.text).toBe(first?.text)
    }
    const [caso] = await edge.db.select().from(casos).where(eq(casos.numero, numero))
    const filas = await edge.db
      .select()
      .from(casosPreguntas)
      .where(eq(casosPreguntas.casoId, caso?.id ?? ''))
    expect(filas.filter((f) => f.respuesta === 'La boleta, dos veces a la vez.')).toHaveLength(1)
  })

  it('a constancia shows on its citizen’s pages before and after Turso has it; its PDF once Turso has it', async () => {
    const sent = await roundTrips('/api/certificados', certificadoRequest('regimen_visitas', yesterday), {
      cookie,
      'idempotency-key': 'rt-7',
    })
    expect(sent.status, sent.text).toBe(201)
    const { codigo } = JSON.parse(sent.text) as { codigo: string }
    const get = (path: string) => mf.dispatchFetch(`${ORIGIN}${path}`, { headers: { cookie } })
    const propia = async () => (await (await get(`/api/certificados/${codigo}`)).json()) as { tipo: string }
    const lista = async () =>
      ((await (await get('/api/certificados')).json()) as { codigo: string }[]).map((c) => c.codigo)
    expect((await propia()).tipo).toBe('regimen_visitas')
    expect(await lista()).toContain(codigo)
    await edge.flush()
    expect((await propia()).tipo).toBe('regimen_visitas')
    expect(await lista()).toContain(codigo)
    const pdf = await get(`/api/certificados/${codigo}/pdf`)
    expect(pdf.headers.get('content-type')).toBe('application/pdf')
  })

  it('an anonymous tip: at most two, its copy answered as the first, its challenge refused a second time', async () => {
    await mesaConClave(edge.db)
    const challenge = await (await mf.dispatchFetch(`${ORIGIN}/api/informacion/desafio`)).json()
    const solved = await resolver(challenge as Parameters<typeof resolver>[0])
    const { body } = await tipCifrado('una información', solved)
    const first = await roundTrips('/api/informacion', body)
    expect(first.status, first.text).toBe(201)
    expect(first.trips).toBeLessThanOrEqual(MAX_ROUND_TRIPS)
    // Before Turso has it, the shard answers a copy with the first answer, and refuses the challenge twice.
    const copy = await roundTrips('/api/informacion', body)
    expect(copy.text).toBe(first.text)
    const other = await tipCifrado('otra, con el mismo desafío', solved)
    const reused = await roundTrips('/api/informacion', other.body)
    expect(reused.status, reused.text).toBe(400)
    expect(reused.text).toContain('"desafio"')
    await edge.flush()
    const kept = await edge.db.select({ reciboHash: informaciones.reciboHash }).from(informaciones)
    expect(kept.map((row) => row.reciboHash)).toEqual([body.reciboHash])
  })

  it('the way back: a consulta and a tipster’s message, at most two each; an unknown receipt too', async () => {
    const desk = await mesaConClave(edge.db, 'vehiculos')
    const solved = async () =>
      resolver(
        (await (await mf.dispatchFetch(`${ORIGIN}/api/informacion/desafio`)).json()) as Parameters<
          typeof resolver
        >[0],
      )
    const recibo = await derivarRecibo(nuevoRecibo())
    const { body } = await tipCifrado('ida y vuelta', await solved(), { desk, version: 1, id: 'vehiculos' })
    const tip = { ...body, reciboHash: recibo.reciboHash, respuestaClave: recibo.respuestaClave }
    expect((await roundTrips('/api/informacion', tip)).status).toBe(201)
    // The tipster comes back once Turso has the tip.
    await edge.flush()
    const consulta = await roundTrips('/api/informacion/consulta', {
      desafio: await solved(),
      reciboId: recibo.reciboId,
    })
    expect(consulta.status, consulta.text).toBe(200)
    expect(consulta.trips).toBeLessThanOrEqual(MAX_ROUND_TRIPS)
    const mensaje = {
      desafio: await solved(),
      reciboId: recibo.reciboId,
      mesa: {
        id: 'vehiculos',
        claveVersion: 1,
        ...(await sellarJson(desk.publicKey, infoMesa('vehiculos', 1), { v: 1, texto: 'más' })),
      },
      copia: await sellarJson(recibo.respuestaClave, INFO_RESPUESTA, { v: 1, texto: 'más' }),
    }
    const enviado = await roundTrips('/api/informacion/mensajes', mensaje)
    expect(enviado.status, enviado.text).toBe(201)
    expect(enviado.trips).toBeLessThanOrEqual(MAX_ROUND_TRIPS)
    // Before Turso has it, its copy is answered as the first by the shard.
    expect((await roundTrips('/api/informacion/mensajes', mensaje)).text).toBe(enviado.text)
    const otro = (await derivarRecibo(nuevoRecibo())).reciboId
    const [una, dos] = [
      await roundTrips('/api/informacion/consulta', { desafio: await solved(), reciboId: otro }),
      await roundTrips('/api/informacion/consulta', {
        desafio: await solved(),
        reciboId: recibo.reciboId.replace(/^./, (c) => (c === 'A' ? 'B' : 'A')),
      }),
    ]
    expect([una.status, dos.status]).toEqual([404, 404])
    expect(una.text).toBe(dos.text)
    expect(una.trips).toBeLessThanOrEqual(MAX_ROUND_TRIPS)
    await edge.flush()
    const vuelta = await roundTrips('/api/informacion/consulta', {
      desafio: await solved(),
      reciboId: recibo.reciboId,
    })
    expect((JSON.parse(vuelta.text) as { mensajes: unknown[] }).mensajes).toHaveLength(1)
  })
})
