import { and, eq, gte, isNull, lte, sql } from 'drizzle-orm'
import { comunas, permisos, permisosRechazados } from '../../db/schema/index.ts'
import { auditEntry } from '../audit.ts'
import { AppError } from '../errors.ts'
import type { Actor } from '../identity/actor.ts'
import type { Planned, ServiceContext } from '../service.ts'
import { localDayWindow } from '../time.ts'
import type { PermisoView } from './schema.ts'
import { permisosDonde, viewOf } from './service.ts'

const HOUR_MS = 3_600_000

/** A permit as a supervisor sees it: the holder's view and the revocation's internal record. */
export interface PermisoSupervision extends Omit<PermisoView, 'token'> {
  motivoRevocacion: string | null
}

/** A permit found, with whose it is (for the record of who read it; not sent). */
interface Encontrado extends PermisoSupervision {
  titular: { run: string; userId: string | null }
}

/** Permits by code or by the holder's RUN, for a supervisor who must act on one. */
export async function buscarPermisos(
  ctx: ServiceContext,
  where: { code: string } | { run: string },
): Promise<Encontrado[]> {
  const now = ctx.clock.now()
  const rows = await permisosDonde(
    ctx,
    'code' in where ? eq(permisos.code, where.code) : eq(permisos.run, where.run),
  )
  return rows.map(({ row, tipo, comuna }) => {
    const { token: _, ...view } = viewOf(row, tipo, comuna, now)
    return { ...view, motivoRevocacion: row.motivoRevocacion, titular: { run: row.run, userId: row.userId } }
  })
}

/**
 * What the supervisor's screen receives of a permit found: all but whose account it is.
 *
 * @example
 * c.json(mostrado(found))
 */
export function mostrado({ titular: _, ...permiso }: Encontrado): PermisoSupervision {
  return permiso
}

/**
 * A supervisor revokes a permit (its holder tested positive, it was misused). Online checks say
 * `revocado` from then on, with no reason: the reason stays in the record and the audit log.
 */
export async function planRevocacion(
  ctx: ServiceContext,
  actor: Actor,
  code: string,
  motivo: string,
): Promise<Planned<PermisoSupervision>> {
  const [found] = await buscarPermisos(ctx, { code })
  if (!found) throw new AppError('not_found')
  if (found.revocadoAt) throw new AppError('conflict')
  const now = ctx.clock.now()
  return {
    writes: [
      ctx.db
        .update(permisos)
        .set({ revocadoAt: now, revocadoPor: actor.userId, motivoRevocacion: motivo })
        .where(and(eq(permisos.code, code), isNull(permisos.revocadoAt))),
      auditEntry(ctx, 'permiso.revoked', { type: 'permiso', id: code }, { motivo }),
    ],
    result: {
      ...mostrado(found),
      estado: 'revocado',
      revocadoAt: now.toISOString(),
      motivoRevocacion: motivo,
    },
  }
}

/** Permits issued and refused on a day (Chile's calendar), per hour and per comuna. */
export async function cifrasPermisos(ctx: ServiceContext, fecha: string) {
  const { start, end } = localDayWindow(fecha)
  const from = start.getTime()
  const hourOf = (column: typeof permisos.createdAt | typeof permisosRechazados.at) =>
    sql<number>`cast((${column} - ${from}) / ${HOUR_MS} as integer)`
  const [emitidosHora, rechazadosHora, emitidosComuna, rechazadosComuna] = await Promise.all([
    ctx.db
      .select({ hora: hourOf(permisos.createdAt), n: sql<number>`count(*)` })
      .from(permisos)
      .where(and(gte(permisos.createdAt, start), lte(permisos.createdAt, end)))
      .groupBy(hourOf(permisos.createdAt)),
    ctx.db
      .select({ hora: hourOf(permisosRechazados.at), n: sql<number>`count(*)` })
      .from(permisosRechazados)
      .where(and(gte(permisosRechazados.at, start), lte(permisosRechazados.at, end)))
      .groupBy(hourOf(permisosRechazados.at)),
    ctx.db
      .select({ cut: permisos.comunaCut, comuna: comunas.name, n: sql<number>`count(*)` })
      .from(permisos)
      .innerJoin(comunas, eq(comunas.cut, permisos.comunaCut))
      .where(and(gte(permisos.createdAt, start), lte(permisos.createdAt, end)))
      .groupBy(permisos.comunaCut),
    ctx.db
      .select({ cut: permisosRechazados.comunaCut, comuna: comunas.name, n: sql<number>`count(*)` })
      .from(permisosRechazados)
      .innerJoin(comunas, eq(comunas.cut, permisosRechazados.comunaCut))
      .where(and(gte(permisosRechazados.at, start), lte(permisosRechazados.at, end)))
      .groupBy(permisosRechazados.comunaCut),
  ])
  const hours = Math.round((end.getTime() + 1 - from) / HOUR_MS)
  const porHora = Array.from({ length: hours }, (_, hora) => ({
    desde: new Date(from + hora * HOUR_MS).toISOString(),
    emitidos: emitidosHora.find((r) => r.hora === hora)?.n ?? 0,
    rechazados: rechazadosHora.find((r) => r.hora === hora)?.n ?? 0,
  }))
  const porComuna = new Map<string, { cut: string; comuna: string; emitidos: number; rechazados: number }>()
  for (const [rows, key] of [
    [emitidosComuna, 'emitidos'],
    [rechazadosComuna, 'rechazados'],
  ] as const) {
    for (const row of rows) {
      const entry = porComuna.get(row.cut) ?? { cut: row.cut, comuna: row.comuna, emitidos: 0, rechazados: 0 }
      entry[key] += row.n
      porComuna.set(row.cut, entry)
    }
  }
  return {
    fecha,
    porHora,
    porComuna: [...porComuna.values()].sort(
      (a, b) => b.emitidos + b.rechazados - (a.emitidos + a.rechazados),
    ),
  }
}
