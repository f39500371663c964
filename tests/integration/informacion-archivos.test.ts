import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { eq } from 'drizzle-orm'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { CAPACIDADES_DE_ROL } from '../../core/capacidades.ts'
import { openFileDatabase } from '../../db/open.ts'
import { auditLog, informacionAnalistas, informacionArchivos, users } from '../../db/schema/index.ts'
import { subirArchivo } from '../../web/archivos/subida.ts'
import { cifrarArchivo, descifrarArchivo } from '../../web/informacion/archivos-cifrado.ts'
import { limpiarFoto } from '../../web/informacion/archivos-metadatos.ts'
import { OFFSET_HEADER, PARTE_CONTENT_TYPE } from '../../worker/archivos/limites.ts'
import type { VistaAnonima } from '../../worker/informacion/archivos.ts'
import { informacionArchivosRule } from '../../worker/informacion/archivos.ts'
import { testApp } from '../support/app.ts'
import { cutPart } from '../support/archivos.ts'
import { dbMigrate, startEdge } from '../support/edge.ts'
import { jpegConGps } from '../support/fotos.ts'
import { signedInStaff } from '../support/identity.ts'
import { mesaConClave, resolver, tipCifrado } from '../support/informacion.ts'
import { freePort, type RunningServer, startNodeServer } from '../support/node-server.ts'

const RUTA = '/api/informacion/archivos'
type Lote = { archivos: { id: string; token: string }[] }
type Fetcher = (path: string, init?: RequestInit) => Response | Promise<Response>

const desafioDe = async (send: Fetcher) => resolver(await (await send('/api/informacion/desafio')).json())
const json = (body: unknown, headers: Record<string, string> = {}) => ({
  method: 'POST',
  headers: { 'content-type': 'application/json', ...headers },
  body: JSON.stringify(body),
})
const parte = (token: string, offset: number, bytes: Uint8Array) => ({
  method: 'PATCH',
  headers: {
    authorization: `Bearer ${token}`,
    'content-type': PARTE_CONTENT_TYPE,
    [OFFSET_HEADER]: String(offset),
    'content-length': String(bytes.length),
  },
  body: new Blob([new Uint8Array(bytes)]),
})
const campos = async (response: Response) =>
  ((await response.json()) as { fields?: { field: string; key?: string }[] }).fields?.map((f) => f.field)

/** A whole encrypted upload through the app (in process): its id, and what the tip says of it. */
async function subidaCompleta(send: Fetcher, plano: Uint8Array) {
  const cifrado = await cifrarArchivo(new Blob([new Uint8Array(plano)]))
  const lote = (await (
    await send(RUTA, json({ desafio: await desafioDe(send), archivos: [{ bytes: cifrado.fuente.size }] }))
  ).json()) as Lote
  const [subida] = lote.archivos
  if (!subida) throw new Error('no upload')
  const bytes = new Uint8Array(await (await cifrado.fuente.slice(0, cifrado.fuente.size)).arrayBuffer())
  const answer = await send(`${RUTA}/${subida.id}`, parte(subida.token, 0, bytes))
  expect(answer.status).toBe(200)
  return { ...subida, cifrado }
}

