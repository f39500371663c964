import type { IncomingMessage } from 'node:http'
import proxyaddr from 'proxy-addr'
import type { AppContext } from './context.ts'

/** Which peers may say, in `X-Forwarded-For`, whom they forward for. */
export type ProxyTrust = (address: string, hop: number) => boolean

/**
 * Reads `TRUSTED_PROXIES` (comma-separated addresses or CIDR ranges, IPv4 or IPv6; empty: none),
 * or throws naming the entry it cannot read.
 *
 * @example
 * const trust = proxyTrust('10.0.0.0/8, 192.0.2.7')
 * trust('10.1.2.3', 0) // true
 */
export function proxyTrust(setting: string | undefined): ProxyTrust {
  const entries = (setting ?? '')
    .split(',')
    .map((entry) => entry.trim())
    .filter((entry) => entry !== '')
  try {
    return proxyaddr.compile(entries)
  } catch (error) {
    throw new Error(`TRUSTED_PROXIES: ${error instanceof Error ? error.message : String(error)}`)
  }
}

/**
 * The caller's network address, the one every per-client limit and the audit log use.
 *
 * - On Node: the socket's peer. Only when that peer is a trusted proxy (`TRUSTED_PROXIES`) does
 *   `X-Forwarded-For` count, and then its right-most entry that is not itself a trusted proxy:
 *   whatever a client writes to the left of it is the client's own word.
 * - At the edge: `CF-Connecting-IP`, which Cloudflare sets and overwrites on every request.
 *
 * A client's own `CF-Connecting-IP` or `X-Forwarded-For` never changes the answer on Node.
 *
 * @example
 * const address = clientAddress(c) // '203.0.113.7'
 */
export function clientAddress(c: AppContext): string {
  const incoming = (c.env as { incoming?: IncomingMessage } | undefined)?.incoming
  if (incoming) return proxyaddr(incoming, c.var.ports.config.trustProxy)
  return c.req.header('cf-connecting-ip') ?? 'unknown'
}
