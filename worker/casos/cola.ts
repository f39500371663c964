import { and, asc, eq, gt, gte, inArray, or, type SQL, sql } from 'drizzle-orm'
import { tieneCapacidad } from '../../core/capacidades.ts'
import { localDate } from '../../core/time.ts'
import { casos, comunas, regiones, unidades } from '../../db/schema/index.ts'
import { AppError, invalidField } from '../errors.ts'
import { feriadosNacionalesRead } from '../feriados.ts'
import type { Actor } from '../identity/actor.ts'
import { diasRestantes } from '../plazos.ts'
import type { Database } from '../ports.ts'
import { readOne } from '../reads.ts'
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
  columnas: {
    tipo?: SQL<string | null> | undefined
    posibleDuplicado?: SQL | undefined
    reabierto?: SQL | undefined
  } = {},
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
      reabierto: columnas.reabierto ? sql<number>`(${columnas.reabierto})` : sql<number>`0`,
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
 * officers only those derived to their unit, a regional complaints office its region's. A service
 * on a legal term in working days (`plazoHabil`) gives each row its working days left and orders
 * the page overdue first, then by days left — within the page: pages still follow receipt, which
 * a fixed term keeps in due-date order but for a complaint reopened with a new term, which then
 * shows earlier rather than later (decision 0053). Filters: state, type and likely duplicates (through
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
  // A unit's officers see their unit's cases only, whatever they ask; a regional office its region's.
  const unidad = triar ? query.unidad : (actor.unidadCode ?? '')
  const region = servicio.porRegion && actor.regionCode ? actor.regionCode : query.region
  const filtros = filtrosDeCola(ctx.db, servicio, { ...query, unidad, region })
  const limite = Number(query.limite)
  const { ganchos } = servicio
  const columnas = {
    tipo: ganchos.tipoDeCaso?.(),
    posibleDuplicado: ganchos.filtroPosibleDuplicado?.(),
    reabierto: ganchos.reabierto?.(),
  }
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
  const ahora = ctx.clock.now()
  const now = ahora.getTime()
  const dias = servicio.plazoHabil ? await diasHabilesRestantes(ctx.db, pagina, ahora) : undefined
  // A legal term: the overdue first, then the fewest working days left (decision 0053).
  if (dias)
    pagina.sort(
      (a, b) => porVencimiento(a.venceAt, b.venceAt) || a.createdAt.getTime() - b.createdAt.getTime(),
    )
  return {
    servicio: servicio.servicio,
    estados,
    /** The filters this service's queue takes beyond state, region and unit. */
    filtros: { tipo: ganchos.filtroTipo !== undefined, duplicado: columnas.posibleDuplicado !== undefined },
    casos: pagina.map(({ rowid: _, createdAt, venceAt, posibleDuplicado, reabierto, ...caso }) => ({
      ...caso,
      posibleDuplicado: Boolean(posibleDuplicado),
      /** Reopened by its citizen (a service with the hook); else absent. */
      ...(columnas.reabierto ? { reabierto: Boolean(reabierto) } : {}),
      creadoAt: createdAt.toISOString(),
      venceAt: venceAt?.toISOString() ?? null,
      edadMin: Math.floor((now - createdAt.getTime()) / MINUTE_MS),
      /** Minutes left to the target (negative: late by that much); null without one. */
      restanteMin: venceAt === null ? null : Math.floor((venceAt.getTime() - now) / MINUTE_MS),
      vencida: venceAt !== null && venceAt.getTime() < now,
      /** Working days left to a legal due date (negative: late), for a service on one; else absent. */
      ...(dias && venceAt !== null ? { diasRestantes: dias(venceAt) } : {}),
    })),
    siguiente: todos.length > limite && ultimo ? `${ultimo.createdAt.getTime()}.${ultimo.rowid}` : null,
  }
}

/** Earlier due dates first; a case with none last. */
function porVencimiento(a: Date | null, b: Date | null): number {
  if (a === null || b === null) return (a === null ? 1 : 0) - (b === null ? 1 : 0)
  return a.getTime() - b.getTime()
}

/**
 * Each case's working days left to its due date (worker/plazos.ts's diasRestantes), with the
 * national holidays between today and the page's furthest due date (or its most overdue) read
 * once.
 */
async function diasHabilesRestantes(db: Database, filas: readonly { venceAt: Date | null }[], ahora: Date) {
  const fechas = filas.flatMap((fila) => (fila.venceAt ? [localDate(fila.venceAt)] : []))
  const hoy = localDate(ahora)
  const desde = [hoy, ...fechas].sort()[0] ?? hoy
  const hasta = [hoy, ...fechas].sort().at(-1) ?? hoy
  const feriados = await readOne(db, feriadosNacionalesRead(db, desde, hasta))
  return (vence: Date) => diasRestantes(vence, ahora, feriados)
}