describe('información anónima: files (decision 0046), in process', () => {
  it('an analyst of the desk reads a tip’s file, audited, and decrypts the photo without its GPS; others get 404', async () => {
    const t = await testApp()
    const send: Fetcher = (path, init) => t.app.request(path, init)
    const desk = await mesaConClave(t.db)
    const limpia = limpiarFoto(jpegConGps(), 'image/jpeg', 'es')
    if (!limpia) throw new Error('not cleaned')
    const subida = await subidaCompleta(send, limpia.bytes)

    const { body } = await tipCifrado('con una foto', await desafioDe(send), { desk, version: 1 })
    const tip = await send('/api/informacion', json({ ...body, archivos: [subida.id] }))
    expect(tip.status).toBe(201)
    const { id: tipId } = (await tip.json()) as { id: string }

    const analista = async (email: string, mesa: string) => {
      const staff = await signedInStaff(t, 'supervisor', email)
      await t.db
        .update(users)
        .set({ capacidades: [...CAPACIDADES_DE_ROL.supervisor, 'informacion.analizar'] })
        .where(eq(users.id, staff.userId))
      await t.db.insert(informacionAnalistas).values({ userId: staff.userId, mesa })
      return staff
    }
    const ana = await analista('ana@carabineros.example.cl', 'drogas')
    const otro = await analista('otro@carabineros.example.cl', 'vehiculos')
    const admin = await signedInStaff(t, 'admin')

    const url = `/api/funcionarios/informacion/mesas/drogas/archivos/${subida.id}`
    const leido = await ana.client.get(url)
    expect(leido.status).toBe(200)
    expect(leido.headers.get('content-type')).toBe('application/octet-stream')
    const foto = await descifrarArchivo(await leido.blob(), subida.cifrado.clave, {
      tipo: 'image/jpeg',
      sha256: subida.cifrado.sha256,
    })
    const bytes = Buffer.from(await foto.arrayBuffer())
    expect(bytes.equals(Buffer.from(limpia.bytes))).toBe(true)
    expect(bytes.includes('Pixel')).toBe(false)
    expect(limpiarFoto(new Uint8Array(bytes), 'image/jpeg', 'es')?.quitado.join(' ')).not.toContain('GPS')

    const [audit] = await t.db.select().from(auditLog).where(eq(auditLog.action, 'informacion.file_read'))
    expect(audit).toMatchObject({ actorId: ana.userId, subjectType: 'informacion', subjectId: tipId })
    expect(audit?.detail).toEqual({ archivo: subida.id })

    // Another desk's analyst, on either desk's path, and an unknown file: 404; an administrator,
    // without the capability, is refused before any desk is looked at (403, as for the desks' keys).
    expect((await otro.client.get(url)).status).toBe(404)
    expect((await otro.client.get(url.replace('drogas', 'vehiculos'))).status).toBe(404)
    expect((await admin.client.get(url)).status).toBe(403)
    expect((await ana.client.get(`${url}x`)).status).toBe(404)
    expect((await send(url)).status).toBe(401)
  })

  it('attaches a file once; refuses, naming archivos, an unknown, unfinished, repeated or already sent one — and writes nothing', async () => {
    const t = await testApp()
    const send: Fetcher = (path, init) => t.app.request(path, init)
    const desk = await mesaConClave(t.db)
    const whole = await subidaCompleta(send, new Uint8Array(70_000).fill(3))
    const lote = (await (
      await send(RUTA, json({ desafio: await desafioDe(send), archivos: [{ bytes: 100_000 }] }))
    ).json()) as Lote
    const unfinished = lote.archivos[0]?.id ?? ''
    const tip = async (archivos: string[]) => {
      const { body } = await tipCifrado('tip', await desafioDe(send), { desk, version: 1 })
      return send('/api/informacion', json({ ...body, archivos }))
    }
    const tips = async () =>
      (await t.db.select().from(informacionArchivos)).filter((f) => f.informacionId).length
    for (const archivos of [['x'.repeat(22)], [unfinished], [whole.id, whole.id]]) {
      const refused = await tip(archivos)
      expect(refused.status).toBe(400)
      expect(await campos(refused)).toEqual(['archivos'])
    }
    expect(await tips()).toBe(0)
    expect((await tip([whole.id])).status).toBe(201)
    const again = await tip([whole.id])
    expect(again.status).toBe(400)
    expect(await campos(again)).toEqual(['archivos'])
    expect(await tips()).toBe(1)
    // A file sent with its tip stays; an unsent one goes two days after the day it began.
    const later = new Date(t.clock.now().getTime() + 3 * 86_400_000)
    expect(await informacionArchivosRule(t.ports, later)).toBe(1)
    expect((await t.db.select().from(informacionArchivos)).map((f) => f.id)).toEqual([whole.id])
  })

  it('refuses a batch without a valid proof of work, over ten files or over the size, naming the field; a wrong token is 404', async () => {
    const t = await testApp()
    const send: Fetcher = (path, init) => t.app.request(path, init)
    const desafio = await desafioDe(send)
    const casos: [unknown, string][] = [
      [{ archivos: [{ bytes: 100 }] }, 'desafio'],
      [{ desafio, archivos: Array.from({ length: 11 }, () => ({ bytes: 100 })) }, 'archivos'],
      [{ desafio, archivos: [{ bytes: 26 * 1024 * 1024 + 1_000 }] }, 'archivos'],
    ]
    for (const [body, field] of casos) {
      const refused = await send(RUTA, json(body))
      expect(refused.status).toBe(400)
      expect(await campos(refused)).toEqual([field])
    }
    expect(await t.db.select().from(informacionArchivos)).toEqual([])
    const lote = (await (
      await send(RUTA, json({ desafio, archivos: [{ bytes: 100 }, { bytes: 200 }] }))
    ).json()) as Lote
    expect(lote.archivos).toHaveLength(2)
    // The same challenge cannot fund a second batch.
    expect(await campos(await send(RUTA, json({ desafio, archivos: [{ bytes: 100 }] })))).toEqual(['desafio'])
    const [a, b] = lote.archivos
    expect(
      (await send(`${RUTA}/${a?.id}`, { headers: { authorization: `Bearer ${b?.token}` } })).status,
    ).toBe(404)
    expect((await send(`${RUTA}/${a?.id}`)).status).toBe(404)
    const state = await send(`${RUTA}/${a?.id}`, { headers: { authorization: `Bearer ${a?.token}` } })
    expect(await state.json()).toEqual({ id: a?.id, bytes: 100, recibidos: 0, completo: false })
    const head = await send(`${RUTA}/${a?.id}`, {
      method: 'HEAD',
      headers: { authorization: `Bearer ${a?.token}` },
    })
    expect(head.status).toBe(200)
    expect(head.headers.get(OFFSET_HEADER)).toBe('0')
  })
})

