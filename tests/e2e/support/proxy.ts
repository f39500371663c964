import { connect, createServer, type Server, type Socket } from 'node:net'

export interface SwitchableProxy {
  port: number
  origin: string
  /** Cuts the network for everything behind the proxy, the service worker included. */
  cut: () => Promise<void>
  restore: () => Promise<void>
  /** While on, every POST to /api/ gets a 503 from the proxy: the server is "down", the site is not. */
  failApi: (on: boolean) => void
  /** Until called again with `undefined`, every POST to /api/ gets this answer from the proxy. */
  answerPosts: (answer: { status: number; body: unknown } | undefined) => void
  /** How many `POST <path>` requests went through since the proxy started. */
  posts: (path: string) => number
  /** How many `POST <path>` requests the proxy answered itself (answerPosts, failApi). */
  answered: (path: string) => number
  /** How many bytes clients sent through it towards the server since it started (headers and bodies). */
  bytesUp: () => number
  close: () => Promise<void>
}

/**
 * A loopback TCP proxy between the browser and the portal that a test can switch off: it then
 * closes every open socket and refuses new connections, which the page AND the service worker see
 * as a dead network (Playwright's setOffline can miss service-worker fetches). It also counts the
 * POSTs that reach the server, so a test can prove that nothing was sent twice. With
 * `upstreamBytesPerSecond` it is also a slow link towards the server (the bench's uploads).
 */
const count = (lines: string, path: string) =>
  lines.split('\n').filter((line) => line.startsWith(`POST ${path}`)).length

export async function startProxy(
  targetPort: number,
  port = 0,
  upstreamBytesPerSecond = 0,
): Promise<SwitchableProxy> {
  const sockets = new Set<Socket>()
  let requestLines = ''
  let answeredLines = ''
  let server: Server | undefined
  let listeningPort = port
  let canned: Buffer | undefined
  let upstreamBytes = 0

  const listen = () =>
    new Promise<void>((resolve, reject) => {
      const next = createServer((client) => {
        const upstream = connect(targetPort, '127.0.0.1')
        sockets.add(client)
        sockets.add(upstream)
        client.on('data', (chunk: Buffer) => {
          const text = chunk.toString('latin1')
          if (canned && text.startsWith('POST /api/')) {
            answeredLines += `${text.slice(0, text.indexOf('\r\n'))}\n`
            client.end(canned)
            upstream.destroy()
            return
          }
          // Request lines only: enough to count POSTs, cheap on large bodies.
          for (const match of text.matchAll(/^(POST|GET|PUT|DELETE) \S+ HTTP\/1\.1$/gm))
            requestLines += `${match[0]}\n`
          upstreamBytes += chunk.length
          upstream.write(chunk)
          if (upstreamBytesPerSecond > 0) {
            // A slow link: the client waits as long as these bytes take at that pace.
            client.pause()
            setTimeout(() => client.resume(), (chunk.length / upstreamBytesPerSecond) * 1000)
          }
        })
        upstream.pipe(client)
        const drop = () => {
          client.destroy()
          upstream.destroy()
          sockets.delete(client)
          sockets.delete(upstream)
        }
        client.on('error', drop)
        upstream.on('error', drop)
        client.on('close', drop)
        upstream.on('close', drop)
      })
      next.once('error', reject)
      next.listen(listeningPort, '127.0.0.1', () => {
        const address = next.address()
        if (typeof address === 'object' && address) listeningPort = address.port
        server = next
        resolve()
      })
    })

  const stop = () =>
    new Promise<void>((resolve) => {
      for (const socket of sockets) socket.destroy()
      sockets.clear()
      if (!server) return resolve()
      const closing = server
      server = undefined
      closing.close(() => resolve())
    })

  await listen()
  return {
    port: listeningPort,
    origin: `http://127.0.0.1:${listeningPort}`,
    cut: stop,
    restore: async () => {
      if (!server) await listen()
    },
    failApi: (on) => {
      canned = on
        ? Buffer.from('HTTP/1.1 503 Service Unavailable\r\nContent-Length: 0\r\nConnection: close\r\n\r\n')
        : undefined
    },
    answerPosts: (answer) => {
      if (!answer) {
        canned = undefined
        return
      }
      const body = Buffer.from(JSON.stringify(answer.body))
      const head =
        `HTTP/1.1 ${answer.status} Canned\r\nContent-Type: application/json\r\n` +
        `Content-Length: ${body.length}\r\nConnection: close\r\n\r\n`
      canned = Buffer.concat([Buffer.from(head), body])
    },
    posts: (path) => count(requestLines, path),
    answered: (path) => count(answeredLines, path),
    bytesUp: () => upstreamBytes,
    close: stop,
  }
}
