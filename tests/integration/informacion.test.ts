import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { openFileDatabase } from '../../db/open.ts'
import { informaciones } from '../../db/schema/index.ts'
import {
  derivarRecibo,
  INFO_RESPUESTA,
  infoMesa,
  nuevoRecibo,
  sellarJson,
} from '../../web/informacion/cripto.ts'
import { bytesUnder, hits, mesaConClave, resolver, tipCifrado } from '../support/informacion.ts'
import { type RunningServer, startNodeServer } from '../support/node-server.ts'

async function desafio(server: RunningServer) {
  const response = await fetch(`${server.url}/api/informacion/desafio`)
  expect(response.status).toBe(200)
  expect(response.headers.get('set-cookie')).toBeNull()
  return resolver(await response.json())
}

function post(server: RunningServer, body: unknown, headers: Record<string, string> = {}, path = '') {
  return fetch(`${server.url}/api/informacion${path}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify(body),
  })
}

async function storedTips(server: RunningServer) {
  const { client, db } = await openFileDatabase(`file:${join(server.dataDir, 'comisaria.db')}`)
  try {
    return await db.select().from(informaciones)
  } finally {
    client.close()
  }
}

describe('información anónima (Node server)', () => {
  let server: RunningServer
  beforeAll(async () => {
    server = await startNodeServer()
    const { client, db } = await openFileDatabase(`file:${join(server.dataDir, 'comisaria.db')}`)
    try {
      await mesaConClave(db)
    } finally {
      client.close()
    }
  })
  afterAll(async () => {
    await server.stop()
  })

  it('keeps a tip as ciphertext and the day, with no trace of the sender in the database or the log', async () => {
    const unique = crypto.randomUUID()
    const agent = `AgenteUnico/${unique}`
    const forwarded = `198.51.100.${Math.floor(Math.random() * 200) + 1}, ip-${unique.slice(0, 8)}`
    const edge = `2001:db8::${unique.slice(0, 4)}`
    const marker = `MARCADOR-EN-CLARO-${unique}`
    const recibo = await derivarRecibo(nuevoRecibo())
    const sellado = await tipCifrado(`Venta de drogas en la esquina. ${marker}`, await desafio(server))
    const { abrir } = sellado
    const body = { ...sellado.body, reciboHash: recibo.reciboHash, respuestaClave: recibo.respuestaClave }
    const traces = {
      'user-agent': agent,
      'x-forwarded-for': forwarded,
      'cf-connecting-ip': edge,
      'x-real-ip': edge,
      cookie: `cv_session=${unique}; lang=en`,
    }
    const response = await post(server, body, traces)
    expect(response.status).toBe(201)
    expect(response.headers.get('set-cookie')).toBeNull()
    const answer = (await response.json()) as { id: string; dia: string }
    expect(answer.dia).toMatch(/^\d{4}-\d{2}-\d{2}$/)

    const [tip, ...others] = await storedTips(server)
    expect(others).toEqual([])
    expect(tip).toEqual({
      ...body,
      desafio: undefined,
      id: answer.id,
      dia: answer.dia,
      claveVersion: 1,
      estado: 'nueva',
    })
    // The desk (here, the test) reads it; the server never did.
    expect(await abrir(body)).toContain(marker)

    // The way back with the same traces (decision 0047): a consulta and a message; the receipt's id
    // itself is kept nowhere either.
    const vuelta = await post(
      server,
      { desafio: await desafio(server), reciboId: recibo.reciboId },
      traces,
      '/consulta',
    )
    expect(vuelta.status).toBe(200)
    expect(vuelta.headers.get('set-cookie')).toBeNull()
    const texto = { v: 1, texto: marker, archivos: [] }
    const mensaje = await post(
      server,
      {
        desafio: await desafio(server),
        reciboId: recibo.reciboId,
        mesa: { claveVersion: 1, ...(await sellarJson(recibo.respuestaClave, infoMesa('drogas', 1), texto)) },
        copia: await sellarJson(recibo.respuestaClave, INFO_RESPUESTA, texto),
      },
      traces,
      '/mensajes',
    )
    expect(mensaje.status).toBe(201)
    expect(mensaje.headers.get('set-cookie')).toBeNull()

    await server.stop()
    const bytes = bytesUnder(server.dataDir, (name) => name.startsWith('comisaria.db'))
    const log = Buffer.from(server.output())
    expect(hits(bytes, body.reciboHash), 'the search reads the database the tip is in').toBeGreaterThan(0)
    for (const trace of [agent, unique, forwarded, edge, marker, recibo.reciboId]) {
      expect(hits(bytes, trace), `${trace} in the database`).toBe(0)
      expect(hits(log, trace), `${trace} in the log`).toBe(0)
    }
    server = await startNodeServer({ dataDir: server.dataDir })
  })

  it('refuses a tip without a valid proof of work, naming the field, and writes nothing', async () => {
    const before = (await storedTips(server)).length
    const solved = await desafio(server)
    const { body } = await tipCifrado('sin prueba', solved)
    const { desafio: _, ...sinDesafio } = body
    // The derived key is what proves the work (the counter alone is not checked: altcha-lib's
    // deterministic mode verifies the key against its signed HMAC).
    const key = solved.solution.derivedKey
    const flipped = `${key.slice(0, -1)}${key.endsWith('0') ? '1' : '0'}`
    const tampered = { ...solved, solution: { ...solved.solution, derivedKey: flipped } }
    const forged = {
      ...solved,
      parameters: { ...solved.parameters, data: { vence: Date.now() + 3_600_000 } },
    }
    for (const wrong of [sinDesafio, { ...body, desafio: tampered }, { ...body, desafio: forged }]) {
      const response = await post(server, wrong, { 'accept-language': 'en' })
      expect(response.status).toBe(400)
      const error = (await response.json()) as { fields: { field: string; message: string }[] }
      expect(error.fields.map((f) => f.field)).toEqual(['desafio'])
    }
    expect((await storedTips(server)).length).toBe(before)
  })

  it('spends a challenge once; the same tip sent again is answered as the first time', async () => {
    const solved = await desafio(server)
    const first = await tipCifrado('primera', solved)
    const sent = await post(server, first.body)
    expect(sent.status).toBe(201)
    const again = await post(server, first.body)
    expect(again.status).toBe(201)
    expect(await again.json()).toEqual(await sent.json())

    const second = await tipCifrado('segunda, con el mismo desafío', solved)
    const reused = await post(server, second.body, {})
    expect(reused.status).toBe(400)
    const error = (await reused.json()) as { fields: { field: string; message: string }[] }
    expect(error.fields[0]?.field).toBe('desafio')
    expect(error.fields[0]?.message).toMatch(/ya se usó/)
    const recibos = (await storedTips(server)).map((tip) => tip.reciboHash)
    expect(recibos).toContain(first.body.reciboHash)
    expect(recibos).not.toContain(second.body.reciboHash)
  })

  it('speaks the language of the URL only', async () => {
    const response = await post(server, {}, { cookie: 'lang=en', 'accept-language': 'en' })
    expect(((await response.json()) as { message: string }).message).not.toMatch(/[Tt]he /)
    const english = await fetch(`${server.url}/api/informacion?lang=en`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: '{}',
    })
    expect(english.status).toBe(400)
    expect(((await english.json()) as { message: string }).message).toMatch(/\w/)
  })
})