/** Every byte of the server's database (the file, its WAL and shared memory). */
const databaseBytes = (dataDir: string) =>
  Buffer.concat(
    readdirSync(dataDir)
      .filter((name) => name.startsWith('comisaria.db'))
      .map((name) => readFileSync(join(dataDir, name))),
  )

describe('información anónima: files on the Node server', () => {
  let server: RunningServer
  beforeAll(async () => {
    server = await startNodeServer()
  })
  afterAll(async () => {
    await server.stop()
  })

  it('resumes after a cut, with no trace of the sender in the database or the log', async () => {
    const unique = crypto.randomUUID()
    const agent = `AgenteUnico/${unique}`
    const forwarded = `203.0.113.${Math.floor(Math.random() * 200) + 1}, ip-${unique.slice(0, 8)}`
    const traza = { 'user-agent': agent, 'x-forwarded-for': forwarded, 'cf-connecting-ip': forwarded }
    const send: Fetcher = (path, init) =>
      fetch(`${server.url}${path}`, {
        ...init,
        headers: { ...traza, ...(init?.headers as Record<string, string>) },
      })
    const plano = new Uint8Array(700_000).map((_, i) => (i * 7) & 0xff)
    const cifrado = await cifrarArchivo(new Blob([plano]))
    const begun = await send(
      RUTA,
      json({ desafio: await desafioDe(send), archivos: [{ bytes: cifrado.fuente.size }] }),
    )
    expect(begun.status).toBe(201)
    expect(begun.headers.get('set-cookie')).toBeNull()
    const [subida] = ((await begun.json()) as Lote).archivos
    if (!subida) throw new Error('no upload')
    const bytes = new Uint8Array(await (await cifrado.fuente.slice(0, cifrado.fuente.size)).arrayBuffer())

    // 256 KiB, then a part cut after 40 KiB: nothing of it is kept.
    const first = await send(`${RUTA}/${subida.id}`, parte(subida.token, 0, bytes.subarray(0, 262_144)))
    expect(first.status).toBe(200)
    await cutPart(server.url, '', subida.id, 262_144, bytes.subarray(262_144), 40_000, {
      ruta: RUTA,
      header: `Authorization: Bearer ${subida.token}`,
    })
    // A part sent at the wrong place: 409, saying where the upload stands.
    const misplaced = await send(`${RUTA}/${subida.id}`, parte(subida.token, 0, bytes.subarray(0, 65_536)))
    expect(misplaced.status).toBe(409)
    expect(misplaced.headers.get(OFFSET_HEADER)).toBe('262144')

    // The browser's client resumes from what the server says.
    const sent: number[] = []
    const done = await subirArchivo<VistaAnonima>(
      cifrado.fuente,
      '',
      { id: subida.id },
      {
        origin: server.url,
        ruta: RUTA,
        credentials: 'omit',
        headers: { authorization: `Bearer ${subida.token}`, ...traza },
        onPart: (length) => sent.push(length),
      },
    )
    expect(done).toEqual({
      kind: 'done',
      view: { id: subida.id, bytes: bytes.length, recibidos: bytes.length, completo: true },
    })
    expect(sent.reduce((a, b) => a + b, 0)).toBe(bytes.length - 262_144)

    await server.stop()
    const { client, db } = await openFileDatabase(`file:${join(server.dataDir, 'comisaria.db')}`)
    try {
      const [row] = await db.select().from(informacionArchivos)
      expect(row).toMatchObject({ id: subida.id, completo: 1, recibidos: bytes.length })
      expect(row?.tokenHash).not.toContain(subida.token)
    } finally {
      client.close()
    }
    const stored = databaseBytes(server.dataDir)
    const log = Buffer.from(server.output())
    expect(stored.includes(subida.id), 'the search reads the database the upload is in').toBe(true)
    for (const trace of [agent, unique, forwarded, subida.token]) {
      expect(stored.includes(trace), `${trace} in the database`).toBe(false)
      expect(log.includes(trace), `${trace} in the log`).toBe(false)
    }
    server = await startNodeServer({ dataDir: server.dataDir })
  })
})

