import { eq } from 'drizzle-orm'
import type { Miniflare } from 'miniflare'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { localDate } from '../../core/time.ts'
import { openFileDatabase } from '../../db/open.ts'
import {
  condolencias,
  constanciasVoto,
  edgeCommits,
  felicitaciones,
  idempotencyKeys,
  outbox,
  permisos,
  reclamos,
} from '../../db/schema/index.ts'
import { CODE_ALPHABET } from '../../worker/codes.ts'
import { shardOf } from '../../worker/shards/protocol.ts'
import { countersAndRecount } from '../support/cifras.ts'
import { comprasRequest, DEMO, solicitudRequest } from '../support/demo.ts'
import { type Edge, startDemoEdge } from '../support/edge.ts'
import { reclamoRequest } from '../support/reclamos.ts'

const ORIGIN = 'http://localhost:8787'
const { valentina: VALENTINA, maria: MARIA, jose: JOSE } = DEMO

/**
 * The edge's write path (decision 0023): a submission is validated at the edge, kept by its shard
 * — a Durable Object — and answered; the shard commits it to Turso later, with others. What must
 * hold across submissions holds before Turso has them, and nothing is lost or doubled when Turso
 * is down or its answer is lost.
 */
describe('the submission shards at the edge', () => {
  let edge: Edge
  let mf: Miniflare
  const cookies = { valentina: '', maria: '', jose: '' }
  const today = localDate(new Date())
  const tomorrow = localDate(new Date(Date.now() + 86_400_000))

  beforeAll(async () => {
    const started = await startDemoEdge([VALENTINA, MARIA, JOSE], { PUBLIC_URL: ORIGIN })
    edge = started.edge
    mf = edge.mf
    ;[cookies.valentina = '', cookies.maria = '', cookies.jose = ''] = started.cookies
  })
  afterAll(() => edge?.close())

  async function post(path: string, cookie: string, body: unknown, headers: Record<string, string> = {}) {
    const response = await mf.dispatchFetch(`${ORIGIN}${path}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', origin: ORIGIN, cookie, ...headers },
      body: JSON.stringify(body),
    })
    return {
      status: response.status,
      headers: response.headers,
      json: (await response.json()) as Record<string, unknown>,
    }
  }
  const get = async (path: string, cookie: string) => {
    const response = await mf.dispatchFetch(`${ORIGIN}${path}`, { headers: { cookie } })
    return { status: response.status, json: (await response.json()) as Record<string, unknown> }
  }
  async function inTurso<T>(read: (db: Awaited<ReturnType<typeof openFileDatabase>>['db']) => Promise<T>) {
    const { client, db } = await openFileDatabase(`file:${edge.turso.path}`)
    try {
      return await read(db)
    } finally {
      await client.close()
    }
  }
  const solicitud = (who: { nacimiento: string }) => solicitudRequest(today, who.nacimiento)

  it('answers a constancia with its code at once, shows it to its citizen before Turso has it, then commits it once', async () => {
    const aviso = await post('/api/constancias-voto/aviso', cookies.valentina, {
      eleccionId: `demo-${today}`,
    })
    expect(aviso.status).toBe(200)
    // The notice is kept by the shard, not yet in Turso: the request right after it finds it there.
    const made = await post('/api/constancias-voto', cookies.valentina, solicitud(VALENTINA), {
      'idempotency-key': 'shard-1',
    })
    expect(made.status).toBe(201)
    const code = String(made.json.code)
    expect(code.charAt(0)).toBe(CODE_ALPHABET.charAt(shardOf(VALENTINA.run)))
    expect(await inTurso((db) => db.select().from(constanciasVoto))).toEqual([])

    const page = await get(`/api/constancias-voto/${code}`, cookies.valentina)
    expect(page).toEqual({ status: 200, json: made.json })
    const mine = await get('/api/mis-tramites', cookies.valentina)
    expect(mine.json.constanciasVoto).toEqual([made.json])
    // Another citizen does not see it, before or after.
    expect((await get(`/api/constancias-voto/${code}`, cookies.maria)).status).toBe(404)

    const replay = await post('/api/constancias-voto', cookies.valentina, solicitud(VALENTINA), {
      'idempotency-key': 'shard-1',
    })
    expect(replay.json).toEqual(made.json)
    expect(replay.headers.get('idempotent-replayed')).toBe('true')

    expect(await edge.flush()).toBeGreaterThanOrEqual(2)
    const rows = await inTurso((db) => db.select().from(constanciasVoto))
    expect(rows.map((row) => row.code)).toEqual([code])
    expect(
      await inTurso((db) => db.select().from(outbox).where(eq(outbox.to, 'ciudadano@example.cl'))),
    ).toHaveLength(1)
    expect(
      await inTurso((db) => db.select().from(idempotencyKeys).where(eq(idempotencyKeys.key, 'shard-1'))),
    ).toHaveLength(1)
    expect(await get(`/api/constancias-voto/${code}`, cookies.valentina)).toEqual({
      status: 200,
      json: made.json,
    })
    // Committed once, whatever is sent again.
    expect(await edge.flush()).toBe(0)
    expect(await inTurso((db) => db.$count(constanciasVoto))).toBe(1)
  })

  it('shows a complaint just sent to its citizen before Turso has it — its page, Mis trámites, /verificar — then commits it once', async () => {
    const yesterday = localDate(new Date(Date.now() - 86_400_000))
    const sent = await post('/api/reclamos', cookies.jose, reclamoRequest(yesterday), {
      'idempotency-key': 'shard-reclamo',
    })
    expect(sent.status, JSON.stringify(sent.json)).toBe(201)
    const numero = String(sent.json.numero)
    expect(await inTurso((db) => db.select().from(reclamos))).toEqual([])

    const page = await get(`/api/reclamos/${numero}`, cookies.jose)
    expect(page).toEqual({ status: 200, json: sent.json })
    expect(page.json).toMatchObject({
      estado: 'recibido',
      diasRestantes: 20,
      puedeValorar: false,
      puedeReabrir: false,
    })
    const mine = await get('/api/mis-tramites', cookies.jose)
    expect(mine.json.reclamos).toEqual([
      {
        numero,
        estado: 'recibido',
        createdAt: sent.json.createdAt,
        venceAt: sent.json.venceAt,
        unidad: sent.json.unidad,
      },
    ])
    const verificado = await get(`/api/verificar/${numero}`, '')
    expect(verificado.json).toMatchObject({ tipo: 'reclamo', valido: true, estado: 'recibido' })
    // Another citizen does not see it.
    expect((await get(`/api/reclamos/${numero}`, cookies.maria)).status).toBe(404)

    expect(await edge.flush()).toBeGreaterThanOrEqual(1)
    expect((await inTurso((db) => db.select().from(reclamos))).length).toBe(1)
    const read = await get(`/api/reclamos/${numero}`, cookies.jose)
    expect(read.status).toBe(200)
    expect(read.json).toMatchObject({ numero, estado: 'recibido', venceAt: sent.json.venceAt })
    const again = await get('/api/mis-tramites', cookies.jose)
    expect((again.json.reclamos as { numero: string }[]).map((r) => r.numero)).toEqual([numero])
  })

  it('shows a commendation just sent to its citizen before Turso has it — its receipt, Mis trámites — then commits it once', async () => {
    const sent = await post(
      '/api/felicitaciones',
      cookies.jose,
      {
        unidadCode: 'DEMO-13101-1',
        mensaje: 'Gracias por la atención y la paciencia en la guardia de la comisaría.',
        mostrarNombre: false,
      },
      { 'idempotency-key': 'shard-felicitacion' },
    )
    expect(sent.status, JSON.stringify(sent.json)).toBe(201)
    const numero = String(sent.json.numero)
    expect(await inTurso((db) => db.select().from(felicitaciones))).toEqual([])

    expect(await get(`/api/felicitaciones/${numero}`, cookies.jose)).toEqual({ status: 200, json: sent.json })
    expect((await get('/api/felicitaciones', cookies.jose)).json.items).toEqual([sent.json])
    // Another citizen does not see it.
    expect((await get(`/api/felicitaciones/${numero}`, cookies.maria)).status).toBe(404)
    expect((await get('/api/felicitaciones', cookies.maria)).json.items).toEqual([])

    expect(await edge.flush()).toBeGreaterThanOrEqual(1)
    expect((await inTurso((db) => db.select().from(felicitaciones))).map((f) => f.numero)).toEqual([numero])
    expect(await get(`/api/felicitaciones/${numero}`, cookies.jose)).toEqual({ status: 200, json: sent.json })
    // Listed once: from Turso now, no longer from the shard.
    expect((await get('/api/felicitaciones', cookies.jose)).json.items).toEqual([sent.json])
  })

  it('keeps one constancia per citizen when five are sent at once with five keys: every answer names the same code', async () => {
    expect(
      (await post('/api/constancias-voto/aviso', cookies.maria, { eleccionId: `demo-${today}` })).status,
    ).toBe(200)
    const answers = await Promise.all(
      [1, 2, 3, 4, 5].map((i) =>
        post('/api/constancias-voto', cookies.maria, solicitud(MARIA), { 'idempotency-key': `maria-${i}` }),
      ),
    )
    const codes = new Set(answers.map((answer) => answer.json.code))
    expect(codes.size).toBe(1)
    expect(answers.filter((answer) => answer.status === 201)).toHaveLength(1)
    expect(answers.filter((answer) => answer.status === 200)).toHaveLength(4)
    await edge.flush()
    const rows = await inTurso((db) =>
      db.select().from(constanciasVoto).where(eq(constanciasVoto.run, MARIA.run)),
    )
    expect(rows.map((row) => row.code)).toEqual([...codes])
  })

  it('holds the weekly permit quota under concurrent requests before Turso has any: of five, two issued', async () => {
    const request = comprasRequest(tomorrow, JOSE.serie)
    const answers = await Promise.all(
      [1, 2, 3, 4, 5].map((i) =>
        post('/api/permisos', cookies.jose, request, { 'idempotency-key': `jose-${i}` }),
      ),
    )
    expect(answers.map((answer) => answer.status).sort()).toEqual([201, 201, 409, 409, 409])
    expect(answers.filter((a) => a.status === 409).every((a) => a.json.code === 'quota_exceeded')).toBe(true)
    const issued = answers.filter((a) => a.status === 201).map((a) => String(a.json.code))
    // An officer verifies a permit issued moments ago, before Turso has it.
    const checked = await mf.dispatchFetch(`${ORIGIN}/api/verificar/${issued[0]}`)
    expect(await checked.json()).toMatchObject({ code: issued[0], tipo: 'permiso', run: '55.5XX.XXX-5' })
    await edge.flush()
    const rows = await inTurso((db) => db.select().from(permisos).where(eq(permisos.run, JOSE.run)))
    expect(rows.map((row) => row.code).sort()).toEqual(issued.sort())
    // The next request reads Turso's count: still two.
    const sixth = await post('/api/permisos', cookies.jose, request, { 'idempotency-key': 'jose-6' })
    expect(sixth.status).toBe(409)
  })

  it('keeps what it was given while Turso is down, and commits it, once, when Turso is back', async () => {
    // A condolence, a signed-in citizen's (decision 0065).
    const written = await post('/api/condolencias', cookies.maria, {
      memorial: 'general',
      mensaje: 'Fuerza a sus familias.',
      firma: 'completa',
    })
    expect(written.status).toBe(201)
    const before = await inTurso((db) => db.$count(edgeCommits))
    edge.turso.down = true
    await expect(edge.flush()).rejects.toThrow()
    edge.turso.down = false
    expect(await edge.flush()).toBe(1)
    expect(await inTurso((db) => db.$count(edgeCommits))).toBe(before + 1)
  })

  it('commits a batch whose answer was lost once: sent again, what Turso took is recognised by its edge_commits row', async () => {
    const written = await post('/api/condolencias', cookies.maria, {
      memorial: 'general',
      mensaje: 'Honor y gloria.',
      firma: 'completa',
    })
    const id = String(written.json.id)
    edge.turso.losingAnswers = true
    await expect(edge.flush()).rejects.toThrow()
    edge.turso.losingAnswers = false
    // Turso has it already; the shard does not know: it sends it again, and nothing is doubled.
    expect(await edge.flush()).toBe(1)
    expect(await inTurso((db) => db.select().from(condolencias).where(eq(condolencias.id, id)))).toHaveLength(
      1,
    )
  })

  it('never issues one code twice in a shard, whatever the edge drew', async () => {
    const shards = await mf.getDurableObjectNamespace('SHARDS', 'portal')
    const stub = shards.get(shards.idFromName('0')) as unknown as {
      submit(shard: string, submission: unknown): Promise<{ kind: string }>
    }
    const submission = (id: string) => ({
      id,
      codes: ['AAAAAAAAAA'],
      statements: [],
      answer: { status: 201, body: '{}' },
      keepMs: 60_000,
    })
    expect(await stub.submit('A', submission('one'))).toEqual({ kind: 'accepted' })
    expect(await stub.submit('A', submission('two'))).toEqual({ kind: 'code', code: 'AAAAAAAAAA' })
  })

  it('adds each batch\u2019s counters up as it commits them: the figures equal a recount of what Turso has', async () => {
    // Several counted submissions in one batch: three citizens' permits for the day after tomorrow.
    const later = localDate(new Date(Date.now() + 2 * 86_400_000))
    for (const [who, cookie] of [
      [VALENTINA, cookies.valentina],
      [MARIA, cookies.maria],
    ] as const) {
      expect((await post('/api/permisos', cookie, comprasRequest(later, who.serie))).status).toBe(201)
    }
    await edge.flush()
    const { kept, recounted } = await inTurso(countersAndRecount)
    expect(kept.length).toBeGreaterThan(0)
    expect(kept).toEqual(recounted)
  })
})
