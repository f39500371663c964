import { mkdtempSync, writeFileSync } from 'node:fs'
import { connect, type Socket } from 'node:net'
import { tmpdir } from 'node:os'
import { join } from 'node:path'

type Kind = 'dribbling' | 'partialBodies'

export interface SlowAttackOptions {
  /** Sockets dribbling a request's headers, a few bytes a second, never the blank line that ends them. */
  dribbling: number
  /** Sockets that send a POST's headers with `Content-Length: 1000`, then one byte of body, then nothing. */
  partialBodies: number
  /** The local addresses the sockets are spread over (Linux loopback accepts any 127.x.y.z). */
  addresses: string[]
}

export interface SlowAttack {
  /** Attack sockets open right now. */
  open: () => number
  /** Sockets the server ended with `408 Request Timeout` (its deadlines), by kind. */
  timedOut: Record<Kind, number>
  /** Sockets the server closed without a word (the per-address cap, or a reset). */
  refused: number
  /** Sockets the server ended with anything else: a request that should never have been answered. */
  answered: number
  /** Stops replacing sockets and closes those open. */
  stop: () => void
}

/** How long the attacker waits before replacing a socket the server closed. */
const RECONNECT_MS = 50

/**
 * Slow clients against a server at `url`: sockets that hold the server's attention without ever
 * completing a request. Each socket the server closes is replaced, as a real attacker would, until
 * `stop()`. Resolves once every socket is connected and has sent its first bytes.
 *
 * @example
 * const attack = await slowAttack(server.url, { dribbling: 200, partialBodies: 200, addresses: ['127.0.0.2'] })
 * attack.stop()
 */
export async function slowAttack(url: string, options: SlowAttackOptions): Promise<SlowAttack> {
  const { hostname, port } = new URL(url)
  const sockets = new Map<Socket, Kind>()
  let stopped = false
  const attack: SlowAttack = {
    open: () => sockets.size,
    timedOut: { dribbling: 0, partialBodies: 0 },
    refused: 0,
    answered: 0,
    stop: () => {
      stopped = true
      clearInterval(dribble)
      for (const socket of sockets.keys()) socket.destroy()
    },
  }
  const opening = (kind: Kind, localAddress: string) =>
    new Promise<void>((resolve) => {
      const socket = connect({ port: Number(port), host: hostname, localAddress })
      let received = ''
      socket.on('data', (chunk: Buffer) => {
        received += chunk.toString()
      })
      socket.on('error', () => {})
      socket.on('connect', () => {
        sockets.set(socket, kind)
        socket.write(
          kind === 'dribbling'
            ? `GET /api/health HTTP/1.1\r\nHost: ${hostname}\r\n`
            : `POST /api/condolencias HTTP/1.1\r\nHost: ${hostname}\r\nContent-Type: application/json\r\nContent-Length: 1000\r\n\r\n{`,
          () => resolve(),
        )
      })
      socket.on('close', () => {
        resolve()
        sockets.delete(socket)
        if (stopped) return
        if (received.startsWith('HTTP/1.1 408')) attack.timedOut[kind] += 1
        else if (received === '') attack.refused += 1
        else attack.answered += 1
        setTimeout(() => {
          if (!stopped) void opening(kind, localAddress)
        }, RECONNECT_MS)
      })
    })
  const dribble = setInterval(() => {
    for (const [socket, kind] of sockets) if (kind === 'dribbling') socket.write('X: 1\r\n')
  }, 1000)
  const at = (i: number) => options.addresses[i % options.addresses.length] ?? '127.0.0.2'
  await Promise.all([
    ...Array.from({ length: options.dribbling }, (_, i) => opening('dribbling', at(i))),
    ...Array.from({ length: options.partialBodies }, (_, i) => opening('partialBodies', at(i))),
  ])
  return attack
}

/**
 * A folder holding a stand-in for the built PWA (an index.html), for a server started with
 * `WEB_ROOT` set to it: its pages are then served without running the front end's build.
 *
 * @example
 * const server = await startNodeServer({ env: { WEB_ROOT: standInPwa() } })
 */
export function standInPwa(): string {
  const folder = mkdtempSync(join(tmpdir(), 'cv-pwa-'))
  writeFileSync(
    join(folder, 'index.html'),
    '<!doctype html><title>Comisaría Virtual</title><p>Comisaría Virtual</p>',
  )
  return folder
}
