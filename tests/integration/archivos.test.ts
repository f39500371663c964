import { join } from 'node:path'
import { createClient } from '@libsql/client/web'
import { drizzle } from 'drizzle-orm/libsql/web'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { openFileDatabase } from '../../db/open.ts'
import * as schema from '../../db/schema/index.ts'
import {
  adjuntarArchivos,
  archivosDeCaso,
  archivosParaAdjuntar,
  conflictoDeAdjuntos,
} from '../../worker/archivos/index.ts'
import { MAX_BYTES, OFFSET_HEADER } from '../../worker/archivos/limites.ts'
import { abrirCaso } from '../../worker/casos/abrir.ts'
import { LIMITS } from '../../worker/middleware/rate-limit.ts'
import type { Database } from '../../worker/ports.ts'
import { readOne } from '../../worker/reads.ts'
import { toStatements } from '../../worker/writes.ts'
import { cutPart, fileOf, type Send, sha256Of, uploadsOf, viewOf } from '../support/archivos.ts'
import { dbMigrate, startEdge } from '../support/edge.ts'
import { claveUnicaSessionCookie } from '../support/identity.ts'
import { freePort, startNodeServer } from '../support/node-server.ts'

const KIB = 1024

/** A runtime under test: how to reach it, its citizens' sessions, and its database as its writes see it. */
interface Portal {
  /** Where it listens on loopback. */
  origin: string
  send: Send
  /** A signed-in ClaveÚnica citizen's `Cookie` header. */
  citizen: (run: string) => Promise<string>
  /** The database through the runtime's own driver (at the edge, Turso's protocol). */
  db: Database
  close: () => Promise<void>
}

/** The embedded default as `npm start` runs it: its front door streams parts (admission.ts). */
async function nodePortal(): Promise<Portal> {
  const server = await startNodeServer()
  const { client, db } = await openFileDatabase(`file:${join(server.dataDir, 'comisaria.db')}`)
  return {
    origin: server.url,
    send: (path, init) => fetch(`${server.url}${path}`, init),
    citizen: (run) => claveUnicaSessionCookie(db, run),
    db,
    close: async () => {
      client.close()
      await server.stop()
    },
  }
}

/** The Workers bundle in workerd: R2 for the parts, the Turso stand-in for the rows. */
async function edgePortal(): Promise<Portal> {
  const port = await freePort()
  // Served over http on loopback: its session cookie is then `cv_session`, as the Node server's.
  // Prepared as an operator would (reference data too): a case belongs to a comuna.
  const edge = await startEdge({
    port,
    bindings: { PUBLIC_URL: `http://127.0.0.1:${port}` },
    prepare: (turso) => dbMigrate(turso),
  })
  const turso = createClient({ url: edge.turso.url, intMode: 'number' })
  return {
    origin: edge.origin,
    send: (path, init) => fetch(`${edge.origin}${path}`, init),
    citizen: (run) => claveUnicaSessionCookie(edge.db, run),
    db: drizzle(turso, { schema }) as unknown as Database,
    close: async () => {
      turso.close()
      await edge.close()
    },
  }
}

