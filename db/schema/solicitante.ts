import { integer, text } from 'drizzle-orm/sqlite-core'

/**
 * The citizen who made a request, copied from the account at the time (denuncias, complaints,
 * family reunification): canonical RUN (`~<caso_id>` once pseudonymised), names, how the identity
 * was proven — by ClaveÚnica, or only declared by an internal account (staff must see a
 * self-declared identity as such) — and the contact the case's e-mails go to.
 *
 * @example
 * sqliteTable('reclamos', { casoId: text('caso_id').primaryKey(), ...columnasSolicitante(), ...columnasRecibo() })
 */
export const columnasSolicitante = () => ({
  run: text('run').notNull(),
  nombres: text('nombres').notNull(),
  apellidos: text('apellidos').notNull(),
  identidad: text('identidad', { enum: ['claveunica', 'self'] }).notNull(),
  email: text('email').notNull(),
  telefono: text('telefono'),
})

/**
 * A request's signed receipt: the PDF in the file store and the signed payload its QR carries,
 * when it was received, and when its personal data were cleared (retention).
 */
export const columnasRecibo = () => ({
  pdfKey: text('pdf_key'),
  token: text('token').notNull(),
  createdAt: integer('created_at', { mode: 'timestamp_ms' }).notNull(),
  depuradoAt: integer('depurado_at', { mode: 'timestamp_ms' }),
})
