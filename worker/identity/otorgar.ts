import { and, eq, inArray, isNull, ne, or, type SQL, sql } from 'drizzle-orm'
import {
  CAPACIDADES_DE_ROL,
  type Capacidad,
  capacidadesDe,
  ordenadas,
  type RolFuncionario,
} from '../../core/capacidades.ts'
import { users } from '../../db/schema/index.ts'
import { auditEntry } from '../audit.ts'
import { invalidField, isNotNullViolation } from '../errors.ts'
import type { ServiceContext } from '../service.ts'
import type { Write } from '../writes.ts'
import type { StaffUpdateInput } from './staff-schemas.ts'

type User = typeof users.$inferSelect

/** The capability whose last holder the portal may not lose: without it nobody grants anything. */
const ADMINISTRAR: Capacidad = 'personal.administrar'

/** The roles whose default set holds it, for accounts with no grants recorded (`capacidades` null). */
const ROLES_QUE_ADMINISTRAN = (Object.keys(CAPACIDADES_DE_ROL) as RolFuncionario[]).filter((role) =>
  CAPACIDADES_DE_ROL[role].includes(ADMINISTRAR),
)

/** Enabled staff, other than `id`, who hold {@link ADMINISTRAR}. */
function otrosQueAdministran(id: string): SQL | undefined {
  return and(
    eq(users.kind, 'staff'),
    ne(users.id, id),
    isNull(users.disabledAt),
    or(
      and(isNull(users.capacidades), inArray(users.role, ROLES_QUE_ADMINISTRAN)),
      sql`exists (select 1 from json_each(${users.capacidades}) where value = ${ADMINISTRAR})`,
    ),
  )
}

/** What a change leaves a staff member holding, and whether their grants are written at all. */
interface Resultado {
  /** The capabilities after the change. */
  despues: Capacidad[]
  /** What to store: the new set, or the column as it was when neither grants nor role changed. */
  guardar: string[] | null
}

function resultado(user: User, input: StaffUpdateInput): Resultado {
  if (input.capacidades) {
    const despues = ordenadas(input.capacidades)
    return { despues, guardar: despues }
  }
  // A new role brings its own set: the role is a named set, not a rank above the grants.
  if (input.role && input.role !== user.role) {
    const despues = [...CAPACIDADES_DE_ROL[input.role]]
    return { despues, guardar: despues }
  }
  return { despues: capacidadesDe(user), guardar: user.capacidades }
}

/** The field a refused change is reported on: the question of the form that asked for it. */
function campo(input: StaffUpdateInput): string {
  if (input.disabled) return 'disabled'
  return input.capacidades ? 'capacidades' : 'role'
}

/**
 * The grants part of an administrator's change to a staff member: the capabilities to store, the
 * role to write (guarded, when the change takes staff administration away from someone, so that
 * the write itself fails if nobody else holds it by then), and the audit entry naming what was
 * granted and revoked. Refuses, changing nothing, a change that takes staff administration from
 * the administrator making it (no locking oneself out) or from its last enabled holder.
 *
 * @example
 * const grants = await planGrants(ctx, user, input, disabledAt)
 * writes.push(db.update(users).set({ role: grants.role, capacidades: grants.guardar }), ...grants.writes)
 */
export async function planGrants(
  ctx: ServiceContext,
  user: User,
  input: StaffUpdateInput,
  disabledAt: Date | null,
): Promise<{ guardar: string[] | null; role: User['role'] | SQL; writes: Write[] }> {
  const antes = capacidadesDe(user)
  const { despues, guardar } = resultado(user, input)
  const role = input.role ?? user.role
  const administraba = user.disabledAt === null && antes.includes(ADMINISTRAR)
  const pierde = administraba && (disabledAt !== null || !despues.includes(ADMINISTRAR))
  if (pierde) {
    if (ctx.actor?.userId === user.id) throw invalidField(campo(input), 'own_administration')
    const [otro] = await ctx.db
      .select({ id: users.id })
      .from(users)
      .where(otrosQueAdministran(user.id))
      .limit(1)
    if (!otro) throw invalidField(campo(input), 'last_administrator')
  }
  const otorgadas = despues.filter((capacidad) => !antes.includes(capacidad))
  const revocadas = antes.filter((capacidad) => !despues.includes(capacidad))
  return {
    guardar,
    // Checked again in the write: two administrators removing each other at once must not both
    // pass. A null role breaks NOT NULL and fails the whole batch (see isLastAdministratorLost).
    role: pierde
      ? sql`case when exists (select 1 from ${users} where ${otrosQueAdministran(user.id)}) then ${role} end`
      : role,
    writes:
      otorgadas.length + revocadas.length > 0
        ? [
            auditEntry(
              ctx,
              'staff.capabilities_changed',
              { type: 'user', id: user.id },
              { otorgadas, revocadas },
            ),
          ]
        : [],
  }
}

/**
 * Whether a failed change lost to another administrator's at the same moment: the guarded role of
 * {@link planGrants} found no other holder of staff administration when it was written.
 *
 * @example
 * if (isLastAdministratorLost(error)) throw invalidField('capacidades', 'last_administrator')
 */
export function isLastAdministratorLost(error: unknown): boolean {
  return isNotNullViolation(error, 'users.role')
}
