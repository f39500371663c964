import { and, asc, eq, gt, gte, inArray, or, type SQL, sql } from 'drizzle-orm'
import { casos, comunas, regiones, unidades } from '../../db/schema/index.ts'
import { AppError, invalidField } from '../errors.ts'
import type { Actor } from '../identity/actor.ts'
import { tieneCapacidad } from '../identity/capacidades.ts'
import type { Database } from '../ports.ts'
import type { ServiceContext } from '../service.ts'
import type { ColaQuery } from './consultas.ts'
import type { ServicioConCaso, ServicioDeCasos } from './maquina.ts'
import { servicioDeCasos } from './servicios.ts'

const MINUTE_MS = 60_000

/**
 * One state's page of a queue, oldest first (ties by insertion), with the names a screen shows:
 * read in the order of the index that leads with its filters, stopping at `limite` rows.
 *
 * @example
 * const filas = await consultaPorEstado(db, 'denuncia', 'recibida', [], 51)
 */
export function consultaPorEstado(
  db: Database,
  servicio: ServicioConCaso,
  estado: string,
  filtros: SQL[],
  limite: number,
  /** The service's hooks for each row's type and likely-duplicate mark, when it has them. */
  columnas: { tipo?: SQL<string | null> | undefined; posibleDuplicado?: SQL | undefined } = {},
) {
  return db
    .select({
      rowid: sql<number>`${casos}.rowid`,
      numero: casos.numero,
      estado: casos.estado,
      createdAt: casos.createdAt,
      venceAt: casos.venceAt,
      comuna: comunas.name,
      region: regiones.name,
      unidadCode: casos.unidadCode,
      unidad: unidades.name,
      tipo: columnas.tipo ?? sql<string | null>`null`,
      posibleDuplicado: columnas.posibleDuplicado
        ? sql<number>`(${columnas.posibleDuplicado})`
        : sql<number>`0`,
    })
    .from(casos)
    .leftJoin(comunas, eq(comunas.cut, casos.comunaCut))
    .leftJoin(regiones, eq(regiones.code, comunas.regionCode))
    .leftJoin(unidades, eq(unidades.code, casos.unidadCode))
    .where(and(eq(casos.servicio, servicio), eq(casos.estado, estado), ...filtros))
    .orderBy(asc(casos.createdAt), asc(sql`${casos}.rowid`))
    .limit(limite)
}

/**
 * The conditions of a queue's filters: its unit, type (the service's hook), region, and where the
 * previous page ended.
 *
 * @example
 * const filtros = filtrosDeCola(db, DENUNCIA, { region: '13' })
 */
export function filtrosDeCola(
  db: Database,
  servicio: ServicioDeCasos,
  query: Pick<ColaQuery, 'unidad' | 'tipo' | 'region' | 'desde' | 'duplicado'>,
): SQL[] {
  const filtros: SQL[] = []
  if (query.unidad !== undefined) filtros.push(eq(casos.unidadCode, query.unidad))
  if (query.tipo !== undefined) {
    const porTipo = servicio.ganchos.filtroTipo?.(query.tipo)
    if (!porTipo) throw invalidField('tipo', 'invalid_option')
    filtros.push(porTipo)
  }
  if (query.duplicado !== undefined) {
    const duplicados = servicio.ganchos.filtroPosibleDuplicado?.()
    if (!duplicados) throw invalidField('duplicado', 'invalid_option')
    filtros.push(duplicados)
  }
  if (query.region !== undefined)
    filtros.push(
      inArray(
        casos.comunaCut,
        db.select({ cut: comunas.cut }).from(comunas).where(eq(comunas.regionCode, query.region)),
      ),
    )
  if (query.desde !== undefined) {
    const [at = '0', rowid = '0'] = query.desde.split('.')
    const instante = new Date(Number(at))
    // A range of the index from the previous page's instant on, not a filter over the whole state.
    filtros.push(
      gte(casos.createdAt, instante),
      or(gt(casos.createdAt, instante), gt(sql`${casos}.rowid`, Number(rowid))) as SQL,
    )
  }
  return filtros
}

/**
 * A service's queue, oldest first, each case with its age against its target (`vence_at`): the
 * analysts see every case of the states asked (by default those waiting for triage), a unit's
 * officers only those derived to their unit. Filters: state, type and likely duplicates (through
 * the service's hooks, which also give each row its type and mark), region, unit; pages of
 * `limite`, the next one from `siguiente`.
 *
 * Each state is read on its own, in the order of an index — (servicio, estado, created_at) for
 * the analysts, (unidad_code, estado, created_at) for a unit — `limite + 1` rows at most each,
 * and the pages merged: no sort of the backlog, however long (tests/integration/casos-cola.test.ts
 * holds the query plans).
 *
 * @example
 * const pagina = await colaDeCasos(ctx, actor, 'denuncia', { limite: 50 })
 */
export async function colaDeCasos(ctx: ServiceContext, actor: Actor, nombre: string, query: ColaQuery) {
  const servicio = servicioDeCasos(nombre)
  if (!servicio) throw new AppError('not_found')
  const triar = tieneCapacidad(actor, servicio.capacidades.triar)
  if (!triar && !tieneCapacidad(actor, servicio.capacidades.unidad)) throw new AppError('forbidden')
  const { maquina } = servicio
  const estados = query.estado?.split(',') ?? [
    ...(triar ? maquina.colaPorDefecto.triar : maquina.colaPorDefecto.unidad),
  ]
  if (!estados.every((estado) => maquina.estados.includes(estado)))
    throw invalidField('estado', 'invalid_option')
  // A unit's officers see their unit's cases only, whatever they ask.
  const unidad = triar ? query.unidad : (actor.unidadCode ?? '')
  const filtros = filtrosDeCola(ctx.db, servicio, { ...query, unidad })
  const limite = Number(query.limite)
  const { ganchos } = servicio
  const columnas = { tipo: ganchos.tipoDeCaso?.(), posibleDuplicado: ganchos.filtroPosibleDuplicado?.() }
  const porEstado = await Promise.all(
    [...new Set(estados)].map((estado) =>
      consultaPorEstado(ctx.db, servicio.servicio, estado, filtros, limite + 1, columnas),
    ),
  )
  const todos = porEstado
    .flat()
    .sort((a, b) => a.createdAt.getTime() - b.createdAt.getTime() || a.rowid - b.rowid)
  const pagina = todos.slice(0, limite)
  const ultimo = pagina.at(-1)
  const now = ctx.clock.now().getTime()
  return {
    servicio: servicio.servicio,
    estados,
    /** The filters this service's queue takes beyond state, region and unit. */
    filtros: { tipo: ganchos.filtroTipo !== undefined, duplicado: columnas.posibleDuplicado !== undefined },
    casos: pagina.map(({ rowid: _, createdAt, venceAt, posibleDuplicado, ...caso }) => ({
      ...caso,
      posibleDuplicado: Boolean(posibleDuplicado),
      creadoAt: createdAt.toISOString(),
      venceAt: venceAt?.toISOString() ?? null,
      edadMin: Math.floor((now - createdAt.getTime()) / MINUTE_MS),
      /** Minutes left to the target (negative: late by that much); null without one. */
      restanteMin: venceAt === null ? null : Math.floor((venceAt.getTime() - now) / MINUTE_MS),
      vencida: venceAt !== null && venceAt.getTime() < now,
    })),
    siguiente: todos.length > limite && ultimo ? `${ultimo.createdAt.getTime()}.${ultimo.rowid}` : null,
  }
}
