import {
  type Client,
  createClient,
  type InArgs,
  type InStatement,
  type TransactionMode,
} from '@libsql/client/web'
import { DatabaseUnreachable } from '../errors.ts'

/** The Worker's fetch, its network faults told apart from a statement's errors (worker/errors.ts). */
const fetchTurso = (input: Request | string, init?: RequestInit) =>
  fetch(input, init).catch((error: unknown) => {
    throw new DatabaseUnreachable(error)
  })

/**
 * Turso over HTTP for the Worker, with nothing shared between two calls: each statement, batch
 * or transaction gets its own `@libsql/client/web` client (about 5 µs to make; each call is one
 * HTTP request anyway, so no connection is lost). One client per isolate wedged it for good:
 * its 20-call limiter is shared by every request of the isolate, and in workerd a promise
 * belongs to the request that started its I/O. A call queued behind the limit was started from
 * another request's continuation, so its fetch belonged to that request and was cancelled when
 * it answered; a request cancelled by its client (Cloudflare cancels it on disconnect) left its
 * call unsettled the same way. Either way the slot was never released, and after twenty of them
 * every call waited for ever (docs/decisions/0019). drizzle, its prepared statements and the app
 * are still built once per isolate: they hold this object, not a connection.
 *
 * @example
 * const db = drizzle(tursoClient({ url: env.TURSO_DATABASE_URL, authToken: env.TURSO_AUTH_TOKEN }), { schema })
 */
export function tursoClient(config: { url: string; authToken?: string }): Client {
  const open = () =>
    createClient({ url: config.url, authToken: config.authToken, intMode: 'number', fetch: fetchTurso })
  return {
    execute: (stmt: InStatement | string, args?: InArgs) =>
      typeof stmt === 'string' ? open().execute(stmt, args) : open().execute(stmt),
    batch: (stmts, mode) => open().batch(stmts, mode),
    migrate: (stmts) => open().migrate(stmts),
    transaction: (mode?: TransactionMode) => open().transaction(mode),
    executeMultiple: (sql) => open().executeMultiple(sql),
    sync: () => open().sync(),
    // Nothing stays open between calls: each call's client is garbage once it has answered.
    close: () => undefined,
    reconnect: () => undefined,
    closed: false,
    protocol: 'http',
  }
}
