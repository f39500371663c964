import { join } from 'node:path'
import { eq } from 'drizzle-orm'
import { openFileDatabase } from '../../../db/open.ts'
import { condolencias } from '../../../db/schema/index.ts'
import { claveUnicaSessionCookie } from '../../support/identity.ts'
import { freePort } from '../../support/node-server.ts'
import { type SwitchableProxy, startProxy } from './proxy.ts'
import { type PortalServer, startPortal } from './server.ts'

/**
 * The condolence book's offline tests' portal: behind a proxy the test can cut (its `PUBLIC_URL`,
 * so the pages' POSTs come from the right origin), a citizen's session made in its database (the
 * book is written signed in since issue 19), and what the server recorded, read there: a message
 * is not public until moderated, so the API cannot tell.
 *
 * @example
 * const libro = await startLibro()
 * await withCookies(context, libro.server.origin, libro.cookie)
 * expect(await libro.recorded('Honor y gloria')).toBe(1)
 */
export async function startLibro(options: { webRoot?: string } = {}): Promise<{
  server: PortalServer
  proxy: SwitchableProxy
  cookie: string
  recorded: (mensaje: string) => Promise<number>
  stop: () => Promise<void>
}> {
  const proxyPort = await freePort()
  const server = await startPortal({
    webRoot: options.webRoot,
    env: { PUBLIC_URL: `http://127.0.0.1:${proxyPort}` },
  })
  const proxy = await startProxy(server.port, proxyPort)
  const opened = await openFileDatabase(`file:${join(server.dataDir, 'comisaria.db')}`)
  const cookie = await claveUnicaSessionCookie(opened.db, '66666666-6', ['Rosa Elena', 'Araya Soto'])
  return {
    server,
    proxy,
    cookie,
    recorded: async (mensaje) =>
      (
        await opened.db
          .select({ id: condolencias.id })
          .from(condolencias)
          .where(eq(condolencias.mensaje, mensaje))
      ).length,
    stop: async () => {
      opened.client.close()
      await proxy.close()
      await server.stop()
    },
  }
}
