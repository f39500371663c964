import { and, eq } from 'drizzle-orm'
import { constanciasVoto } from '../../db/schema/index.ts'
import { auditEntry } from '../audit.ts'
import { abierta, type Eleccion } from '../elecciones/service.ts'
import { AppError, type FieldIssue } from '../errors.ts'
import type { MailContext } from '../identity/accounts.ts'
import type { Actor } from '../identity/actor.ts'
import { enqueueMail } from '../mail/outbox.ts'
import type { Planned, ServiceContext } from '../service.ts'
import type { Write } from '../writes.ts'
import { camposCorregidos, contactoAvisoMail, contactoMail } from './mail.ts'
import type { SolicitudView } from './schema.ts'

type Row = typeof constanciasVoto.$inferSelect
type Campo = 'email' | 'telefono'

/**
 * How recent a ClaveÚnica sign-in must be for the citizen to correct where the constancia goes
 * (decision 0080): long enough to sign in and type, short enough that a session left open on a
 * shared computer is not enough.
 */
export const REAUTENTICACION_MS = 10 * 60_000

/** The contact fields that `nuevo` changes in `actual` (a phone not sent is not changed). */
function cambiados(
  actual: Pick<Row, 'email' | 'telefono'>,
  nuevo: { email: string; telefono?: string },
): Campo[] {
  const campos: Campo[] = []
  if (nuevo.email !== actual.email) campos.push('email')
  if (nuevo.telefono !== undefined && nuevo.telefono !== actual.telefono) campos.push('telefono')
  return campos
}

/**
 * The refusal of a request sent again with other contact details than the one already made
 * (decision 0080): the API never answers success while keeping an address it was not sent. The
 * fields that differ are named, with the request's code and where to correct them.
 *
 * @example
 * const refused = contactoDistinto(loaded.existing, input)
 * if (refused) throw refused
 */
export function contactoDistinto(
  existing: Pick<SolicitudView, 'code' | 'email' | 'telefono'> | null,
  input: { email: string; telefono: string },
): AppError | undefined {
  if (!existing) return undefined
  const campos = cambiados(existing, input)
  if (campos.length === 0) return undefined
  const fields: FieldIssue[] = campos.map((field) => ({
    field,
    key: 'contacto_distinto',
    params: { code: existing.code },
  }))
  return new AppError('contact_differs', { fields, params: { code: existing.code } })
}

/**
 * A request's view as a shard kept its answer (JSON); null when the answer was withheld, or was
 * kept before views carried the contact (then nothing tells it apart, and the first answer stands).
 */
export function vistaGuardada(body: string): SolicitudView | null {
  if (body === '') return null
  const view = JSON.parse(body) as Partial<SolicitudView>
  return typeof view.email === 'string' && typeof view.telefono === 'string' ? (view as SolicitudView) : null
}

/** Refused unless the session began with a ClaveÚnica sign-in at most {@link REAUTENTICACION_MS} ago. */
export function reautenticado(actor: Actor, now: Date): void {
  const at = actor.signedInAt?.getTime()
  if (at === undefined || now.getTime() - at > REAUTENTICACION_MS)
    throw new AppError('reauthentication_required')
}

/** Corrected only while pending and the election's window is open (validation closes with it). */
export function corregible(row: Row, eleccion: Eleccion, now: Date): void {
  abierta(eleccion, now, 'code')
  if (row.estado !== 'pendiente') throw new AppError('already_resolved', { params: { estado: row.estado } })
}

/**
 * A pending request's contact corrected (decision 0080), by its citizen or by the validating
 * officer: the row (guarded: still pending when it runs), the audit entry naming the fields — not
 * their values, personal data the request already keeps — the confirmation to the address the
 * constancia goes to now, and a notice to the one it no longer goes to. Nothing to change: nothing
 * written, the same answer (a copy of the same correction).
 *
 * @example
 * const planned = planContacto(ctx, row, eleccion, { email, telefono }, 'ciudadano', mail, view)
 */
export function planContacto<T>(
  ctx: ServiceContext,
  row: Row,
  eleccion: Pick<Eleccion, 'nombre'>,
  nuevo: { email: string; telefono?: string },
  por: 'ciudadano' | 'funcionario',
  mail: MailContext,
  result: (corregida: Row) => T,
): Planned<T> & { campos: Campo[] } {
  const campos = cambiados(row, nuevo)
  const corregida: Row = { ...row, email: nuevo.email, telefono: nuevo.telefono ?? row.telefono }
  if (campos.length === 0) return { writes: [], result: result(corregida), campos }
  const now = ctx.clock.now()
  const domain = new URL(mail.publicUrl).hostname
  const words = {
    nombre: row.nombres,
    code: row.code,
    eleccion: eleccion.nombre,
    campos: camposCorregidos(mail.locale, campos),
    email: corregida.email,
    por,
    link: new URL(`/constancias/votacion/${row.code}`, mail.publicUrl).toString(),
  }
  const writes: Write[] = [
    ctx.db
      .update(constanciasVoto)
      .set({ email: corregida.email, telefono: corregida.telefono })
      .where(and(eq(constanciasVoto.id, row.id), eq(constanciasVoto.estado, 'pendiente'))),
    auditEntry(ctx, 'constancia_voto.contact_corrected', { type: 'constancia_voto', id: row.id }, { campos }),
    enqueueMail(now, domain, { to: corregida.email, ...contactoMail[mail.locale](words) }),
  ]
  if (campos.includes('email'))
    writes.push(enqueueMail(now, domain, { to: row.email, ...contactoAvisoMail[mail.locale](words) }))
  return { writes, result: result(corregida), campos }
}
