import type { Server } from 'node:http'
import type { ProxyTrust } from '../client-address.ts'

/**
 * The embedded default's cap (an environment variable, overridable): 64 connections an address,
 * ten browsers' worth (six each at most) behind one NAT, while one attacker's address holds no
 * more than 64 sockets (docs/decisions/0016-slow-clients.md).
 */
export const NODE_CONNECTION_CAP = { MAX_CONNECTIONS_PER_CLIENT: '64' }

/**
 * Caps the connections one client address (the socket's remote address) may hold open on the
 * server at once; past `max` a new one is closed as soon as it is accepted, before a byte of it is
 * read (0: no cap). The server's deadlines bound how long each socket lives; this bounds how
 * many one address can hold meanwhile (docs/decisions/0016-slow-clients.md).
 *
 * A trusted proxy (`TRUSTED_PROXIES`) is not capped: every client behind it arrives from its
 * address, and it deals with slow clients itself.
 *
 * @example
 * capConnectionsPerClient(server, config.maxConnectionsPerClient, config.trustProxy)
 */
export function capConnectionsPerClient(server: Server, max: number, trusted: ProxyTrust): void {
  if (max === 0) return
  const open = new Map<string, number>()
  server.on('connection', (socket) => {
    const address = socket.remoteAddress
    if (address === undefined || trusted(address, 0)) return
    const count = open.get(address) ?? 0
    if (count >= max) {
      socket.destroy()
      return
    }
    open.set(address, count + 1)
    socket.once('close', () => {
      const left = (open.get(address) ?? 1) - 1
      if (left > 0) open.set(address, left)
      else open.delete(address)
    })
  })
}
