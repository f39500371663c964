import type { Client } from '@libsql/client'
import type { LibSQLDatabase } from 'drizzle-orm/libsql'
import type * as schema from '../db/schema/index.ts'
import type { FiscaliaQueue } from './casos/fiscalia/borde.ts'
import type { Config } from './config.ts'
import type { Vault } from './crypto.ts'
import type { PublicJwk } from './documents/signing.ts'
import type { Logger } from './log.ts'
import type { MailQueue } from './mail/queue.ts'
import type { RateLimiter } from './middleware/rate-limit.ts'
import type { Registries } from './registries/index.ts'
import type { Shards } from './shards/port.ts'
import type { StorageHealth } from './storage-health.ts'

/** The database, through drizzle, on a libSQL file (Node) or Turso over HTTP (Workers). */
export type Database = LibSQLDatabase<typeof schema> & { $client: Client }

/** The time, from one place, so that tests can fix it. */
export interface Clock {
  now(): Date
}

export interface MailMessage {
  /** Fixed when the message is written to the outbox, so a receiver can drop repeats. */
  messageId: string
  to: string
  subject: string
  text: string
  html?: string | null
  attachments?: { filename: string; content: Uint8Array; contentType: string }[]
}

/** Delivers one message or throws; the outbox loop retries. */
export interface Mailer {
  send(message: MailMessage): Promise<void>
}

/**
 * Hashes and checks passwords (scrypt, worker/identity/password.ts; decision 0020). A port so that
 * what a route does with a password can be asserted: registration hashes once whether or not the
 * account exists.
 */
export interface PasswordHasher {
  hash(password: string): Promise<string>
  /** Whether the password matches a stored hash; in constant time. */
  verify(password: string, stored: string): Promise<boolean>
  /** Whether a stored hash was made otherwise than `hash` makes them now: made again at sign-in. */
  needsRehash(stored: string): boolean
}

/**
 * Files: signed PDFs, citizens' uploads (one object per part: worker/archivos). A local folder on
 * Node, R2 at the edge. The streaming methods hold a few chunks in memory, whatever the size.
 */
export interface FileStore {
  put(key: string, data: Uint8Array, contentType: string): Promise<void>
  get(key: string): Promise<Uint8Array | null>
  delete(key: string): Promise<void>
  /**
   * Stores exactly `length` bytes of a stream under `key`, whole or not at all: a stream that
   * fails, or gives more or fewer bytes, leaves nothing under the key and rejects.
   */
  putStream(key: string, body: ReadableStream<Uint8Array>, length: number): Promise<void>
  /** The bytes under `key`, read from the store as the stream is consumed; null if there are none. */
  getStream(key: string): Promise<ReadableStream<Uint8Array> | null>
  /** Deletes every key under the folder `prefix` (`archivos/<id>` deletes `archivos/<id>/…`). */
  deleteFolder(prefix: string): Promise<void>
}

/** An Ed25519 key that signs documents, with the id verifiers use to find its public half. */
export interface SigningKey {
  kid: string
  privateKey: CryptoKey
  publicJwk: PublicJwk & { use: 'sig'; alg: 'EdDSA' }
}

/**
 * The signing keys: the active one signs, and every key still listed is published so that
 * documents signed before a rotation keep verifying.
 */
export interface SigningKeys {
  active: SigningKey
  all: SigningKey[]
}

/**
 * What the Fiscalía receives of a case (worker/casos/fiscalia): signed with the portal's key,
 * identified by its número de trámite.
 */
export interface EnvioFiscalia {
  numeroTramite: string
  servicio: string
  fiscalia: { code: string; nombre: string }
  unidad: { code: string; nombre: string }
  comunaCut: string | null
  /** When the citizen made it (ISO 8601). */
  recibidaAt: string
  denunciante: { run: string | null; nombres: string; apellidos: string } | null
  /** What the service adds (its type, narrative, items…). */
  contenido: Record<string, unknown>
}

/**
 * The Ministerio Público's reception of denuncias: answers the case's RUC, the same RUC for the
 * same número de trámite however often it is sent; throws when it could not (retried from the
 * delivery queue).
 */
export interface Fiscalia {
  enviarDenuncia(envio: EnvioFiscalia): Promise<{ ruc: string }>
}

/** Everything the app needs from the outside world, wired by each runtime's entry point. */
export interface Ports {
  db: Database
  /** Whether the database can write (a full disk, an I/O error): set and cleared by the writes. */
  storage: StorageHealth
  mailer: Mailer
  files: FileStore
  clock: Clock
  keys: SigningKeys
  /** Encrypts secrets kept in the database (TOTP seeds). */
  vault: Vault
  passwords: PasswordHasher
  /** Registro Civil and the electoral roll. */
  registries: Registries
  /**
   * The submission shards (decision 0023): at the edge only; where there are none, a submission
   * commits to the database at once (Node's group commit).
   */
  shards?: Shards
  /**
   * Rate-limit counters: in memory on Node with its own file, in the database on a shared one
   * (decision 0021); a Rate Limiting binding and Durable Objects at the edge (decision 0022).
   */
  limiter: RateLimiter
  /** Where committed e-mail is handed (`mailCommitted`): a Queue at the edge; none on Node, whose outbox loop finds it. */
  mailQueue?: MailQueue
  /** Where denuncias go to the Fiscalía: over HTTP, signed (worker/adapters/http-fiscalia.ts). */
  fiscalia: Fiscalia
  /** Where a committed delivery to the Fiscalía is handed: a Queue at the edge; none on Node, whose loop finds it. */
  fiscaliaQueue?: FiscaliaQueue
  config: Config
  log: Logger
}

/** The system clock. */
export const systemClock: Clock = { now: () => new Date() }
