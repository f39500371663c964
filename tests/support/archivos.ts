import { createHash, randomBytes } from 'node:crypto'
import { once } from 'node:events'
import { connect } from 'node:net'
import { OFFSET_HEADER, PARTE_CONTENT_TYPE } from '../../worker/archivos/limites.ts'
import type { ArchivoView } from '../../worker/archivos/schema.ts'

/** How a test reaches a portal: the Node server's `fetch`, or workerd's `dispatchFetch`. */
export type Send = (path: string, init?: RequestInit) => Promise<Response>

/**
 * A file whose first bytes say `kind` and whose rest is random: a photo, a video, or what a
 * citizen might name `foto.jpg` and is not (a ZIP).
 *
 * @example
 * const photo = fileOf('jpeg', 300 * 1024)
 */
export function fileOf(kind: 'jpeg' | 'mp4' | 'zip', size: number): Uint8Array {
  const heads = {
    jpeg: [0xff, 0xd8, 0xff, 0xe0, 0x00, 0x10, 0x4a, 0x46, 0x49, 0x46],
    // An ftyp box of 24 bytes: major brand isom, minor 512, compatible isom and mp41.
    mp4: [0, 0, 0, 24, ...ascii('ftypisom'), 0, 0, 2, 0, ...ascii('isommp41')],
    zip: [0x50, 0x4b, 0x03, 0x04, 0x14, 0x00, 0x00, 0x00],
  }
  const bytes = new Uint8Array(randomBytes(size))
  bytes.set(heads[kind])
  return bytes
}

function ascii(text: string): number[] {
  return [...text].map((character) => character.charCodeAt(0))
}

/** The hex SHA-256 of bytes, as the server computes it. */
export function sha256Of(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex')
}

/**
 * A citizen's calls to `/api/archivos`, with their session cookie and as a page of the portal
 * sends them (`Sec-Fetch-Site: same-origin`).
 *
 * @example
 * const uploads = uploadsOf(send, cookie)
 * const { id } = await (await uploads.begin('foto.jpg', 1000)).json()
 */
export function uploadsOf(send: Send, cookie: string) {
  const headers = { cookie, 'sec-fetch-site': 'same-origin' }
  return {
    begin: (nombre: string, bytes: number, key?: string) =>
      send('/api/archivos', {
        method: 'POST',
        headers: {
          ...headers,
          'content-type': 'application/json',
          ...(key ? { 'idempotency-key': key } : {}),
        },
        body: JSON.stringify({ nombre, bytes }),
      }),
    state: (id: string) => afterReset(() => send(`/api/archivos/${id}`, { headers })),
    /** One part (fetch sends its Content-Length). */
    part: (id: string, offset: number, body: Uint8Array) =>
      afterReset(() =>
        send(`/api/archivos/${id}`, {
          method: 'PATCH',
          headers: { ...headers, 'content-type': PARTE_CONTENT_TYPE, [OFFSET_HEADER]: String(offset) },
          body: body as BodyInit,
        }),
      ),
    remove: (id: string) => send(`/api/archivos/${id}`, { method: 'DELETE', headers }),
    content: (id: string) => send(`/api/archivos/${id}/contenido`, { headers }),
  }
}

/**
 * A part answered before its body is read (refused by its first bytes, or sent at the wrong
 * place) makes the server close that kept-alive connection: the next request written to it meets
 * the reset before the server reads a byte of it. The portal's uploader asks again on a fresh
 * connection (a state, then the part from where the upload stands), and so does this; undici
 * does not on its own.
 */
async function afterReset(request: () => Promise<Response>): Promise<Response> {
  try {
    return await request()
  } catch (error) {
    if ((error as { cause?: { code?: string } }).cause?.code !== 'ECONNRESET') throw error
    return request()
  }
}

/**
 * One part whose connection drops after `cutAt` of its bytes: sent by hand on a socket (fetch
 * cannot declare a length and then stop), which is then destroyed.
 *
 * `cookie` is the citizen's; a tipster's upload passes its path and bearer header in `como` instead.
 *
 * @example
 * await cutPart(origin, cookie, id, offset, rest, 40_000)
 * await cutPart(origin, '', id, 0, bytes, 40_000, { ruta: '/api/informacion/archivos', header: `Authorization: Bearer ${token}` })
 */
export async function cutPart(
  origin: string,
  cookie: string,
  id: string,
  offset: number,
  bytes: Uint8Array,
  cutAt: number,
  como: { ruta: string; header: string } = { ruta: '/api/archivos', header: `Cookie: ${cookie}` },
): Promise<void> {
  const { hostname, port } = new URL(origin)
  const socket = connect({ host: hostname, port: Number(port) })
  socket.on('error', () => undefined)
  await once(socket, 'connect')
  const head = [
    `PATCH ${como.ruta}/${id} HTTP/1.1`,
    `Host: ${hostname}:${port}`,
    como.header,
    'Sec-Fetch-Site: same-origin',
    `Content-Type: ${PARTE_CONTENT_TYPE}`,
    `${OFFSET_HEADER}: ${offset}`,
    `Content-Length: ${bytes.length}`,
  ]
  socket.write(`${head.join('\r\n')}\r\n\r\n`)
  socket.write(bytes.subarray(0, cutAt))
  // Let those bytes reach the server, then drop the link.
  await new Promise((resolve) => setTimeout(resolve, 200))
  socket.destroy()
}

/** An upload's state as the answer says it. */
export async function viewOf(response: Response): Promise<ArchivoView> {
  return (await response.json()) as ArchivoView
}

/**
 * A citizen's whole uploads through an app in this process (`app.request`), as a test client's
 * cookies name them: each file begun, sent in one part with its Content-Length (as fetch sends it)
 * and its id returned.
 *
 * @example
 * const id = await wholeUploads(t.app, valentina.jar)('foto.jpg', fileOf('jpeg', 20_000))
 */
export function wholeUploads(
  app: { request: (path: string, init?: RequestInit) => Response | Promise<Response> },
  jar: ReadonlyMap<string, string>,
) {
  const send: Send = async (path, init = {}) => {
    const headers = new Headers(init.headers)
    if (init.body instanceof Uint8Array) headers.set('content-length', String(init.body.length))
    return app.request(path, { ...init, headers })
  }
  const uploads = uploadsOf(send, [...jar].map(([name, value]) => `${name}=${value}`).join('; '))
  return async (nombre: string, bytes: Uint8Array, { whole = true } = {}): Promise<string> => {
    const { id } = await viewOf(await uploads.begin(nombre, bytes.length))
    if (whole) {
      const sent = await uploads.part(id, 0, bytes)
      if (sent.status !== 200) throw new Error(`part refused: ${sent.status} ${await sent.text()}`)
    }
    return id
  }
}
