import { createHash } from 'node:crypto'
import { type Challenge, createChallenge, randomInt, verifySolution } from 'altcha-lib'
import { deriveKey } from 'altcha-lib/algorithms/sha'
import * as v from 'valibot'
import { localDate, localDayWindow } from '../../core/time.ts'
import { informacionDesafios } from '../../db/schema/index.ts'
import { AppError } from '../errors.ts'
import type { Ports } from '../ports.ts'
import type { Read } from '../reads.ts'
import { insertRow, type Statement } from '../writes.ts'

/**
 * How long a challenge may be used after it is issued. Solving takes a second or two; the rest is
 * for a tipster who writes after asking (the PWA asks again when it has run out).
 */
export const DESAFIO_VIGENCIA_MS = 10 * 60_000

/**
 * The counters a challenge hides its answer among (ALTCHA v2's deterministic mode): the solver
 * tries half of them on average, one SHA-256 each. Decision 0042 has the figure it takes.
 */
export const DESAFIO_MAXIMO = 100_000

/** A challenge as the API hands it out and takes it back with its solution (ALTCHA v2's payload). */
export const DesafioResuelto = v.strictObject({
  parameters: v.strictObject({
    algorithm: v.literal('SHA-256'),
    nonce: v.pipe(v.string(), v.regex(/^[0-9a-f]{1,128}$/)),
    salt: v.pipe(v.string(), v.regex(/^[0-9a-f]{1,128}$/)),
    cost: v.pipe(v.number(), v.integer(), v.minValue(1), v.maxValue(16)),
    keyLength: v.pipe(v.number(), v.integer(), v.minValue(1), v.maxValue(64)),
    keyPrefix: v.pipe(v.string(), v.regex(/^[0-9a-f]{1,128}$/)),
    keySignature: v.optional(v.pipe(v.string(), v.regex(/^[0-9a-f]{1,128}$/))),
    data: v.strictObject({ vence: v.pipe(v.number(), v.integer(), v.minValue(0)) }),
  }),
  signature: v.pipe(v.string(), v.regex(/^[0-9a-f]{64}$/)),
  solution: v.strictObject({
    counter: v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(0xffffffff)),
    derivedKey: v.pipe(v.string(), v.regex(/^[0-9a-f]{2,128}$/)),
  }),
})
export type DesafioResuelto = v.InferOutput<typeof DesafioResuelto>

/** The two HMAC secrets of the challenges, derived from the vault's key (no secret of their own to deploy). */
async function secretos(vault: Ports['vault']) {
  return {
    hmacSignatureSecret: await vault.subkey('altcha:firma'),
    hmacKeySignatureSecret: await vault.subkey('altcha:clave'),
  }
}

/**
 * A new challenge: signed with the server's secret, its expiry (`data.vence`, ms, from the clock
 * port) inside what is signed. Nothing is stored: a challenge costs the server one HMAC and a hash.
 *
 * @example
 * const challenge = await emitirDesafio(ports, DESAFIO_MAXIMO)
 * // { parameters: { algorithm: 'SHA-256', nonce, salt, cost: 1, keyPrefix, keySignature, data: { vence } }, signature }
 */
export async function emitirDesafio(
  ports: Pick<Ports, 'vault' | 'clock'>,
  maximo: number = DESAFIO_MAXIMO,
): Promise<Challenge> {
  return createChallenge({
    algorithm: 'SHA-256',
    cost: 1,
    counter: randomInt(maximo, 0),
    deriveKey,
    data: { vence: ports.clock.now().getTime() + DESAFIO_VIGENCIA_MS },
    ...(await secretos(ports.vault)),
  })
}

/** What the database keeps of a used challenge: the SHA-256 of its signature (unique to it). */
export function huellaDesafio(desafio: DesafioResuelto): string {
  // Synchronous: a submission's reads are named before anything is awaited.
  return createHash('sha256').update(`altcha:${desafio.signature}`).digest('hex')
}

/**
 * Whether a challenge with this fingerprint was used already (a read for a submission's batch).
 *
 * @example
 * reads: () => ({ usado: desafioUsado(huella) })
 */
export function desafioUsado(huella: string): Read<boolean> {
  return {
    statement: { sql: 'select 1 from informacion_desafios where hash = ?', args: [huella] },
    map: (result) => result.rows.length > 0,
  }
}

/**
 * The 400 of a proof of work refused, whatever the reason (forged, expired, wrong, used): it
 * names the field `desafio`.
 *
 * @example
 * throw desafioRechazado()
 */
export const desafioRechazado = () =>
  new AppError('validation_failed', { fields: [{ field: 'desafio', key: 'proof_of_work_invalid' }] })

/**
 * Checks a solved challenge: signed by this server, not expired by the clock port, solved, and
 * never used (`usado`, read in the submission's batch). Returns the writes that spend it — its
 * fingerprint kept until the end of the day (Chile) it expires on: the row is written in the batch
 * of the tip it paid for, in the same order, so its time must say no more than the tip's day
 * (decision 0048) — and the expired ones cleared in the same batch; or throws the 400 naming
 * `desafio`.
 *
 * @example
 * const writes = await gastarDesafio(c.var.ports, input.desafio, huella, loaded.usado)
 */
export async function gastarDesafio(
  ports: Pick<Ports, 'vault' | 'clock'>,
  desafio: DesafioResuelto,
  huella: string,
  usado: boolean,
): Promise<Statement[]> {
  const now = ports.clock.now().getTime()
  if (usado || desafio.parameters.data.vence < now) throw desafioRechazado()
  const result = await verifySolution({
    challenge: { parameters: desafio.parameters, signature: desafio.signature },
    solution: desafio.solution,
    deriveKey,
    ...(await secretos(ports.vault)),
  })
  if (!result.verified) throw desafioRechazado()
  const dia = localDayWindow(localDate(new Date(desafio.parameters.data.vence)))
  return [
    insertRow(informacionDesafios, { hash: huella, vence: new Date(dia.end.getTime() + 1) }),
    { sql: 'delete from informacion_desafios where vence < ?', args: [now] },
  ]
}
