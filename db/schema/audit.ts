import { sql } from 'drizzle-orm'
import { index, integer, sqliteTable, text } from 'drizzle-orm/sqlite-core'

/**
 * The closed list of audited actions. Adding one is a code change, reviewed like any other:
 * an audit log that accepts any string soon says nothing.
 */
export const auditActions = [
  'reference.units_imported',
  'user.registered',
  'user.registration_repeated',
  'user.email_verified',
  'user.login',
  'user.login_failed',
  'user.logout',
  'user.logout_everywhere',
  'user.password_reset_requested',
  'user.password_reset',
  'staff.created',
  'staff.updated',
  'staff.disabled',
  'staff.capabilities_changed',
  'staff.totp_enrolled',
  'personal_data.viewed',
  'eleccion.created',
  'eleccion.window_changed',
  'constancia_voto.legal_notice_accepted',
  'constancia_voto.requested',
  'constancia_voto.validated',
  'constancia_voto.rejected',
  'constancia_voto.assisted',
  // A pending request's e-mail or phone corrected, by its citizen or by the validating officer (decision 0080).
  'constancia_voto.contact_corrected',
  'registry.imported',
  'permiso.issued',
  'permiso.refused',
  'permiso.revoked',
  'permiso.rules_changed',
  'mis_datos.exported',
  'mis_datos.rectification_requested',
  'mis_datos.rectification_answered',
  'mis_datos.erased',
  'retention.applied',
  // Cases (worker/casos): every entry of a case's history; the jurisdiction table.
  'caso.changed',
  'jurisdiccion.changed',
  'reference.jurisdiccion_imported',
  'denuncia.filed',
  'reclamo.filed',
  'reencuentro.filed',
  // Commendations (worker/felicitaciones): sent by a citizen, assigned to an officer by a supervisor.
  'felicitacion.sent',
  'felicitacion.assigned',
  // Constancias (worker/certificados): issued at once, annulled by an officer.
  'certificado.issued',
  'certificado.annulled',
  // The condolence book (worker/condolencias): memorials written by administrators, messages moderated.
  'memorial.created',
  'memorial.updated',
  'condolencia.moderated',
  // Información anónima's desks (worker/informacion/claves.ts): keys and analysts, never a tipster.
  'informacion.analyst_key_set',
  'informacion.desk_key_created',
  'informacion.desk_key_wrapped',
  'informacion.desk_key_read',
  'informacion.analyst_added',
  'informacion.analyst_removed',
  // An administrator renames the unit behind a desk (worker/informacion/mesas.ts).
  'informacion.desk_unit_renamed',
  // The desks' work (worker/informacion/trabajo.ts, decision 0047): who read or changed which tip.
  'informacion.tip_read',
  'informacion.tip_state_changed',
  'informacion.note_added',
  'informacion.question_asked',
  'informacion.tip_forwarded',
  'informacion.message_resealed',
  'informacion.vehicle_checked',
  // A tip's encrypted file read by an analyst of its desk (worker/informacion/archivos-funcionarios.ts).
  'informacion.file_read',
] as const
export type AuditAction = (typeof auditActions)[number]

/** Append-only: rows are inserted in the same batch as the change they record, never updated. */
export const auditLog = sqliteTable(
  'audit_log',
  {
    id: text('id').primaryKey(),
    at: integer('at', { mode: 'timestamp_ms' }).notNull(),
    actorKind: text('actor_kind', { enum: ['citizen', 'staff', 'system', 'anonymous'] }).notNull(),
    actorId: text('actor_id'),
    /** The police unit the staff member acted from. */
    actorUnidad: text('actor_unidad'),
    action: text('action', { enum: auditActions }).notNull(),
    subjectType: text('subject_type'),
    subjectId: text('subject_id'),
    requestId: text('request_id'),
    /** The network address the request came from (worker/client-address.ts); null for the system. */
    clientAddress: text('client_address'),
    detail: text('detail', { mode: 'json' }).$type<Record<string, unknown>>(),
  },
  (t) => [
    index('audit_subject_idx').on(t.subjectType, t.subjectId),
    index('audit_at_idx').on(t.at),
    // What the retention job still has to clear (db/catalog.ts): addresses, and registry refusals' reasons.
    index('audit_address_at_idx').on(t.at).where(sql`${t.clientAddress} is not null`),
    index('audit_refusal_at_idx')
      .on(t.at)
      .where(sql`${t.action} = 'permiso.refused' and ${t.detail} is not null`),
  ],
)
