import { index, integer, primaryKey, sqliteTable, text, uniqueIndex } from 'drizzle-orm/sqlite-core'
import { users } from './users.ts'

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
  /** Its triage state on its desk: nueva, en_analisis, derivada (only by forwarding), descartada (decision 0047). */
  estado: text('estado').notNull().default('nueva'),
})

/**
 * A tip's triage history (decision 0047): every change an analyst made, on which desk. The
 * arrival is not a row (the tip's own day says it). Staff actions keep their precise time and who:
 * they name staff, never the tipster.
 */
export const informacionEstados = sqliteTable(
  'informacion_estados',
  {
    id: text('id').primaryKey(),
    informacionId: text('informacion_id')
      .notNull()
      .references(() => informaciones.id, { onDelete: 'cascade' }),
    /** The desk the tip was on when the state was set (a forward writes one row on each desk). */
    mesa: text('mesa').notNull(),
    estado: text('estado').notNull(),
    por: text('por').references(() => users.id, { onDelete: 'set null' }),
    at: integer('at', { mode: 'timestamp_ms' }).notNull(),
  },
  (t) => [index('informacion_estados_tip_idx').on(t.informacionId)],
)

/**
 * The way back (decision 0047): an analyst's question sealed to the tipster's reply key, or the
 * tipster's message sealed twice — to the desk's key of a version (`enc`, `cifrado`,
 * `claveVersion`) and to their own reply key (`copiaEnc`, `copiaCifrado`), so that they read
 * their history back. The day only: a tipster's message would otherwise be dated to the minute.
 */
export const informacionMensajes = sqliteTable(
  'informacion_mensajes',
  {
    id: text('id').primaryKey(),
    informacionId: text('informacion_id')
      .notNull()
      .references(() => informaciones.id, { onDelete: 'cascade' }),
    /** mesa (an analyst's question) or informante (the tipster). */
    autor: text('autor').notNull(),
    dia: text('dia').notNull(),
    enc: text('enc').notNull(),
    cifrado: text('cifrado').notNull(),
    /**
     * The desk a tipster's message is sealed to, and its key's version; null for a question (sealed
     * to the reply key). Not always the tip's desk: a message that reached the edge's shard before a
     * forward and Turso after it stays sealed for the desk it was written to, until that desk
     * re-seals it for the tip's new one (decision 0047) — kept, never refused after its answer.
     */
    mesa: text('mesa'),
    claveVersion: integer('clave_version'),
    copiaEnc: text('copia_enc'),
    copiaCifrado: text('copia_cifrado'),
    /** The analyst who asked; null for the tipster's messages. */
    por: text('por').references(() => users.id, { onDelete: 'set null' }),
    /** When the desk first opened the tip after a tipster's message came (staff time, not the tipster's). */
    leidoAt: integer('leido_at', { mode: 'timestamp_ms' }),
  },
  (t) => [
    // A message sent again after a lost answer is the same message (HPKE's `enc` is new per seal).
    uniqueIndex('informacion_mensajes_enc_idx').on(t.informacionId, t.enc),
  ],
)

/** An analyst's note on a tip, sealed in their browser to the desk's key of a version. */
export const informacionNotas = sqliteTable(
  'informacion_notas',
  {
    id: text('id').primaryKey(),
    informacionId: text('informacion_id')
      .notNull()
      .references(() => informaciones.id, { onDelete: 'cascade' }),
    por: text('por').references(() => users.id, { onDelete: 'set null' }),
    dia: text('dia').notNull(),
    enc: text('enc').notNull(),
    cifrado: text('cifrado').notNull(),
    claveVersion: integer('clave_version').notNull(),
  },
  (t) => [index('informacion_notas_tip_idx').on(t.informacionId)],
)

/**
 * Proof-of-work challenges already used, by the SHA-256 of their signature, until they could no
 * longer be used anyway: each challenge counts once. `vence` is rounded up to the end of its day
 * (Chile) so that the row — written beside the tip it paid for — tells no more than the tip's day.
 */
export const informacionDesafios = sqliteTable('informacion_desafios', {
  hash: text('hash').primaryKey(),
  vence: integer('vence', { mode: 'timestamp_ms' }).notNull(),
})

/**
 * The desks that read tips (decision 0044): one per category, the Carabineros unit that handles
 * it, and the key version new tips are encrypted to — `null` until the desk's first analyst has
 * enrolled and made its first key in their browser (the seed makes none: it would have seen the
 * private key).
 */
export const informacionMesas = sqliteTable('informacion_mesas', {
  /** drogas, vehiculos, crimen_organizado. */
  id: text('id').primaryKey(),
  /** The unit's name as people know it, e.g. "OS-7 (Drogas)". */
  unidad: text('unidad').notNull(),
  claveVersion: integer('clave_version'),
})

/**
 * Each of a desk's key pairs, by version: only the public key (JWK, JSON text). Never deleted, so
 * a tip encrypted to an old version stays readable by whoever holds that version's wrapped key.
 */
export const informacionMesaClaves = sqliteTable(
  'informacion_mesa_claves',
  {
    mesa: text('mesa')
      .notNull()
      .references(() => informacionMesas.id),
    version: integer('version').notNull(),
    publica: text('publica').notNull(),
    createdAt: integer('created_at', { mode: 'timestamp_ms' }).notNull(),
  },
  (t) => [primaryKey({ columns: [t.mesa, t.version] })],
)

/** Which staff members analyse which desk's tips (with the capability `informacion.analizar`). */
export const informacionAnalistas = sqliteTable(
  'informacion_analistas',
  {
    userId: text('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    mesa: text('mesa')
      .notNull()
      .references(() => informacionMesas.id),
  },
  (t) => [primaryKey({ columns: [t.userId, t.mesa] })],
)

/**
 * An analyst's own public key (JWK, JSON text), made in their browser at enrolment; its private
 * key never leaves that browser (non-extractable).
 */
export const informacionAnalistasClaves = sqliteTable('informacion_analistas_claves', {
  userId: text('user_id')
    .primaryKey()
    .references(() => users.id, { onDelete: 'cascade' }),
  publica: text('publica').notNull(),
  createdAt: integer('created_at', { mode: 'timestamp_ms' }).notNull(),
})

/**
 * A desk's private key of one version, HPKE-sealed in an analyst's browser to another analyst's
 * public key (base64url `enc` and ciphertext): the server stores what it cannot open.
 */
export const informacionClavesEnvueltas = sqliteTable(
  'informacion_claves_envueltas',
  {
    mesa: text('mesa').notNull(),
    version: integer('version').notNull(),
    userId: text('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    enc: text('enc').notNull(),
    cifrado: text('cifrado').notNull(),
  },
  (t) => [primaryKey({ columns: [t.mesa, t.version, t.userId] })],
)
