import { integer, sqliteTable, text } from 'drizzle-orm/sqlite-core'

/**
 * Información anónima (issue 17): tips sent with no account, encrypted in the tipster's browser to
 * the desk's key (HPKE). The server keeps what it cannot read and nothing about who or when but
 * the day (decisions 0042, 0043).
 */
export const informaciones = sqliteTable('informaciones', {
  id: text('id').primaryKey(),
  /** The desk it is for: drogas, vehiculos, crimen_organizado. */
  mesa: text('mesa').notNull(),
  /** The tip, HPKE ciphertext as the browser made it (base64url): the server never decrypts it. */
  cifrado: text('cifrado').notNull(),
  /** HPKE's encapsulated key (base64url). */
  enc: text('enc').notNull(),
  /** Which of the desk's key pairs it was encrypted to (rotation keeps old tips readable). */
  claveVersion: integer('clave_version').notNull(),
  /** SHA-256 (hex) of the id the tipster's receipt key derives: with it, and only it, they return. */
  reciboHash: text('recibo_hash').notNull().unique(),
  /** The tipster's public key for replies, derived on their device from the receipt key (JWK or raw, base64url). */
  respuestaClave: text('respuesta_clave').notNull(),
  /** The day it arrived (YYYY-MM-DD, Chile): never the time. */
  dia: text('dia').notNull(),
})

/**
 * Proof-of-work challenges already used, by the SHA-256 of their signature, until they could no
 * longer be used anyway: each challenge counts once. `vence` is rounded up to the hour so that
 * the row does not tell when the tip it paid for was sent.
 */
export const informacionDesafios = sqliteTable('informacion_desafios', {
  hash: text('hash').primaryKey(),
  vence: integer('vence', { mode: 'timestamp_ms' }).notNull(),
})
