import { sql } from 'drizzle-orm'
import { index, integer, sqliteTable, text, uniqueIndex } from 'drizzle-orm/sqlite-core'
import { TIPOS_CERTIFICADO } from '../../core/certificados/tipos.ts'
import { users } from './users.ts'

/** What a constancia's questions were answered, by question id: a text, or a list's groups. */
export type RespuestasCertificado = Record<string, string | Record<string, string>[]>

/**
 * The `comuna_cut` of a constancia whose type asks no place (a maintenance debt): its figures are
 * counted under it, apart from any comuna's (worker/cifras).
 */
export const SIN_COMUNA = '-'

/**
 * The nine constancias a citizen obtains at once (core/certificados/tipos.ts): issued, signed and
 * numbered when asked for. Who asked is copied from the account at the time, with how the identity
 * was proven; the answers are kept as the form sent them (normalised), for "otra igual".
 */
export const certificados = sqliteTable(
  'certificados',
  {
    id: text('id').primaryKey(),
    /** The document code, printed and verified (worker/codes.ts). */
    code: text('code').notNull(),
    tipo: text('tipo', { enum: TIPOS_CERTIFICADO }).notNull(),
    /** Null once its clock ran out (db/catalog.ts). */
    userId: text('user_id').references(() => users.id),
    /** Canonical RUN (`44444444-4`); `~<id>` once pseudonymised. */
    run: text('run').notNull(),
    nombres: text('nombres').notNull(),
    apellidos: text('apellidos').notNull(),
    /** How the RUN was proven: by ClaveÚnica, or by a verified internal account. */
    identidad: text('identidad', { enum: ['claveunica', 'self'] }).notNull(),
    respuestas: text('respuestas', { mode: 'json' }).$type<RespuestasCertificado>().notNull(),
    /** Where the facts happened, for the figures; {@link SIN_COMUNA} for a type that asks no place. */
    comunaCut: text('comuna_cut').notNull(),
    /** The signed PDF in the file store, and the signed payload its QR carries. */
    pdfKey: text('pdf_key'),
    token: text('token').notNull(),
    createdAt: integer('created_at', { mode: 'timestamp_ms' }).notNull(),
    /** An officer's annulment (worker/certificados/staff-route.ts): when, who, why. */
    anuladaAt: integer('anulada_at', { mode: 'timestamp_ms' }),
    anuladaPor: text('anulada_por'),
    motivoAnulacion: text('motivo_anulacion'),
    depuradoAt: integer('depurado_at', { mode: 'timestamp_ms' }),
  },
  (t) => [
    uniqueIndex('certificados_code_uq').on(t.code),
    index('certificados_user_idx').on(t.userId),
    index('certificados_run_idx').on(t.run),
    // What the retention job still has to purge, oldest first (db/catalog.ts).
    index('certificados_por_depurar_idx').on(t.createdAt).where(sql`${t.depuradoAt} is null`),
  ],
)
