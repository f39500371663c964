import { and, desc, eq } from 'drizzle-orm'
import { outbox, sessions, users } from '../../db/schema/index.ts'
import { randomToken, sha256Hex } from '../../worker/crypto.ts'
import { planStaffCreation } from '../../worker/identity/staff.ts'
import { totpCode } from '../../worker/identity/totp.ts'
import type { Database } from '../../worker/ports.ts'
import { runWrites } from '../../worker/writes.ts'
import type { testApp } from './app.ts'
import { testClient } from './client.ts'

type TestApp = Awaited<ReturnType<typeof testApp>>

/** The token (the part after `#`) of the last link to a page mailed to an address. */
export async function linkTokenFor(t: TestApp, to: string, page = '/verificar-correo'): Promise<string> {
  const mails = await t.db.select().from(outbox).where(eq(outbox.to, to)).orderBy(desc(outbox.createdAt))
  const mail = mails.find((m) => m.text.includes(`${page}#`))
  const token = new RegExp(`${page}#([\\w-]+)`).exec(mail?.text ?? '')?.[1]
  if (!token) throw new Error(`no link mailed to ${to}`)
  return token
}

export const CITIZEN = {
  run: '12.345.678-5',
  nombres: 'Camila Andrea',
  apellidos: 'Rojas Fuentes',
  email: 'camila.rojas@example.cl',
  password: 'un cóndor sobre los Andes 1810',
}

/** A self-registered citizen with a verified e-mail, signed in. */
export async function signedInCitizen(t: TestApp, person = CITIZEN) {
  const client = testClient((path, init) => t.app.request(path, init))
  await client.post('/api/auth/register', person)
  await client.post('/api/auth/verify-email', { token: await linkTokenFor(t, person.email) })
  const login = await client.post('/api/auth/login', { run: person.run, password: person.password })
  if (login.status !== 200) throw new Error(`citizen login failed: ${login.status} ${await login.text()}`)
  return client
}

/**
 * A self-registered citizen with a verified e-mail, signed in on a running server (its database
 * open beside it, where the verification link is read): a client whose jar holds the session.
 */
export async function signedInCitizenAt(url: string, db: Database, person = CITIZEN) {
  const client = testClient((path, init) => fetch(`${url}${path}`, init), url)
  await client.post('/api/auth/register', person)
  await client.post('/api/auth/verify-email', { token: await linkTokenFor({ db } as TestApp, person.email) })
  const login = await client.post('/api/auth/login', { run: person.run, password: person.password })
  if (login.status !== 200) throw new Error(`citizen login failed: ${login.status} ${await login.text()}`)
  return client
}

/** The `Cookie` header of a client's jar: for requests sent without the client. */
export function cookieOf(client: { jar: Map<string, string> }): string {
  return [...client.jar].map(([name, value]) => `${name}=${value}`).join('; ')
}

/**
 * A staff member created by an administrator, activated, enrolled and signed in with TOTP.
 * Returns the client and the TOTP secret.
 */
export async function signedInStaff(
  t: TestApp,
  role: 'officer' | 'supervisor' | 'admin',
  email = `${role}@carabineros.example.cl`,
  unidadCode = 'DEMO-13101-1',
) {
  email = email.toLowerCase()
  const ctx = { ...t.ports, actor: null, requestId: 'test', clientAddress: null, cifras: true }
  const planned = await planStaffCreation(
    ctx,
    { email, nombres: 'Pedro', apellidos: 'Muñoz', role, unidadCode },
    { locale: 'es', publicUrl: 'http://localhost:8787' },
  )
  await runWrites(ctx, planned.writes)
  const client = testClient((path, init) => t.app.request(path, init))
  const password = 'guardia de la noche en Temuco'
  await client.post('/api/auth/password', { token: planned.link.split('#')[1], password })
  const started = (await (await client.post('/api/staff/login', { username: email, password })).json()) as {
    challenge: string
    secret: string
  }
  const login = await client.post('/api/staff/login/totp', {
    challenge: started.challenge,
    code: totpCode(started.secret, t.clock.now()),
  })
  if (login.status !== 200) throw new Error(`staff login failed: ${login.status} ${await login.text()}`)
  const [user] = await t.db
    .select()
    .from(users)
    .where(and(eq(users.email, email), eq(users.kind, 'staff')))
  return { client, secret: started.secret, password, userId: user?.id ?? '' }
}

/**
 * A ClaveÚnica citizen's session written straight into a database (for tests of what comes after
 * signing in; the sign-in itself is tested on its own): the `Cookie` header a browser would send.
 *
 * @example
 * const cookie = await claveUnicaSessionCookie(db, '88888888-8')
 */
export async function claveUnicaSessionCookie(
  db: Database,
  run: string,
  names = ['Valentina Sofía', 'Pérez Núñez'],
): Promise<string> {
  const userId = crypto.randomUUID()
  const token = randomToken()
  const now = new Date()
  await db.insert(users).values({
    id: userId,
    kind: 'citizen',
    run,
    runProof: 'claveunica',
    givenNames: names[0] ?? '',
    familyNames: names[1] ?? '',
    role: 'citizen',
    createdAt: now,
  })
  await db.insert(sessions).values({
    tokenHash: await sha256Hex(token),
    userId,
    createdAt: now,
    lastSeenAt: now,
    expiresAt: new Date(now.getTime() + 3_600_000),
    assurance: 'claveunica',
  })
  return `cv_session=${token}; cv_who=${userId}.${run}`
}

/**
 * A staff member signed in with their second factor, written straight into a database: the
 * `Cookie` header of their session (for the edge's tests, which cannot sign in by e-mail code).
 *
 * @example
 * const cookie = await staffSessionCookie(db, 'officer', 'DEMO-13101-1')
 */
export async function staffSessionCookie(
  db: Database,
  role: 'officer' | 'supervisor' | 'admin',
  unidadCode: string | null,
  capacidades?: string[],
): Promise<string> {
  const id = crypto.randomUUID()
  const token = randomToken()
  const now = new Date()
  await db.insert(users).values({
    id,
    kind: 'staff',
    runProof: 'staff',
    givenNames: 'Pedro',
    familyNames: 'Muñoz',
    email: `${id}@carabineros.example.cl`,
    role,
    unidadCode,
    ...(capacidades ? { capacidades } : {}),
    createdAt: now,
  })
  await db.insert(sessions).values({
    tokenHash: await sha256Hex(token),
    userId: id,
    createdAt: now,
    lastSeenAt: now,
    expiresAt: new Date(now.getTime() + 3_600_000),
    assurance: 'mfa',
  })
  return `cv_session=${token}`
}