describe('información anónima: files on the Workers bundle in workerd', () => {
  it('begins a batch, takes the parts in R2 (a misplaced one told where it stands), and answers the state', async () => {
    const port = await freePort()
    const edge = await startEdge({
      port,
      bindings: { PUBLIC_URL: `http://127.0.0.1:${port}` },
      prepare: (turso) => dbMigrate(turso),
    })
    try {
      const send: Fetcher = (path, init) => fetch(`${edge.origin}${path}`, init)
      const cifrado = await cifrarArchivo(new Blob([new Uint8Array(150_000).fill(9)]))
      const begun = await send(
        RUTA,
        json({ desafio: await desafioDe(send), archivos: [{ bytes: cifrado.fuente.size }] }),
      )
      expect(begun.status).toBe(201)
      const [subida] = ((await begun.json()) as Lote).archivos
      if (!subida) throw new Error('no upload')
      const bytes = new Uint8Array(await (await cifrado.fuente.slice(0, cifrado.fuente.size)).arrayBuffer())
      expect(
        (await send(`${RUTA}/${subida.id}`, parte(subida.token, 0, bytes.subarray(0, 65_536)))).status,
      ).toBe(200)
      const misplaced = await send(`${RUTA}/${subida.id}`, parte(subida.token, 0, bytes.subarray(0, 65_536)))
      expect(misplaced.status).toBe(409)
      expect(misplaced.headers.get(OFFSET_HEADER)).toBe('65536')
      const last = await send(`${RUTA}/${subida.id}`, parte(subida.token, 65_536, bytes.subarray(65_536)))
      expect(await last.json()).toEqual({
        id: subida.id,
        bytes: bytes.length,
        recibidos: bytes.length,
        completo: true,
      })
      expect(
        (await send(`${RUTA}/${subida.id}`, { headers: { authorization: 'Bearer otro-token-que-no-es' } }))
          .status,
      ).toBe(404)
    } finally {
      await edge.close()
    }
  })
})
