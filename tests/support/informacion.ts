import { createHash } from 'node:crypto'
import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { type Challenge, solveChallenge } from 'altcha-lib'
import { deriveKey } from 'altcha-lib/algorithms/sha'
import { eq } from 'drizzle-orm'
import { informacionMesaClaves, informacionMesas } from '../../db/schema/index.ts'
import { infoMesa, suite } from '../../web/informacion/cripto.ts'
import type { Database } from '../../worker/ports.ts'

export { suite }

const b64url = (bytes: ArrayBuffer | Uint8Array) => Buffer.from(new Uint8Array(bytes)).toString('base64url')

/**
 * Solves a challenge as the browser will (altcha-lib's own solver, in Node): the body's `desafio`.
 *
 * @example
 * const desafio = await resolver(await (await fetch(`${url}/api/informacion/desafio`)).json())
 */
export async function resolver(challenge: Challenge) {
  const solution = await solveChallenge({ challenge, deriveKey })
  if (!solution) throw new Error('challenge not solved')
  return { ...challenge, solution: { counter: solution.counter, derivedKey: solution.derivedKey } }
}

/**
 * A tip's body as the browser makes it: `texto` encrypted with HPKE to a fresh desk key pair
 * (the test plays the desk), a random receipt's hash and reply key.
 *
 * @example
 * const { body, abrir } = await tipCifrado('MARCADOR-123', desafio)
 */
export async function tipCifrado(
  texto: string,
  desafio: unknown,
  mesa: { desk: CryptoKeyPair; version: number; id?: string } | undefined = undefined,
) {
  const desk = mesa?.desk ?? (await suite.kem.generateKeyPair())
  const id = mesa?.id ?? 'drogas'
  const version = mesa?.version ?? 1
  const info = infoMesa(id, version)
  const sender = await suite.createSenderContext({ recipientPublicKey: desk.publicKey, info })
  const cifrado = await sender.seal(new TextEncoder().encode(texto).buffer as ArrayBuffer)
  const respuesta = await suite.kem.generateKeyPair()
  const recibo = crypto.getRandomValues(new Uint8Array(16))
  const body = {
    desafio,
    mesa: id,
    cifrado: b64url(cifrado),
    enc: b64url(sender.enc),
    claveVersion: version,
    reciboHash: createHash('sha256').update(recibo).digest('hex'),
    respuestaClave: b64url(await suite.kem.serializePublicKey(respuesta.publicKey)),
  }
  /** Decrypts the stored ciphertext as the desk's analyst would. */
  const abrir = async (stored: { cifrado: string; enc: string }) => {
    const recipient = await suite.createRecipientContext({
      recipientKey: desk.privateKey,
      enc: new Uint8Array(Buffer.from(stored.enc, 'base64url')).buffer as ArrayBuffer,
      info,
    })
    const plain = await recipient.open(
      new Uint8Array(Buffer.from(stored.cifrado, 'base64url')).buffer as ArrayBuffer,
    )
    return new TextDecoder().decode(plain)
  }
  return { body, abrir }
}

/**
 * Gives a desk a key, version 1, straight in the database — for tests about the tip route, which
 * play the desk's analyst themselves (tests/integration/informacion-claves.test.ts goes through
 * the staff routes). Answers the key pair; the server only ever holds its public half.
 *
 * @example
 * const desk = await mesaConClave(db)
 * const { body } = await tipCifrado('…', desafio, { desk, version: 1 })
 */
export async function mesaConClave(db: Database, mesa = 'drogas'): Promise<CryptoKeyPair> {
  const desk = await suite.kem.generateKeyPair()
  const publica = await crypto.subtle.exportKey('jwk', desk.publicKey)
  await db.batch([
    db
      .insert(informacionMesaClaves)
      .values({ mesa, version: 1, publica: JSON.stringify(publica), createdAt: new Date() })
      .onConflictDoNothing(),
    db.update(informacionMesas).set({ claveVersion: 1 }).where(eq(informacionMesas.id, mesa)),
  ])
  return desk
}

/**
 * Every byte of the files under `dir` (its folders too) whose names `keep` admits: a database
 * with its WAL and shared memory, a Durable Object's storage.
 *
 * @example
 * const bytes = bytesUnder(dataDir, (name) => name.startsWith('comisaria.db'))
 */
export function bytesUnder(dir: string, keep: (name: string) => boolean = () => true): Buffer {
  return Buffer.concat(
    readdirSync(dir, { recursive: true, withFileTypes: true })
      .filter((entry) => entry.isFile() && keep(entry.name))
      .map((entry) => readFileSync(join(entry.parentPath, entry.name))),
  )
}

/**
 * How many times `text` occurs in `bytes`, as UTF-8 and as UTF-16 (a log or page could hold either).
 *
 * @example
 * expect(hits(bytesUnder(dataDir), userAgent)).toBe(0)
 */
export function hits(bytes: Buffer, text: string): number {
  let count = 0
  for (const needle of [Buffer.from(text, 'utf8'), Buffer.from(text, 'utf16le')]) {
    for (let at = bytes.indexOf(needle); at !== -1; at = bytes.indexOf(needle, at + 1)) count++
  }
  return count
}
