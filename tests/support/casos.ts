import { desc, eq, sql } from 'drizzle-orm'
import { casos, outbox } from '../../db/schema/index.ts'
import { abrirCaso } from '../../worker/casos/abrir.ts'
import { randomCode } from '../../worker/codes.ts'
import type { Database } from '../../worker/ports.ts'
import { runWrites } from '../../worker/writes.ts'
import type { testApp } from './app.ts'
import { testClient } from './client.ts'
import { claveUnicaSessionCookie } from './identity.ts'

type TestApp = Awaited<ReturnType<typeof testApp>>

/**
 * A ClaveÚnica citizen signed in (a session written into the database), as a browser-like client,
 * with their account id.
 *
 * @example
 * const valentina = await ciudadano(t, '88888888-8')
 */
export async function ciudadano(t: Pick<TestApp, 'app' | 'db'>, run: string, names?: string[]) {
  const cookie = await claveUnicaSessionCookie(t.db, run, names)
  const client = testClient((path, init) => t.app.request(path, init))
  for (const pair of cookie.split('; ')) {
    const index = pair.indexOf('=')
    client.jar.set(pair.slice(0, index), pair.slice(index + 1))
  }
  const userId = /cv_who=([^.]+)\./.exec(cookie)?.[1] ?? ''
  return { client, userId, cookie }
}

/**
 * A denuncia's case as its submission opens it (worker/casos/abrir.ts), committed; returns its
 * número. The denuncia's own row is another module's (worker/denuncias).
 *
 * @example
 * const numero = await nuevoCaso(t.ports, { userId, comunaCut: '13101', correo: 'ana@example.cl' })
 */
export async function nuevoCaso(
  ports: TestApp['ports'],
  caso: { userId: string; comunaCut: string; correo?: string; locale?: 'es' | 'en' | 'ht'; at?: Date },
): Promise<string> {
  const numero = randomCode()
  const at = caso.at ?? ports.clock.now()
  const { writes } = abrirCaso(
    {
      servicio: 'denuncia',
      numero,
      userId: caso.userId,
      estado: 'recibida',
      venceAt: new Date(at.getTime() + 24 * 3_600_000),
      at,
      comunaCut: caso.comunaCut,
      correo: caso.correo ?? null,
      locale: caso.locale ?? null,
    },
    { cifras: true },
  )
  await runWrites(ports, writes)
  return numero
}

/** A case's row by its número. */
export async function casoRow(db: Database, numero: string) {
  const [row] = await db.select().from(casos).where(eq(casos.numero, numero))
  if (!row) throw new Error(`no case ${numero}`)
  return row
}

/** The e-mails written to an address, newest first (those of one instant, last written first). */
export async function correosA(db: Database, to: string) {
  return db.select().from(outbox).where(eq(outbox.to, to)).orderBy(desc(outbox.createdAt), desc(sql`rowid`))
}
