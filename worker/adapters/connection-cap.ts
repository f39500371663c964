import type { Server } from 'node:http'

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
 * Behind a reverse proxy every connection comes from the proxy's address: an exemption for
 * trusted proxies belongs in this function, the one place that decides.
 *
 * @example
 * capConnectionsPerClient(server, config.maxConnectionsPerClient)
 */
export function capConnectionsPerClient(server: Server, max: number): void {
  if (max === 0) return
  const open = new Map<string, number>()
  server.on('connection', (socket) => {
    const address = socket.remoteAddress
    if (address === undefined) return
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
