import { count, eq, sql } from 'drizzle-orm'
import { RESULTADOS, type Resultado } from '../../core/reencuentro/tipos.ts'
import { casos, comunas, reencuentros, regiones } from '../../db/schema/index.ts'
import { cuantil } from '../casos/cifras.ts'
import type { Database } from '../ports.ts'

const DIA_MS = 86_400_000

/** Counts of one region (or the country): received, open, concluded, and the outcomes. */
export interface Cuentas {
  recibidas: number
  enCurso: number
  concluidas: number
  porResultado: Record<Resultado, number>
}

const vacias = (): Cuentas => ({
  recibidas: 0,
  enCurso: 0,
  concluidas: 0,
  porResultado: Object.fromEntries(RESULTADOS.map((r) => [r, 0])) as Record<Resultado, number>,
})

/**
 * The family searches' figures for supervisors (issue 19, point 4): per region of the last known
 * comuna, how many were received, are open and concluded, and each outcome — counts only, never a
 * case —, and the age of the open ones in days (median, 90th percentile). One grouped read over
 * the service's cases (`casos_cola_idx`) and one of the open cases' ages: a humanitarian service's
 * volume is small, and the outcome is the team's column, not a rollup.
 *
 * @example
 * const cifras = await cifrasDeReencuentro(db, now)
 */
export async function cifrasDeReencuentro(db: Database, now: Date) {
  const abierta = sql`${casos.estado} <> 'concluida'`
  const [filas, abiertas] = await Promise.all([
    db
      .select({
        region: regiones.code,
        regionNombre: regiones.name,
        abierta: sql<number>`${abierta}`,
        resultado: reencuentros.resultado,
        n: count(),
      })
      .from(casos)
      .innerJoin(reencuentros, eq(reencuentros.casoId, casos.id))
      .innerJoin(comunas, eq(comunas.cut, casos.comunaCut))
      .innerJoin(regiones, eq(regiones.code, comunas.regionCode))
      .where(eq(casos.servicio, 'reencuentro'))
      .groupBy(regiones.code, regiones.name, abierta, reencuentros.resultado),
    db
      .select({ createdAt: casos.createdAt })
      .from(casos)
      .where(sql`${casos.servicio} = 'reencuentro' and ${abierta}`),
  ])
  const regionesVistas = new Map<string, Cuentas & { region: string; regionNombre: string }>()
  const total = vacias()
  for (const fila of filas) {
    const region =
      regionesVistas.get(fila.region) ??
      regionesVistas
        .set(fila.region, { region: fila.region, regionNombre: fila.regionNombre, ...vacias() })
        .get(fila.region)
    for (const cuentas of [region, total]) {
      if (!cuentas) continue
      const n = Number(fila.n)
      cuentas.recibidas += n
      if (Number(fila.abierta) === 1) cuentas.enCurso += n
      else cuentas.concluidas += n
      if (fila.resultado) cuentas.porResultado[fila.resultado] += n
    }
  }
  const edades = abiertas
    .map((row) => (now.getTime() - row.createdAt.getTime()) / DIA_MS)
    .sort((a, b) => a - b)
  const dias = (value: number | null) => (value === null ? null : Math.floor(value))
  return {
    porRegion: [...regionesVistas.values()].sort((a, b) => a.region.localeCompare(b.region)),
    total,
    edadMedianaDias: dias(cuantil(edades, 0.5)),
    edadP90Dias: dias(cuantil(edades, 0.9)),
  }
}
