import { and, eq, isNull } from 'drizzle-orm'
import { localDayWindow } from '../../core/time.ts'
import { permisos } from '../../db/schema/index.ts'
import { auditEntry } from '../audit.ts'
import { contar } from '../cifras/contar.ts'
import { leerCifras, porClave } from '../cifras/leer.ts'
import { AppError } from '../errors.ts'
import type { Actor } from '../identity/actor.ts'
import { lecturaDeDatos } from '../privacy/accesos.ts'
import type { Finalidad } from '../privacy/finalidades.ts'
import type { Planned, ServiceContext } from '../service.ts'
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
      ...contar(ctx, 'permisos', { evento: 'revocado', en: now, comuna: found.comuna.cut }),
    ],
    result: {
      ...mostrado(found),
      estado: 'revocado',
      revocadoAt: now.toISOString(),
      motivoRevocacion: motivo,
    },
  }
}

/**
 * Permits issued and refused on a day (Chile's calendar), per hour and per comuna, from the
 * rollups (worker/cifras): the same few hundred rows on a quiet day and on a 2-million-permit one.
 */
export async function cifrasPermisos(ctx: ServiceContext, fecha: string) {
  const { start, end } = localDayWindow(fecha)
  const from = start.getTime()
  const { porHora, porComuna } = await leerCifras(ctx.db, 'permisos', {
    desde: start,
    hasta: end,
    periodoComuna: from,
  })
  const horas = porClave(porHora, (row) => row.periodo)
  const hours = Math.round((end.getTime() + 1 - from) / HOUR_MS)
  const comunasPorCut = porClave(porComuna, (row) => row.comuna)
  const names = new Map(porComuna.map((row) => [row.comuna, row.nombre]))
  return {
    fecha,
    porHora: Array.from({ length: hours }, (_, hora) => {
      const desde = from + hora * HOUR_MS
      return {
        desde: new Date(desde).toISOString(),
        emitidos: horas.get(desde)?.emitido ?? 0,
        rechazados: horas.get(desde)?.rechazado ?? 0,
      }
    }),
    porComuna: [...comunasPorCut]
      .map(([cut, n]) => ({
        cut,
        comuna: names.get(cut) ?? cut,
        emitidos: n.emitido ?? 0,
        rechazados: n.rechazado ?? 0,
      }))
      .filter((c) => c.emitidos + c.rechazados > 0)
      .sort((a, b) => b.emitidos + b.rechazados - (a.emitidos + a.rechazados)),
  }
}

/**
 * A supervisor's search of a person's permits by RUN, for a stated purpose: a read of that
 * person's data whether or not it finds one (they see it in "Quién vio mis datos").
 *
 * @example
 * return commitRead(c, await planBusquedaPorRun(ctx, '44444444-4', 'fiscalizacion'))
 */
export async function planBusquedaPorRun(ctx: ServiceContext, run: string, finalidad: Finalidad) {
  const found = await buscarPermisos(ctx, { run })
  return {
    writes: [lecturaDeDatos(ctx, run, { tipo: 'persona', code: null }, finalidad, null)],
    result: { items: found.map(mostrado) },
  }
}

/**
 * A supervisor opens one permit by its code (404 if none): a read of its holder's data.
 *
 * @example
 * return commitRead(c, await planPermisoMostrado(ctx, 'K7PXQ2MZ9A'))
 */
export async function planPermisoMostrado(ctx: ServiceContext, code: string) {
  const [found] = await buscarPermisos(ctx, { code })
  if (!found) throw new AppError('not_found')
  const { run, userId } = found.titular
  return {
    writes: [lecturaDeDatos(ctx, run, { tipo: 'permiso', code: found.code }, 'control_permiso', userId)],
    result: mostrado(found),
  }
}
