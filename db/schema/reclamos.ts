import { index, integer, sqliteTable, text, uniqueIndex } from 'drizzle-orm/sqlite-core'
import { TIPOS_RECLAMO } from '../../core/reclamos/tipos.ts'
import { casos } from './casos.ts'
import { columnasRecibo, columnasSolicitante } from './solicitante.ts'
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
    /** What kind of conduct it is about (decision 0060); complaints sent before the question count as `otro`. */
    tipo: text('tipo', { enum: TIPOS_RECLAMO }).notNull().default('otro'),
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
    /** The complainant: never in what the unit concerned receives (decision 0053). */
    ...columnasSolicitante(),
    ...columnasRecibo(),
    /**
     * The office's answer to the citizen (decision 0054): its text, when, the signed PDF in the
     * file store and the payload its QR carries. A reopened complaint answered again keeps the
     * latest here; every answer stays in the case's history.
     */
    respuestaTexto: text('respuesta_texto'),
    respuestaAt: integer('respuesta_at', { mode: 'timestamp_ms' }),
    respuestaPdfKey: text('respuesta_pdf_key'),
    respuestaToken: text('respuesta_token'),
    /** Where the office referred it instead of answering: the Fiscalía or the Inspección General, where, why. */
    derivacionDestino: text('derivacion_destino', { enum: ['fiscalia', 'inspeccion_general'] }),
    derivacionDonde: text('derivacion_donde'),
    derivacionMotivo: text('derivacion_motivo'),
    derivacionAt: integer('derivacion_at', { mode: 'timestamp_ms' }),
    /** When the office's supervisors were told its due date is near (once per complaint: decision 0055). */
    avisoSupervisorAt: integer('aviso_supervisor_at', { mode: 'timestamp_ms' }),
    /** When the complainant reopened it (once, within 30 days of the answer), and why in their words. */
    reabiertoAt: integer('reabierto_at', { mode: 'timestamp_ms' }),
    reaperturaMotivo: text('reapertura_motivo'),
  },
  (t) => [
    // The office's figures and look-ups per unit concerned.
    index('reclamos_unidad_idx').on(t.unidadCode, t.createdAt),
    // The figures' time to answer: the complaints decided in a window (decision 0061), not the table.
    index('reclamos_respuesta_idx').on(t.respuestaAt),
    index('reclamos_derivacion_idx').on(t.derivacionAt),
  ],
)

/**
 * The office's requests to a unit for its account of the facts (a descargo, decision 0053), and
 * the unit's answer. The unit reads them through worker/reclamos/descargos.ts, which gives it the
 * facts only: this table names no complainant, and the complaint's row is never joined for them.
 */
export const reclamosDescargos = sqliteTable(
  'reclamos_descargos',
  {
    id: text('id').primaryKey(),
    casoId: text('caso_id')
      .notNull()
      .references(() => casos.id),
    /** The unit asked: the one the complaint names, or the one the office found concerned. */
    unidadCode: text('unidad_code')
      .notNull()
      .references(() => unidades.code),
    /** What the office asks the unit. */
    pedido: text('pedido').notNull(),
    pedidoPor: text('pedido_por').notNull(),
    pedidoAt: integer('pedido_at', { mode: 'timestamp_ms' }).notNull(),
    /** The unit's account, who gave it and when; null while it is awaited. */
    descargo: text('descargo'),
    descargoPor: text('descargo_por'),
    descargoAt: integer('descargo_at', { mode: 'timestamp_ms' }),
  },
  (t) => [
    // A unit's list of requests, newest first.
    index('reclamos_descargos_unidad_idx').on(t.unidadCode, t.pedidoAt),
    index('reclamos_descargos_caso_idx').on(t.casoId),
  ],
)

/**
 * The complainant's word on an answer (or a derivation): satisfied or not, and why if they say.
 * One per answer — `respuesta_at` is the instant of the history entry that answered — so a
 * complaint reopened and answered again is rated again, and a copy of the same rating is refused
 * by the key. The figures count these rows (worker/cifras/registro.ts).
 */
export const reclamosValoraciones = sqliteTable(
  'reclamos_valoraciones',
  {
    id: text('id').primaryKey(),
    casoId: text('caso_id')
      .notNull()
      .references(() => reclamos.casoId),
    respuestaAt: integer('respuesta_at', { mode: 'timestamp_ms' }).notNull(),
    at: integer('at', { mode: 'timestamp_ms' }).notNull(),
    satisfecho: integer('satisfecho', { mode: 'boolean' }).notNull(),
    comentario: text('comentario'),
    /** The complaint's comuna, for the figures per region. */
    comunaCut: text('comuna_cut').notNull(),
  },
  (t) => [
    uniqueIndex('reclamos_valoraciones_uq').on(t.casoId, t.respuestaAt),
    // The figures' recount: a window of ratings.
    index('reclamos_valoraciones_at_idx').on(t.at),
  ],
)
