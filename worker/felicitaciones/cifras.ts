import { inArray } from 'drizzle-orm'
import { localDate, localDayWindow, startOfLocalDay } from '../../core/time.ts'
import { unidades } from '../../db/schema/index.ts'
import { leerCifras, porClave } from '../cifras/leer.ts'
import type { Database } from '../ports.ts'

/** How many days the figures' series shows, today included. */
export const DIAS_SERIE = 30

/**
 * Commendations from their rollups only (worker/cifras, registered per unit): each unit's count
 * since the start and its region's, and the country's per day over the last {@link DIAS_SERIE}
 * days — a few rows per unit and per hour, whatever the number of commendations behind them.
 *
 * @example
 * const { porUnidad, porRegion, porDia } = await cifrasFelicitaciones(db, new Date())
 */
export async function cifrasFelicitaciones(db: Database, now: Date) {
  const hoy = localDate(now)
  const desde = new Date(startOfLocalDay(hoy).getTime() - (DIAS_SERIE - 1) * 86_400_000)
  const primerDia = localDate(new Date(desde.getTime() + 12 * 3_600_000))
  const { porHora, porComuna } = await leerCifras(db, 'felicitaciones', {
    todosLosAmbitos: true,
    desde: startOfLocalDay(primerDia),
    hasta: localDayWindow(hoy).end,
    periodoComuna: 0,
  })
  const codes = [...new Set(porComuna.map((row) => row.ambito))]
  const nombres = new Map(
    codes.length === 0
      ? []
      : (
          await db
            .select({ code: unidades.code, name: unidades.name })
            .from(unidades)
            .where(inArray(unidades.code, codes))
        ).map((row) => [row.code, row.name]),
  )
  const porUnidad = porComuna
    .map((row) => ({
      unidadCode: row.ambito,
      unidad: nombres.get(row.ambito) ?? row.ambito,
      regionCode: row.regionCode,
      region: row.region,
      recibidas: row.n,
    }))
    .sort((a, b) => a.regionCode.localeCompare(b.regionCode) || b.recibidas - a.recibidas)
  const regiones = porClave(porComuna, (row) => row.regionCode)
  const nombreRegion = new Map(porComuna.map((row) => [row.regionCode, row.region]))
  const dias = porClave(porHora, (row) => localDate(new Date(row.periodo)))
  return {
    desde: primerDia,
    hasta: hoy,
    total: porUnidad.reduce((sum, row) => sum + row.recibidas, 0),
    porUnidad,
    porRegion: [...regiones.entries()]
      .map(([regionCode, n]) => ({
        regionCode,
        region: nombreRegion.get(regionCode) ?? '',
        recibidas: n.recibida ?? 0,
      }))
      .sort((a, b) => a.regionCode.localeCompare(b.regionCode)),
    porDia: Array.from({ length: DIAS_SERIE }, (_, i) => {
      const dia = localDate(new Date(startOfLocalDay(primerDia).getTime() + i * 86_400_000 + 12 * 3_600_000))
      return { dia, recibidas: dias.get(dia)?.recibida ?? 0 }
    }),
  }
}
