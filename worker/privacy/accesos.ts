import { and, desc, eq } from 'drizzle-orm'
import { addCalendar } from '../../core/retention.ts'
import { auditLog, unidades, users } from '../../db/schema/index.ts'
import { auditEntry } from '../audit.ts'
import type { Actor } from '../identity/actor.ts'
import type { ServiceContext } from '../service.ts'
import type { Write } from '../writes.ts'
import { type Finalidad, RESERVA_DIAS } from './finalidades.ts'

/** The record a read concerned, as the person will see it. */
export interface RegistroLeido {
  /** A case is named by its service (`denuncia`…) and its número (worker/casos). */
  tipo:
    | 'constancia_voto'
    | 'permiso'
    | 'persona'
    | 'solicitud_datos'
    | 'denuncia'
    | 'reclamo'
    | 'reencuentro'
    | 'certificado'
  code: string | null
}

/**
 * The audit entry of a staff read of a person's data, to run in a batch (alone, for a read that
 * changes nothing). The subject is the person (canonical RUN), so that the record survives the
 * records' own clocks and a search by RUN is found with the rest; `cuenta` is the account the
 * record belongs to, when it has one.
 *
 * @example
 * await runWrites(ctx, [lecturaDeDatos(ctx, '44444444-4', { tipo: 'permiso', code }, 'control_permiso', null)])
 */
export function lecturaDeDatos(
  ctx: Parameters<typeof auditEntry>[0],
  run: string,
  registro: RegistroLeido,
  finalidad: Finalidad,
  cuenta: string | null,
  /** What else the audit keeps of the read (a registry look-up's reason); the person sees none of it. */
  detalle: Record<string, unknown> = {},
): Write {
  return auditEntry(
    ctx,
    'personal_data.viewed',
    { type: 'persona', id: run },
    { ...detalle, registro, finalidad, cuenta },
  )
}

export interface Acceso {
  at: string
  funcionario: string
  unidad: string | null
  registro: RegistroLeido
  finalidad: Finalidad
}

/**
 * "Quién vio mis datos": every staff read of the caller's data, newest first, less what the
 * reserve rule still withholds. A RUN only the caller declared (an internal account) proves
 * nothing: such a caller sees the reads of the records of their own account only.
 *
 * @example
 * const accesos = await accesosDe(ctx, actor)
 */
export async function accesosDe(ctx: Pick<ServiceContext, 'db' | 'clock'>, actor: Actor): Promise<Acceso[]> {
  if (!actor.run) return []
  const rows = await ctx.db
    .select({
      at: auditLog.at,
      detail: auditLog.detail,
      givenNames: users.givenNames,
      familyNames: users.familyNames,
      unidad: unidades.name,
    })
    .from(auditLog)
    .leftJoin(users, eq(users.id, auditLog.actorId))
    .leftJoin(unidades, eq(unidades.code, auditLog.actorUnidad))
    .where(
      and(
        eq(auditLog.subjectType, 'persona'),
        eq(auditLog.subjectId, actor.run),
        eq(auditLog.action, 'personal_data.viewed'),
      ),
    )
    .orderBy(desc(auditLog.at))
  const reservedSince = addCalendar(ctx.clock.now(), { dias: -RESERVA_DIAS })
  return rows.flatMap((row) => {
    const detail = (row.detail ?? {}) as {
      registro?: RegistroLeido
      finalidad?: Finalidad
      cuenta?: string | null
    }
    if (actor.runProof !== 'claveunica' && detail.cuenta !== actor.userId) return []
    if (detail.finalidad === 'investigacion_reservada' && row.at > reservedSince) return []
    return [
      {
        at: row.at.toISOString(),
        funcionario: `${row.givenNames ?? ''} ${row.familyNames ?? ''}`.trim(),
        unidad: row.unidad,
        registro: detail.registro ?? { tipo: 'persona', code: null },
        finalidad: detail.finalidad ?? 'fiscalizacion',
      },
    ]
  })
}
