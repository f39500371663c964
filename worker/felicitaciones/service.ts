import { and, desc, eq, isNull, sql } from 'drizzle-orm'
import { felicitaciones, unidades, users } from '../../db/schema/index.ts'
import { auditEntry } from '../audit.ts'
import { contar } from '../cifras/contar.ts'
import { AppError, invalidField } from '../errors.ts'
import type { Actor } from '../identity/actor.ts'
import { rowId } from '../ids.ts'
import type { Database } from '../ports.ts'
import { preparedFor } from '../prepared.ts'
import { known, type Loaded, readFirst, readRows } from '../reads.ts'
import type { Planned, ServiceContext } from '../service.ts'
import { insertRow } from '../writes.ts'
import { type Candidato, coincidente } from './coincidencia.ts'
import type { FelicitacionInput, FelicitacionRecibida, FelicitacionView } from './schema.ts'

const queries = preparedFor((db) => ({
  unidad: db
    .select({ code: unidades.code, name: unidades.name, comunaCut: unidades.comunaCut })
    .from(unidades)
    .where(and(eq(unidades.code, sql.placeholder('unidad')), eq(unidades.active, true)))
    .prepare(),
  // The unit's active staff, to match a named officer: names only, never sent to the citizen.
  personal: db
    .select({ id: users.id, givenNames: users.givenNames, familyNames: users.familyNames })
    .from(users)
    .where(
      and(eq(users.kind, 'staff'), eq(users.unidadCode, sql.placeholder('unidad')), isNull(users.disabledAt)),
    )
    .prepare(),
}))

/**
 * What a commendation reads before it is decided: its unit (active), and — when it names an
 * officer — the unit's staff, to find the one it names: two statements in the submission's one
 * read batch.
 *
 * @example
 * const reads = felicitacionReads(db, input)
 */
export function felicitacionReads(db: Database, input: FelicitacionInput) {
  return {
    unidad: readFirst(queries(db).unidad, { unidad: input.unidadCode }),
    personal: input.funcionarioNombre
      ? readRows(queries(db).personal, { unidad: input.unidadCode }, (rows): Candidato[] => rows)
      : known<Candidato[]>([]),
  }
}
type FelicitacionLoaded = Loaded<ReturnType<typeof felicitacionReads>>

/** How the citizen named the officer, as the unit's screens show it: rank and name. */
function funcionarioDicho(row: { funcionarioNombre: string | null; funcionarioGrado: string | null }) {
  if (!row.funcionarioNombre) return null
  return [row.funcionarioGrado, row.funcionarioNombre].filter(Boolean).join(' ')
}

/**
 * A citizen's commendation: the unit checked, the named officer matched to one of its accounts
 * when exactly one fits (decision 0059), the citizen's name kept only if they chose to show it,
 * the audit entry (no message, no name) and the figures' counter per unit: one batch.
 *
 * @example
 * const { writes, result } = planFelicitacion(ctx, actor, input, loaded, 'K7PXQ2MZ9A')
 */
export function planFelicitacion(
  ctx: ServiceContext,
  actor: Actor,
  input: FelicitacionInput,
  loaded: FelicitacionLoaded,
  numero: string,
): Planned<FelicitacionView> {
  const unidad = loaded.unidad
  if (!unidad) throw invalidField('unidadCode', 'unidad_desconocida')
  const now = ctx.clock.now()
  const funcionarioId = input.funcionarioNombre
    ? coincidente(input.funcionarioNombre, loaded.personal, input.funcionarioGrado)
    : null
  const row: typeof felicitaciones.$inferInsert = {
    id: rowId(),
    numero,
    userId: actor.userId,
    unidadCode: unidad.code,
    comunaCut: unidad.comunaCut,
    funcionarioNombre: input.funcionarioNombre ?? null,
    funcionarioGrado: input.funcionarioNombre ? (input.funcionarioGrado ?? null) : null,
    funcionarioId,
    asignadaAt: funcionarioId ? now : null,
    mensaje: input.mensaje,
    firma: input.mostrarNombre ? `${actor.givenNames} ${actor.familyNames}` : null,
    createdAt: now,
  }
  return {
    writes: [
      insertRow(felicitaciones, row),
      auditEntry(
        ctx,
        'felicitacion.sent',
        { type: 'felicitacion', id: row.id ?? '' },
        { unidad: unidad.code },
      ),
      ...contar(ctx, 'felicitaciones', {
        evento: 'recibida',
        en: now,
        comuna: unidad.comunaCut,
        ambito: unidad.code,
      }),
    ],
    // The citizen is not told whether the name matched an account: that would say who works there.
    result: {
      numero,
      createdAt: now.toISOString(),
      unidad: unidad.name,
      funcionario: funcionarioDicho(
        row as { funcionarioNombre: string | null; funcionarioGrado: string | null },
      ),
      mensaje: input.mensaje,
      mostrarNombre: input.mostrarNombre,
    },
  }
}

const citizenColumns = {
  numero: felicitaciones.numero,
  createdAt: felicitaciones.createdAt,
  unidad: unidades.name,
  funcionarioNombre: felicitaciones.funcionarioNombre,
  funcionarioGrado: felicitaciones.funcionarioGrado,
  mensaje: felicitaciones.mensaje,
  firma: felicitaciones.firma,
}

