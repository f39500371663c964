import { startLocalClaveUnicaIfWanted } from '../../../worker/adapters/local-claveunica.ts'
import { dbMigrate, type Edge, startEdge } from '../../support/edge.ts'
import { freePort } from '../../support/node-server.ts'
import { type Mail, waitForMail } from './constancia.ts'
import { buildPwa, webRoot } from './server.ts'

/** What the Worker's mail API took, as the e-mail tests read it. */
function delivered(edge: Edge): Mail[] {
  return edge.api.calls
    .filter((call) => call.accepted)
    .map(({ to, subject, text }) => ({ to: [to], subject, text }))
}

export interface EdgePortal {
  /** Where the browser loads it: miniflare on a loopback port, also its `PUBLIC_URL`. */
  origin: string
  publicOrigin: string
  /** The local ClaveÚnica, on its own loopback port. */
  claveUnicaOrigin: string
  /** The Turso stand-in's URL, for the commands (`npm run admin`, `npm run import`). */
  databaseUrl: string
  edge: Edge
  /** Runs the Cron Trigger once (the maintenance: the e-mail outbox drained, expired rows purged). */
  cron: () => Promise<void>
  /** The first message the Worker sent through the mail API to `to` containing `needle`. */
  mailTo: (to: string, needle: string) => Promise<Mail>
  stop: () => Promise<void>
}

/**
 * The portal as deployed to Workers, run locally: the deploy artifact and the built PWA in
 * workerd (miniflare, routed as wrangler.toml says), Turso's stand-in on a database prepared by
 * `npm run db:migrate` with the demo data, the local ClaveÚnica and a mail API on loopback.
 *
 * @example
 * const portal = await startEdgePortal()
 * await page.goto(`${portal.origin}/permisos`)
 */
export async function startEdgePortal(): Promise<EdgePortal> {
  buildPwa()
  const port = await freePort()
  const origin = `http://127.0.0.1:${port}`
  const claveUnica = await startLocalClaveUnicaIfWanted(
    { APP_ENV: 'test', CLAVEUNICA_LOCAL_PORT: String(await freePort()) },
    origin,
  )
  if (!claveUnica) throw new Error('the local ClaveÚnica did not start')
  const edge = await startEdge({
    port,
    webRoot,
    prepare: (turso) => dbMigrate(turso, { DEMO_DATA: '1' }),
    bindings: { PUBLIC_URL: origin, ...claveUnica.env },
  })
  return {
    origin,
    publicOrigin: origin,
    claveUnicaOrigin: new URL(claveUnica.env.CLAVEUNICA_ISSUER ?? '').origin,
    databaseUrl: edge.turso.url,
    edge,
    cron: async () => {
      const worker = await edge.mf.getWorker('portal')
      await worker.scheduled({ cron: '* * * * *' })
    },
    mailTo: (to, needle) => waitForMail(() => delivered(edge), to, needle),
    stop: async () => {
      await edge.close()
      await claveUnica.close()
    },
  }
}
