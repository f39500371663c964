import { connect } from 'node:net'

export interface RawResponse {
  status: number
  /** Header names in lower case. */
  headers: Record<string, string>
  body: string
}

export interface RawClient {
  /** Resolves once the connection is made (or closed without being made). */
  connected: Promise<void>
  write: (text: string) => void
  /** Waits for the first `n` complete responses on the socket; rejects if it closes first. */
  responses: (n: number) => Promise<RawResponse[]>
  /** Whether the socket is closed, by either side. */
  closed: () => boolean
  end: () => void
}

/** The complete responses at the start of `bytes` (each with a Content-Length, as the server sends them). */
function parse(bytes: Buffer): RawResponse[] {
  const parsed: RawResponse[] = []
  let at = 0
  for (;;) {
    const headEnd = bytes.indexOf('\r\n\r\n', at)
    if (headEnd < 0) return parsed
    const [statusLine = '', ...lines] = bytes.subarray(at, headEnd).toString().split('\r\n')
    const headers = Object.fromEntries(
      lines.map((line) => {
        const colon = line.indexOf(':')
        return [line.slice(0, colon).toLowerCase(), line.slice(colon + 1).trim()]
      }),
    )
    const length = Number(headers['content-length'] ?? 0)
    if (bytes.length < headEnd + 4 + length) return parsed
    const body = bytes.subarray(headEnd + 4, headEnd + 4 + length).toString()
    parsed.push({ status: Number(statusLine.split(' ')[1]), headers, body })
    at = headEnd + 4 + length
  }
}

/**
 * HTTP/1.1 by hand on one socket, for what fetch cannot do: pipelined requests, bodies that stop
 * half way, connections from a chosen loopback address (`localAddress`, any 127.x.y.z on Linux).
 *
 * @example
 * const client = rawClient(server.url)
 * client.write('GET /api/health HTTP/1.1\r\nHost: x\r\n\r\n')
 * const [health] = await client.responses(1)
 */
export function rawClient(url: string, localAddress?: string): RawClient {
  const { hostname, port } = new URL(url)
  const socket = connect({ port: Number(port), host: hostname, ...(localAddress ? { localAddress } : {}) })
  let received = Buffer.alloc(0)
  let isClosed = false
  socket.on('data', (chunk: Buffer) => {
    received = Buffer.concat([received, chunk])
  })
  socket.on('error', () => {})
  const closed = new Promise<void>((resolve) => socket.once('close', () => resolve()))
  void closed.then(() => {
    isClosed = true
  })
  const connected = Promise.race([new Promise<void>((resolve) => socket.once('connect', resolve)), closed])
  return {
    connected,
    write: (text) => socket.write(text),
    responses: async (n) => {
      for (;;) {
        const parsed = parse(received)
        if (parsed.length >= n) return parsed.slice(0, n)
        if (isClosed) throw new Error(`closed after ${parsed.length} of ${n} responses`)
        await Promise.race([new Promise((resolve) => socket.once('data', resolve)), closed])
      }
    },
    closed: () => isClosed,
    end: () => socket.destroy(),
  }
}
