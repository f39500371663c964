import { mkdir, readdir, readFile, rename, writeFile } from 'node:fs/promises'
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http'
import type { AddressInfo } from 'node:net'
import { join } from 'node:path'
import type { PublicJwk } from '../../documents/signing.ts'
import { FIRMA_HEADER, firmaValida } from './firma.ts'
import { formatoRuc } from './ruc.ts'

/** What the receiver keeps of each denuncia, one JSON file per número de trámite. */
export interface Recibida {
  ruc: string
  recibidaAt: string
  firma: string
  envio: Record<string, unknown>
}

/** The most a body may weigh: a denuncia is text; its files stay in the portal. */
const MAX_BODY = 1024 * 1024
const NUMERO = /^[A-Z0-9]{4,40}$/

async function bodyOf(request: IncomingMessage): Promise<string | null> {
  const chunks: Buffer[] = []
  let size = 0
  for await (const chunk of request) {
    size += (chunk as Buffer).length
    if (size > MAX_BODY) return null
    chunks.push(chunk as Buffer)
  }
  return Buffer.concat(chunks).toString('utf8')
}

function answer(response: ServerResponse, status: number, body: unknown) {
  response.writeHead(status, { 'content-type': 'application/json; charset=utf-8' })
  response.end(JSON.stringify(body))
}

/**
 * A stand-in for the Ministerio Público's reception of denuncias, for development and tests (not
 * a stub: a real HTTP server the HTTP adapter talks to). It listens on loopback only, verifies each
 * body's detached signature against the portal's published keys, keeps what it received in
 * `folder` (one file per número, so a restart keeps them) and answers a RUC in the Ministerio
 * Público's format (docs/decisions/0032): the same RUC for the same número, however often it is
 * sent; a new one, the next of the year, for a new número.
 *
 * @example
 * const fiscalia = await startLocalFiscalia({ port: 8789, folder: 'data/fiscalia-local', keys: () => publicJwks })
 * // POST http://127.0.0.1:8789/denuncias → 201 {"ruc":"2600000001-…"}
 */
export async function startLocalFiscalia(options: {
  port: number
  folder: string
  keys: () => readonly PublicJwk[] | Promise<readonly PublicJwk[]>
}): Promise<{ url: string; close: () => Promise<void>; recibidas: () => Promise<Recibida[]> }> {
  const { folder } = options
  await mkdir(folder, { recursive: true })
  const file = (numero: string) => join(folder, `${numero}.json`)
  let stored = (await readdir(folder)).filter((name) => name.endsWith('.json')).length
  // One reception at a time: two copies of one número must not draw two RUCs.
  let queue: Promise<unknown> = Promise.resolve()
  const receive = (numero: string, firma: string, envio: Record<string, unknown>) => {
    const done = queue.then(async (): Promise<{ status: number; ruc: string }> => {
      try {
        const kept = JSON.parse(await readFile(file(numero), 'utf8')) as Recibida
        return { status: 200, ruc: kept.ruc }
      } catch {
        stored += 1
        const ruc = formatoRuc(new Date().getFullYear(), stored)
        const record: Recibida = { ruc, recibidaAt: new Date().toISOString(), firma, envio }
        // Written whole or not at all: a killed receiver leaves no half file to answer from.
        await writeFile(`${file(numero)}.tmp`, JSON.stringify(record, null, 2))
        await rename(`${file(numero)}.tmp`, file(numero))
        return { status: 201, ruc }
      }
    })
    queue = done.catch(() => undefined)
    return done
  }

  const server = createServer((request, response) => {
    void (async () => {
      if (request.method !== 'POST' || request.url !== '/denuncias') return answer(response, 404, {})
      const body = await bodyOf(request)
      if (body === null) return answer(response, 413, { error: 'too large' })
      const firma = request.headers[FIRMA_HEADER]
      if (typeof firma !== 'string' || !(await firmaValida(await options.keys(), body, firma)))
        return answer(response, 401, { error: 'bad signature' })
      let envio: Record<string, unknown>
      try {
        envio = JSON.parse(body) as Record<string, unknown>
      } catch {
        return answer(response, 400, { error: 'not JSON' })
      }
      const numero = envio?.numeroTramite
      if (typeof numero !== 'string' || !NUMERO.test(numero))
        return answer(response, 400, { error: 'numeroTramite' })
      const { status, ruc } = await receive(numero, firma, envio)
      answer(response, status, { ruc })
    })().catch(() => answer(response, 500, { error: 'internal' }))
  })
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject)
    server.listen(options.port, '127.0.0.1', resolve)
  })
  const { port } = server.address() as AddressInfo
  return {
    url: `http://127.0.0.1:${port}/denuncias`,
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve())
        server.closeAllConnections()
      }),
    recibidas: async () => {
      const names = (await readdir(folder)).filter((name) => name.endsWith('.json'))
      return Promise.all(
        names.map(async (name) => JSON.parse(await readFile(join(folder, name), 'utf8')) as Recibida),
      )
    },
  }
}
