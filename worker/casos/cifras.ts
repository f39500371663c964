import { and, between, count, eq, inArray, isNotNull, lt, sql } from 'drizzle-orm'
import { localDayWindow } from '../../core/time.ts'
import { casos } from '../../db/schema/index.ts'
import { leerCifras, porClave } from '../cifras/leer.ts'
import type { Database } from '../ports.ts'
import type { ServicioConCaso, ServicioDeCasos } from './maquina.ts'

const HOUR_MS = 3_600_000
const MINUTE_MS = 60_000
const EVENTOS = ['recibida', 'triada', 'derivada', 'enviada', 'cerrada'] as const

/**
 * The value at a quantile of sorted numbers (nearest rank), or null for none.
 *
 * @example
 * cuantil([1, 2, 3, 4], 0.5) // 2
 * cuantil([1, 2, 3, 4], 0.9) // 4
 */
export function cuantil(sorted: readonly number[], q: number): number | null {
  if (sorted.length === 0) return null
  return sorted[Math.max(0, Math.ceil(q * sorted.length) - 1)] ?? null
}

/**
 * How long each case triaged in a window took, in ms: a range of `casos_triada_idx`.
 *
 * @example
 * const rows = await consultaTriaje(db, 'denuncia', desde, hasta)
 */
export function consultaTriaje(db: Database, servicio: ServicioConCaso, desde: Date, hasta: Date) {
  return db
    .select({ ms: sql<number>`${casos.triadaAt} - ${casos.createdAt}` })
    .from(casos)
    .where(and(eq(casos.servicio, servicio), between(casos.triadaAt, desde, hasta)))
}

/**
 * Time to triage of the cases triaged in a window: the median and the 90th percentile in minutes,
 * how many, and how many took longer than the service's target. Reads the window's triaged cases
 * through `casos_triada_idx` (one service, a range of `triada_at`): a day's, not the table.
 */
async function tiempoDeTriaje(db: Database, servicio: ServicioDeCasos, desde: Date, hasta: Date) {
  const rows = await consultaTriaje(db, servicio.servicio, desde, hasta)
  const minutos = rows.map((row) => Number(row.ms) / MINUTE_MS).sort((a, b) => a - b)
  const redondear = (value: number | null) => (value === null ? null : Math.round(value))
  return {
    triadas: minutos.length,
    medianaMin: redondear(cuantil(minutos, 0.5)),
    p90Min: redondear(cuantil(minutos, 0.9)),
    fueraDePlazo: minutos.filter((m) => m > servicio.plazoTriajeHoras * 60).length,
  }
}

/** The cases waiting for triage past their target now (the analysts' backlog, by `casos_cola_idx`). */
async function vencidasAhora(db: Database, servicio: ServicioDeCasos, now: Date): Promise<number> {
  const [row] = await db
    .select({ n: count() })
    .from(casos)
    .where(
      and(
        eq(casos.servicio, servicio.servicio),
        inArray(casos.estado, [...servicio.maquina.colaPorDefecto.triar]),
        isNotNull(casos.venceAt),
        lt(casos.venceAt, now),
      ),
    )
  return row?.n ?? 0
}

/**
 * How many cases wait in each state that is not an end right now (received, under analysis,
 * waiting for the citizen, at a unit): one count per state, each a range of `casos_cola_idx`
 * (the backlog, not the table).
 *
 * @example
 * await porEstadoAhora(db, DENUNCIA) // [{ estado: 'recibida', n: 12 }, …]
 */
async function porEstadoAhora(db: Database, servicio: ServicioDeCasos) {
  const { estados, terminales } = servicio.maquina
  const abiertos = estados.filter((estado) => !terminales.includes(estado))
  return Promise.all(
    abiertos.map(async (estado) => {
      const [row] = await db
        .select({ n: count() })
        .from(casos)
        .where(and(eq(casos.servicio, servicio.servicio), eq(casos.estado, estado)))
      return { estado, n: row?.n ?? 0 }
    }),
  )
}

/**
 * The cases received in a window by type, most first, through the service's type hook (none: the
 * service has no types, and an empty list); the window's cases by `casos_cola_idx`, every state.
 *
 * @example
 * await porTipo(db, DENUNCIA, desde, hasta) // [{ tipo: 'hurto_simple', n: 40 }, …]
 */
export async function porTipo(db: Database, servicio: ServicioDeCasos, desde: Date, hasta: Date) {
  const tipo = servicio.ganchos.tipoDeCaso?.()
  if (!tipo) return []
  const rows = await db
    .select({ tipo, n: count() })
    .from(casos)
    .where(
      and(
        eq(casos.servicio, servicio.servicio),
        inArray(casos.estado, [...servicio.maquina.estados]),
        between(casos.createdAt, desde, hasta),
      ),
    )
    .groupBy(tipo)
  return rows
    .map((row) => ({ tipo: row.tipo ?? '', n: row.n }))
    .sort((a, b) => b.n - a.n || a.tipo.localeCompare(b.tipo))
}

/**
 * A case service's figures for supervisors on one day (Chile's calendar): each hour's and each
 * region's received, triaged, derived, sent and closed cases, from the rollups (worker/cifras);
 * the day's received by type; the day's time to triage (median, p90) and how many missed the
 * target; how many wait in each open state right now, and how many past the target.
 *
 * @example
 * const cifras = await cifrasDeCasos(db, DENUNCIA, '2026-11-23', new Date())
 */
export async function cifrasDeCasos(db: Database, servicio: ServicioDeCasos, fecha: string, now: Date) {
  const { start, end } = localDayWindow(fecha)
  const from = start.getTime()
  const [{ porHora, porComuna }, triaje, vencidas, ahora, tipos] = await Promise.all([
    leerCifras(db, servicio.cifras, { desde: start, hasta: end, periodoComuna: from }),
    tiempoDeTriaje(db, servicio, start, end),
    vencidasAhora(db, servicio, now),
    porEstadoAhora(db, servicio),
    porTipo(db, servicio, start, end),
  ])
  const cuenta = (n: Record<string, number> | undefined) =>
    Object.fromEntries(EVENTOS.map((evento) => [evento, n?.[evento] ?? 0])) as Record<
      (typeof EVENTOS)[number],
      number
    >
  const horas = porClave(porHora, (row) => row.periodo)
  const hours = Math.round((end.getTime() + 1 - from) / HOUR_MS)
  const regiones = new Map<string, { regionCode: string; region: string; n: Record<string, number> }>()
  for (const row of porComuna) {
    const entry = regiones.get(row.regionCode) ?? { regionCode: row.regionCode, region: row.region, n: {} }
    entry.n[row.evento] = (entry.n[row.evento] ?? 0) + row.n
    regiones.set(row.regionCode, entry)
  }
  return {
    fecha,
    porHora: Array.from({ length: hours }, (_, hora) => ({
      desde: new Date(from + hora * HOUR_MS).toISOString(),
      ...cuenta(horas.get(from + hora * HOUR_MS)),
    })),
    porRegion: [...regiones.values()]
      .map(({ regionCode, region, n }) => ({ regionCode, region, ...cuenta(n) }))
      .sort((a, b) => a.regionCode.localeCompare(b.regionCode)),
    /** The cases received that day, by type (empty for a service without types). */
    porTipo: tipos,
    /** How many wait in each open state now, whatever the day. */
    porEstado: ahora,
    triaje,
    vencidas,
  }
}
