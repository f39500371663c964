import { createServer } from 'node:http'
import type { AddressInfo } from 'node:net'
import { startLocalClaveUnicaIfWanted } from '../../../worker/adapters/local-claveunica.ts'
import { dbMigrate, type Edge, startEdge } from '../../support/edge.ts'
import { freePort } from '../../support/node-server.ts'
import { type Mail, waitForMail } from './constancia.ts'
import { buildPwa, webRoot } from './server.ts'

/**
 * A loopback stand-in for the HTTP mail API the Worker's mailer posts to
 * (worker/adapters/http-mailer.ts): it checks the bearer token and keeps each message.
 */
async function startMailApi() {
  const token = 'mail-api-test-token'
  const received: Mail[] = []
  const server = createServer((request, response) => {
    const chunks: Buffer[] = []
    request.on('data', (chunk: Buffer) => chunks.push(chunk))
    request.on('end', () => {
      if (request.headers.authorization !== `Bearer ${token}`) return response.writeHead(401).end()
      const message = JSON.parse(Buffer.concat(chunks).toString('utf8')) as Omit<Mail, 'to'> & {
        to: string[]
      }
      received.push({
        to: message.to.map((to) => to.toLowerCase()),
        subject: message.subject,
        text: message.text,
      })
      response.writeHead(202, { 'content-type': 'application/json' }).end('{"id":"queued"}')
    })
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/send`,
    token,
    received,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  }
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
  const mail = await startMailApi()
  const claveUnica = await startLocalClaveUnicaIfWanted(
    { APP_ENV: 'test', CLAVEUNICA_LOCAL_PORT: String(await freePort()) },
    origin,
  )
  if (!claveUnica) throw new Error('the local ClaveÚnica did not start')
  const edge = await startEdge({
    port,
    webRoot,
    prepare: (turso) => dbMigrate(turso, { DEMO_DATA: '1' }),
    bindings: { PUBLIC_URL: origin, MAIL_API_URL: mail.url, MAIL_API_TOKEN: mail.token, ...claveUnica.env },
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
    mailTo: (to, needle) => waitForMail(mail.received, to, needle),
    stop: async () => {
      await edge.close()
      await claveUnica.close()
      await mail.close()
    },
  }
}
