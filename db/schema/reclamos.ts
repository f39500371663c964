import { index, integer, sqliteTable, text } from 'drizzle-orm/sqlite-core'
import { casos } from './casos.ts'
import { comunas, unidades } from './territorio.ts'

/** What a complaint says beyond its columns: the officer as the citizen described them, the witnesses, the evidence. */
export interface RespuestasReclamo {
  funcionario: { nombre?: string; grado?: string; senas?: string }
  testigos: { nombre: string; contacto?: string }[]
  /** The evidence's ids, names and SHA-256 (worker/archivos). */
  archivos: { id: string; nombre: string; sha256: string }[]
}

/**
 * A citizen's complaint about police conduct (a reclamo, issue 18), as it was sent, keyed by its
 * case (db/schema/casos.ts). The unit concerned is a column here, never the case's `unidad_code`:
 * the case is held by the complaints office (`reclamos.atender`), and the unit complained about
 * never holds it (confidential by construction).
 */
export const reclamos = sqliteTable(
  'reclamos',
  {
    casoId: text('caso_id')
      .primaryKey()
      .references(() => casos.id),
    /** The unit whose conduct is complained about. */
    unidadCode: text('unidad_code')
      .notNull()
      .references(() => unidades.code),
    respuestas: text('respuestas', { mode: 'json' }).$type<RespuestasReclamo>().notNull(),
    /** The day it happened (Chile's), and the hour when the citizen knows it. */
    hechoFecha: text('hecho_fecha').notNull(),
    hechoHora: text('hecho_hora'),
    comunaCut: text('comuna_cut')
      .notNull()
      .references(() => comunas.cut),
    lugar: text('lugar').notNull(),
    /** A patrol vehicle's number, as read on it. */
    vehiculo: text('vehiculo'),
    relato: text('relato').notNull(),
    /** What the citizen asks for. */
    peticion: text('peticion').notNull(),
    /** Canonical RUN; `~<caso_id>` once pseudonymised. Never in what the unit concerned receives. */
    run: text('run').notNull(),
    nombres: text('nombres').notNull(),
    apellidos: text('apellidos').notNull(),
    identidad: text('identidad', { enum: ['claveunica', 'self'] }).notNull(),
    email: text('email').notNull(),
    telefono: text('telefono'),
    /** The signed receipt in the file store (a later slice), and the signed payload its QR carries. */
    pdfKey: text('pdf_key'),
    token: text('token').notNull(),
    createdAt: integer('created_at', { mode: 'timestamp_ms' }).notNull(),
    depuradoAt: integer('depurado_at', { mode: 'timestamp_ms' }),
  },
  (t) => [
    // The office's figures and look-ups per unit concerned.
    index('reclamos_unidad_idx').on(t.unidadCode, t.createdAt),
  ],
)