describe.each([
  ['the Node server', nodePortal],
  ['the Workers bundle in workerd', edgePortal],
])('evidence uploads on %s', (_, start) => {
  let portal: Portal
  let uploads: ReturnType<typeof uploadsOf>
  let valentina: string

  beforeAll(async () => {
    portal = await start()
    valentina = await portal.citizen('88888888-8')
    uploads = uploadsOf(portal.send, valentina)
  }, 60_000)
  afterAll(() => portal?.close())

  /** Begins an upload and says its id. */
  const begin = async (nombre: string, bytes: number) => {
    const response = await uploads.begin(nombre, bytes)
    expect(response.status).toBe(201)
    return (await viewOf(response)).id
  }

  it('refuses a .jpg that is a ZIP, by its content, naming the file, and forgets the upload', async () => {
    const zip = fileOf('zip', 80 * KIB)
    const id = await begin('foto.jpg', zip.length)
    const refused = await uploads.part(id, 0, zip)
    expect(refused.status).toBe(400)
    const error = (await refused.json()) as { code: string; fields: { field: string; message: string }[] }
    expect(error.code).toBe('validation_failed')
    expect(error.fields).toEqual([{ field: 'archivo', message: expect.stringContaining('«foto.jpg»') }])
    expect((await uploads.state(id)).status).toBe(404)
  })

  it('refuses a file over 25 MB before a byte is sent, and a part past the size declared', async () => {
    const tooLarge = await uploads.begin('video.mp4', MAX_BYTES + 1)
    expect(tooLarge.status).toBe(400)
    const error = (await tooLarge.json()) as { fields: { field: string; message: string }[] }
    expect(error.fields).toEqual([
      { field: 'archivo', message: expect.stringMatching(/«video\.mp4» pesa más de 25 MB/) },
    ])
    const id = await begin('foto.jpg', 70 * KIB)
    const longer = await uploads.part(id, 0, fileOf('jpeg', 71 * KIB))
    expect(longer.status).toBe(413)
    expect(await viewOf(await uploads.state(id))).toMatchObject({ recibidos: 0, completo: false })
  })

  it('resumes after a cut: half sent, the link drops mid-part, the offset asked, the rest sent — and the SHA-256 is the file’s', async () => {
    const video = fileOf('mp4', 300 * KIB)
    const half = 150 * KIB
    const id = await begin('video del robo.mp4', video.length)
    const first = await uploads.part(id, 0, video.slice(0, half))
    expect(first.status).toBe(200)
    expect(first.headers.get(OFFSET_HEADER)).toBe(String(half))
    // The rest, cut after 40 KiB: nothing of that part is kept.
    const rest = video.slice(half)
    await cutPart(portal.origin, valentina, id, half, rest, 40 * KIB)
    const asked = await uploads.state(id)
    expect(asked.headers.get(OFFSET_HEADER)).toBe(String(half))
    expect(await viewOf(asked)).toMatchObject({ recibidos: half, completo: false, sha256: null })
    const done = await viewOf(await uploads.part(id, half, rest))
    expect(done).toMatchObject({ recibidos: video.length, completo: true, tipo: 'video/mp4' })
    expect(done.sha256).toBe(sha256Of(video))
    const back = await uploads.content(id)
    expect(back.headers.get('content-type')).toBe('video/mp4')
    expect(back.headers.get('content-disposition')).toMatch(/^attachment;/)
    expect(back.headers.get('repr-digest')).toBe(
      `sha-256=:${Buffer.from(sha256Of(video), 'hex').toString('base64')}:`,
    )
    expect(sha256Of(new Uint8Array(await back.arrayBuffer()))).toBe(sha256Of(video))
  })

  it('tells a part sent at the wrong place where the upload stands (409 and Upload-Offset), and a repeated one too', async () => {
    const photo = fileOf('jpeg', 200 * KIB)
    const id = await begin('foto.jpg', photo.length)
    const ahead = await uploads.part(id, 100 * KIB, photo.slice(100 * KIB))
    expect(ahead.status).toBe(409)
    expect(ahead.headers.get(OFFSET_HEADER)).toBe('0')
    expect(((await ahead.json()) as { code: string }).code).toBe('conflict')
    expect((await uploads.part(id, 0, photo.slice(0, 100 * KIB))).status).toBe(200)
    // The same part again (its answer was lost): nothing moves.
    const again = await uploads.part(id, 0, photo.slice(0, 100 * KIB))
    expect(again.status).toBe(409)
    expect(again.headers.get(OFFSET_HEADER)).toBe(String(100 * KIB))
  })

  it('does not let another citizen see, add to, read or remove an upload: not found', async () => {
    const photo = fileOf('jpeg', 70 * KIB)
    const id = await begin('foto.jpg', photo.length)
    expect((await uploads.part(id, 0, photo)).status).toBe(200)
    const jose = uploadsOf(portal.send, await portal.citizen('55555555-5'))
    for (const response of [
      await jose.state(id),
      await jose.part(id, photo.length, new Uint8Array(1)),
      await jose.content(id),
      await jose.remove(id),
    ]) {
      expect(response.status).toBe(404)
      expect(await response.text()).not.toContain('foto.jpg')
    }
    expect((await uploads.content(id)).status).toBe(200)
  })

  it('limits the uploads a citizen may begin: the 61st in an hour waits (429, Retry-After)', async () => {
    const camila = uploadsOf(portal.send, await portal.citizen('12345670-K'))
    for (let begun = 0; begun < LIMITS['archivos:user'].max; begun += 1) {
      expect((await camila.begin(`foto-${begun}.jpg`, 1000)).status).toBe(201)
    }
    const refused = await camila.begin('una más.jpg', 1000)
    expect(refused.status).toBe(429)
    expect(Number(refused.headers.get('retry-after'))).toBeGreaterThan(0)
  })

  it('attaches whole files to a case once, and refuses another citizen’s or an unfinished one, naming «archivos»', async () => {
    const whole = async (nombre: string) => {
      const photo = fileOf('jpeg', 70 * KIB)
      const id = await begin(nombre, photo.length)
      expect((await uploads.part(id, 0, photo)).status).toBe(200)
      return id
    }
    const [a, b] = [await whole('uno.jpg'), await whole('dos.jpg')]
    const unfinished = await begin('tres.jpg', 200 * KIB)
    const others = uploadsOf(portal.send, await portal.citizen('99999999-9'))
    const foreign = (await viewOf(await others.begin('ajeno.jpg', 1000))).id
    const userId = /cv_who=([^.]+)\./.exec(valentina)?.[1] ?? ''
    const attach = async (ids: string[], numero: string) => {
      const leidos = await readOne(portal.db, archivosParaAdjuntar(ids, null))
      const ahora = new Date()
      const caso = abrirCaso(
        {
          servicio: 'denuncia',
          numero,
          userId,
          estado: 'recibida',
          venceAt: null,
          at: ahora,
          comunaCut: '13101',
        },
        { cifras: false },
      )
      const adjunto = adjuntarArchivos(leidos, caso.id, userId, { ahora })
      await portal.db.$client.batch(toStatements([...caso.writes, ...adjunto.writes]), 'write')
      return { caso: caso.id, adjunto }
    }
    const refusal = (ids: string[]) =>
      attach(ids, 'NOPE').then(
        () => undefined,
        (error: unknown) => error,
      )
    for (const [ids, key] of [
      [[a, foreign], 'archivo_ajeno'],
      [[a, unfinished], 'archivo_incompleto'],
      [[a, a], 'archivos_repetidos'],
    ] as const) {
      expect(await refusal([...ids])).toMatchObject({
        code: 'validation_failed',
        fields: [{ field: 'archivos', key }],
      })
    }
    const { caso, adjunto } = await attach([a, b], 'DENUNCIA01')
    expect(adjunto.archivos.map((archivo) => archivo.nombre)).toEqual(['uno.jpg', 'dos.jpg'])
    expect((await archivosDeCaso(portal.db, caso)).map((archivo) => archivo.id).sort()).toEqual([a, b].sort())
    expect(await refusal([b])).toMatchObject({ fields: [{ field: 'archivos', key: 'archivo_ya_enviado' }] })
    // Two submissions that both read the file unattached: the second's batch breaks the CHECK.
    const c = await whole('cuatro.jpg')
    const leidos = await readOne(portal.db, archivosParaAdjuntar([c], null))
    const twice = async () => {
      const caso2 = abrirCaso(
        {
          servicio: 'denuncia',
          numero: `D${Date.now()}`,
          userId,
          estado: 'recibida',
          venceAt: null,
          at: new Date(),
          comunaCut: '13101',
        },
        { cifras: false },
      )
      const { writes } = adjuntarArchivos(leidos, caso2.id, userId, { ahora: new Date() })
      await portal.db.$client.batch(toStatements([...caso2.writes, ...writes]), 'write')
    }
    await twice()
    const lost = await twice().then(
      () => undefined,
      (error: unknown) => error,
    )
    expect(conflictoDeAdjuntos(lost)).toMatchObject({
      fields: [{ field: 'archivos', key: 'archivos_ya_enviados' }],
    })
    // Sent with a case, it is the case's: its owner may no longer remove it.
    expect((await uploads.remove(a)).status).toBe(409)
  })
})
