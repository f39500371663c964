import { type AuditAction, auditLog } from '../db/schema/index.ts'
import type { Actor } from './identity/actor.ts'
import { rowId } from './ids.ts'
import type { ServiceContext } from './service.ts'
import { insertRow } from './writes.ts'

/**
 * The audit entry of a change, to run in the same batch as the change itself: who (and from
 * which unit and network address), when, what, on what.
 *
 * @example
 * writes.push(auditEntry(ctx, 'user.login', { type: 'user', id: user.id }))
 */
export function auditEntry(
  ctx: Pick<ServiceContext, 'db' | 'clock' | 'requestId' | 'clientAddress'> & { actor: Actor | null },
  action: AuditAction,
  subject: { type: string; id: string } | null = null,
  detail: Record<string, unknown> | null = null,
) {
  const { actor } = ctx
  return insertRow(auditLog, {
    id: rowId(),
    at: ctx.clock.now(),
    actorKind: actor ? actor.kind : 'anonymous',
    actorId: actor?.userId ?? null,
    actorUnidad: actor?.unidadCode ?? null,
    action,
    subjectType: subject?.type ?? null,
    subjectId: subject?.id ?? null,
    requestId: ctx.requestId,
    clientAddress: ctx.clientAddress,
    detail,
  })
}
