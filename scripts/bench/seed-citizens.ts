import { sql } from 'drizzle-orm'
import { checkDigit } from '../../core/run.ts'
import { openFileDatabase } from '../../db/open.ts'
import {
  avisosLegales,
  constanciasVoto,
  padronElectoral,
  permisos,
  registroCivil,
  sessions,
  users,
} from '../../db/schema/index.ts'
import { sha256Hex } from '../../worker/crypto.ts'

export interface BenchCitizen {
  run: string
  token: string
  /** The serial of the citizen's identity card, as the civil registry has it. */
  serie: string
  /** The `Cookie` header of the citizen's browser: the session and its companion (decision 0023). */
  cookie: string
}

/**
 * Writes `count` ClaveÚnica citizens straight into a running server's database — on the roll, in
 * the civil registry with an identity card, signed in (a session whose token we know) and past the legal notice — so
 * that the bench measures the submission itself, not the login.
 */
export async function seedCitizens(file: string, eleccionId: string, count: number): Promise<BenchCitizen[]> {
  const { client, db } = await openFileDatabase(`file:${file}`)
  const now = new Date()
  const citizens: BenchCitizen[] = []
  for (let start = 0; start < count; start += 500) {
    const chunk = Array.from({ length: Math.min(500, count - start) }, (_, i) => {
      const numero = 30_000_000 + start + i
      return {
        id: crypto.randomUUID(),
        run: `${numero}-${checkDigit(numero)}`,
        token: crypto.randomUUID(),
        serie: `A0${numero}`,
      }
    })
    const hashes = await Promise.all(chunk.map((c) => sha256Hex(c.token)))
    await db.batch([
      db.insert(users).values(
        chunk.map((c) => ({
          id: c.id,
          kind: 'citizen' as const,
          run: c.run,
          runProof: 'claveunica' as const,
          givenNames: 'Votante',
          familyNames: 'De Prueba',
          createdAt: now,
        })),
      ),
      db.insert(sessions).values(
        chunk.map((c, i) => ({
          tokenHash: hashes[i] ?? '',
          userId: c.id,
          createdAt: now,
          lastSeenAt: now,
          expiresAt: new Date(now.getTime() + 12 * 3600_000),
          assurance: 'claveunica' as const,
        })),
      ),
      db.insert(padronElectoral).values(
        chunk.map((c) => ({
          run: c.run,
          nombres: 'Votante',
          apellidos: 'De Prueba',
          domicilioElectoral: 'Calle Falsa 123',
          comunaCut: '12101',
          localVotacion: 'Liceo de prueba',
        })),
      ),
      db.insert(registroCivil).values(
        chunk.map((c) => ({
          run: c.run,
          nombres: 'Votante',
          apellidos: 'De Prueba',
          fechaNacimiento: '1980-01-01',
          serieCedula: c.serie,
        })),
      ),
      db.insert(avisosLegales).values(chunk.map((c) => ({ userId: c.id, eleccionId, acceptedAt: now }))),
    ])
    citizens.push(
      ...chunk.map((c) => ({
        run: c.run,
        token: c.token,
        serie: c.serie,
        cookie: `cv_session=${c.token}; cv_who=${c.id}.${c.run}`,
      })),
    )
  }
  await db.run(sql`pragma wal_checkpoint(truncate)`)
  await client.close()
  return citizens
}

/**
 * Citizens registered with a password (a self-declared RUN, the e-mail verified), written straight
 * into a database file, every one with the same hash: for the benches that sign in.
 */
export async function seedPasswordCitizens(
  file: string,
  runs: string[],
  passwordHash: string,
): Promise<void> {
  const { client, db } = await openFileDatabase(`file:${file}`)
  await db.insert(users).values(
    runs.map((run) => ({
      id: crypto.randomUUID(),
      kind: 'citizen' as const,
      run,
      runProof: 'self' as const,
      givenNames: 'Bench',
      familyNames: 'Login',
      email: `${run}@bench.example`,
      emailVerifiedAt: new Date(),
      passwordHash,
      createdAt: new Date(),
    })),
  )
  await client.close()
}

/** An officer (or a supervisor) of the Santiago demo unit, signed in with a second factor. */
export async function seedOfficer(file: string, role: 'officer' | 'supervisor' = 'officer'): Promise<string> {
  const { client, db } = await openFileDatabase(`file:${file}`)
  const id = crypto.randomUUID()
  const token = crypto.randomUUID()
  const now = new Date()
  await db.batch([
    db.insert(users).values({
      id,
      kind: 'staff',
      givenNames: 'Oficial',
      familyNames: 'De Prueba',
      email: `bench-${role}@carabineros.example.cl`,
      role,
      unidadCode: 'DEMO-13101-1',
      createdAt: now,
    }),
    db.insert(sessions).values({
      tokenHash: await sha256Hex(token),
      userId: id,
      createdAt: now,
      lastSeenAt: now,
      expiresAt: new Date(now.getTime() + 8 * 3600_000),
      assurance: 'mfa',
    }),
  ])
  await client.close()
  return token
}

/** The codes of the requests made so far, with their citizens' RUNs. */
export async function pendingCodes(file: string): Promise<{ code: string; run: string }[]> {
  const { client, db } = await openFileDatabase(`file:${file}`)
  const rows = await db.select({ code: constanciasVoto.code, run: constanciasVoto.run }).from(constanciasVoto)
  await client.close()
  return rows
}

/** The signed tokens of the permits issued so far. */
export async function issuedTokens(file: string): Promise<string[]> {
  const { client, db } = await openFileDatabase(`file:${file}`)
  const rows = await db.select({ token: permisos.token }).from(permisos).limit(100)
  await client.close()
  return rows.map((row) => row.token)
}

/**
 * A citizen's constancia request as the PWA's outbox sends it: their own session, a fresh
 * Idempotency-Key, the request for `eleccionId`.
 *
 * @example
 * const request = constanciaRequest(server.url, citizens[0], 'demo-2026-12-04')
 */
export function constanciaRequest(origin: string, citizen: BenchCitizen | undefined, eleccionId: string) {
  return {
    method: 'POST' as const,
    path: '/api/constancias-voto',
    headers: {
      'content-type': 'application/json',
      origin,
      cookie: citizen?.cookie ?? '',
      'idempotency-key': crypto.randomUUID(),
    },
    body: JSON.stringify({
      eleccionId,
      fechaNacimiento: '1980-01-01',
      email: 'votante@example.cl',
      emailConfirmacion: 'votante@example.cl',
      telefono: '+56912345678',
      declaracion: true,
    }),
  }
}

/** A condolence on the «general» memorial, as a signed-in citizen writes it (decision 0065). */
const CONDOLENCIA = JSON.stringify({
  memorial: 'general',
  mensaje: 'Una condolencia de prueba de carga.',
  firma: 'completa',
})

/**
 * Autocannon's requests for condolences written by seeded citizens, each request as the next
 * citizen in turn with a fresh Idempotency-Key (an anonymous one is 401: decision 0065).
 *
 * @example
 * await autocannon({ url: `${server.url}/api/condolencias`, requests: condolenciaRequests(server.url, writers) })
 */
export function condolenciaRequests(origin: string, citizens: BenchCitizen[]) {
  let sent = 0
  return [
    {
      method: 'POST' as const,
      setupRequest: <R extends object>(request: R) => {
        sent += 1
        const headers = {
          'content-type': 'application/json',
          origin,
          cookie: citizens[sent % citizens.length]?.cookie ?? '',
          'idempotency-key': crypto.randomUUID(),
        }
        return { ...request, headers, body: CONDOLENCIA }
      },
    },
  ]
}