function citizenView(row: {
  numero: string
  createdAt: Date
  unidad: string
  funcionarioNombre: string | null
  funcionarioGrado: string | null
  mensaje: string
  firma: string | null
}): FelicitacionView {
  return {
    numero: row.numero,
    createdAt: row.createdAt.toISOString(),
    unidad: row.unidad,
    funcionario: funcionarioDicho(row),
    mensaje: row.mensaje,
    mostrarNombre: row.firma !== null,
  }
}

/**
 * The citizen's own commendations, newest first (Mis trámites), or one of them by número;
 * another person's is simply not found.
 *
 * @example
 * const mine = await misFelicitaciones(ctx, actor)
 */
export async function misFelicitaciones(
  ctx: Pick<ServiceContext, 'db'>,
  actor: Actor,
  numero?: string,
): Promise<FelicitacionView[]> {
  const rows = await ctx.db
    .select(citizenColumns)
    .from(felicitaciones)
    .innerJoin(unidades, eq(unidades.code, felicitaciones.unidadCode))
    .where(
      and(eq(felicitaciones.userId, actor.userId), numero ? eq(felicitaciones.numero, numero) : undefined),
    )
    .orderBy(desc(felicitaciones.createdAt))
    .limit(100)
  return rows.map(citizenView)
}

/** How many commendations a staff list shows at once, newest first. */
export const PAGINA = 100

/**
 * Commendations as staff see them: the unit's (`unidad`), or those that reached one officer
 * (`funcionarioId`). Never the citizen's account or RUN; their name only as they chose to sign.
 *
 * @example
 * const items = await felicitacionesRecibidas(db, { unidad: actor.unidadCode })
 */
export async function felicitacionesRecibidas(
  db: Database,
  where: { unidad: string } | { funcionarioId: string },
): Promise<FelicitacionRecibida[]> {
  const rows = await db
    .select({
      numero: felicitaciones.numero,
      createdAt: felicitaciones.createdAt,
      mensaje: felicitaciones.mensaje,
      funcionarioNombre: felicitaciones.funcionarioNombre,
      funcionarioGrado: felicitaciones.funcionarioGrado,
      funcionarioId: felicitaciones.funcionarioId,
      firma: felicitaciones.firma,
    })
    .from(felicitaciones)
    .where(
      'unidad' in where
        ? eq(felicitaciones.unidadCode, where.unidad)
        : eq(felicitaciones.funcionarioId, where.funcionarioId),
    )
    .orderBy(desc(felicitaciones.createdAt))
    .limit(PAGINA)
  return rows.map((row) => ({
    numero: row.numero,
    createdAt: row.createdAt.toISOString(),
    mensaje: row.mensaje,
    funcionario: funcionarioDicho(row),
    asignada: row.funcionarioId !== null,
    firma: row.firma,
  }))
}

/**
 * The staff of the actor's unit a supervisor may assign a commendation to: id and name, nothing else.
 *
 * @example
 * const personal = await personalDeUnidad(db, actor)
 */
export async function personalDeUnidad(db: Database, actor: Actor) {
  if (!actor.unidadCode) return []
  const rows = await queries(db).personal.all({ unidad: actor.unidadCode })
  return rows
    .map((row) => ({ id: row.id, nombre: `${row.givenNames} ${row.familyNames}` }))
    .sort((a, b) => a.nombre.localeCompare(b.nombre, 'es'))
}

/**
 * A supervisor gives a commendation that names an officer to the account of that officer, one of
 * their own unit's (or corrects a match): the commendation and the officer must both be the
 * unit's. One batch with its audit entry.
 *
 * @example
 * const { writes } = await planAsignacion(ctx, actor, 'K7PXQ2MZ9A', { funcionarioId: 'u1' })
 */
export async function planAsignacion(
  ctx: ServiceContext,
  actor: Actor,
  numero: string,
  input: { funcionarioId: string },
): Promise<Planned<{ numero: string; asignada: true }>> {
  const unidad = actor.unidadCode
  if (!unidad) throw new AppError('not_found')
  const [[found], [officer]] = await Promise.all([
    ctx.db
      .select({ id: felicitaciones.id, nombre: felicitaciones.funcionarioNombre })
      .from(felicitaciones)
      .where(and(eq(felicitaciones.numero, numero), eq(felicitaciones.unidadCode, unidad))),
    ctx.db
      .select({ id: users.id })
      .from(users)
      .where(
        and(
          eq(users.id, input.funcionarioId),
          eq(users.kind, 'staff'),
          eq(users.unidadCode, unidad),
          isNull(users.disabledAt),
        ),
      ),
  ])
  // Another unit's commendation is not found: its existence is not the supervisor's to know.
  if (!found) throw new AppError('not_found')
  if (!found.nombre) throw invalidField('funcionarioId', 'felicitacion_sin_funcionario')
  if (!officer) throw invalidField('funcionarioId', 'funcionario_desconocido')
  const now = ctx.clock.now()
  return {
    writes: [
      ctx.db
        .update(felicitaciones)
        .set({ funcionarioId: officer.id, asignadaAt: now })
        .where(eq(felicitaciones.id, found.id)),
      auditEntry(
        ctx,
        'felicitacion.assigned',
        { type: 'felicitacion', id: found.id },
        { funcionarioId: officer.id },
      ),
    ],
    result: { numero, asignada: true },
  }
}
