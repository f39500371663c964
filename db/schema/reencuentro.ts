import { index, integer, sqliteTable, text } from 'drizzle-orm/sqlite-core'
import { RELACIONES, RESULTADOS } from '../../core/reencuentro/tipos.ts'
import { casos } from './casos.ts'
import { columnasRecibo, columnasSolicitante } from './solicitante.ts'
import { comunas } from './territorio.ts'

/**
 * A citizen's request to find a relative they lost touch with (reencuentro familiar, issue 19),
 * keyed by its case (db/schema/casos.ts): the relative as the requester describes them, the
 * requester, and — staff-side — how the search ended and what the person found chose to share
 * (decision 0064: the person found decides what, if anything, the requester learns).
 */
export const reencuentros = sqliteTable(
  'reencuentros',
  {
    casoId: text('caso_id')
      .primaryKey()
      .references(() => casos.id),
    /** The relative sought: names, RUN if known (canonical), approximate birth year, relationship. */
    buscadoNombres: text('buscado_nombres').notNull(),
    buscadoApellidos: text('buscado_apellidos').notNull(),
    buscadoRun: text('buscado_run'),
    nacimientoAnio: integer('nacimiento_anio'),
    relacion: text('relacion', { enum: RELACIONES }).notNull(),
    /** Where and when the requester last had contact with them. */
    ultimaComunaCut: text('ultima_comuna_cut')
      .notNull()
      .references(() => comunas.cut),
    ultimoLugar: text('ultimo_lugar'),
    ultimoContactoAnio: integer('ultimo_contacto_anio').notNull(),
    /** Why contact was lost, in the requester's words (optional). */
    motivoDistancia: text('motivo_distancia'),
    /** The requester's message for the relative, given to them only if found. */
    mensaje: text('mensaje').notNull(),
    ...columnasSolicitante(),
    ...columnasRecibo(),
    /** How the search ended (staff-only) and when. */
    resultado: text('resultado', { enum: RESULTADOS }),
    resultadoAt: integer('resultado_at', { mode: 'timestamp_ms' }),
    /** What the person found chose to share: their contact (`compartir_contacto`), a message back. */
    contactoNombre: text('contacto_nombre'),
    contactoCorreo: text('contacto_correo'),
    contactoTelefono: text('contacto_telefono'),
    mensajeRespuesta: text('mensaje_respuesta'),
    /** A death told to the requester in person (staff-only): when, where, by whom. */
    informadoAt: integer('informado_at', { mode: 'timestamp_ms' }),
    informadoFecha: text('informado_fecha'),
    informadoLugar: text('informado_lugar'),
    informadoPor: text('informado_por'),
  },
  (t) => [
    // The figures: outcomes over a window.
    index('reencuentros_resultado_idx').on(t.resultadoAt),
  ],
)

/**
 * The team's notes on a search (a note, the contact with the person found, an end without
 * contact, a death told in person), in their words: kept here, not in the case's history (which
 * holds no personal data), and deleted with the search's personal data (db/catalog.ts). The
 * history entry names the note by its id.
 */
export const reencuentrosNotas = sqliteTable(
  'reencuentros_notas',
  {
    id: text('id').primaryKey(),
    casoId: text('caso_id')
      .notNull()
      .references(() => reencuentros.casoId),
    at: integer('at', { mode: 'timestamp_ms' }).notNull(),
    autor: text('autor').notNull(),
    texto: text('texto').notNull(),
  },
  (t) => [index('reencuentros_notas_caso_idx').on(t.casoId, t.at)],
)
