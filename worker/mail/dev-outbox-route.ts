import { Hono } from 'hono'
import { html } from 'hono/html'
import type { AppEnv } from '../context.ts'
import { ultimosCorreos } from './outbox.ts'

/**
 * `/dev/outbox`: the e-mail the portal wrote, newest first, with its links clickable — so that a
 * demo on a laptop can follow a verification or invitation link without a mail server. Mounted
 * by the embedded default outside production only.
 */
export const devOutboxRoute = new Hono<AppEnv>().get('/', async (c) => {
  const rows = await ultimosCorreos(c.var.ports.db)
  const linkify = (text: string) =>
    text
      .split(/(https?:\/\/\S+)/)
      .map((part, i) => (i % 2 === 1 ? html`<a href="${part}">${part}</a>` : part))
  c.header('Cache-Control', 'no-store')
  return c.html(html`<!doctype html>
    <html lang="es">
      <head>
        <meta charset="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <title>Correo saliente (desarrollo) — Comisaría Virtual</title>
      </head>
      <body>
        <main>
          <h1>Correo saliente (solo en desarrollo)</h1>
          <p>${rows.length} mensajes. En producción el correo sale por SMTP y esta página no existe.</p>
          ${rows.map(
            (m) => html`<article>
              <h2>${m.subject}</h2>
              <p>Para: ${m.to} · ${m.createdAt.toISOString()} · ${m.sentAt ? 'enviado' : 'pendiente'} · ${m.messageId}</p>
              <pre>${linkify(m.text)}</pre>
            </article>`,
          )}
        </main>
      </body>
    </html>`)
})
