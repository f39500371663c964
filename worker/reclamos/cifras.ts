import { and, between, count, eq, inArray, isNotNull, lt, ne, or, sql } from 'drizzle-orm'
import * as v from 'valibot'
import { TIPOS_RECLAMO } from '../../core/reclamos/tipos.ts'
import { localDate, localDayWindow, startOfLocalDay } from '../../core/time.ts'
import { casos, cifras, reclamos, unidades } from '../../db/schema/index.ts'
import { cuantil } from '../casos/cifras.ts'
import { territorio } from '../cifras/leer.ts'
import { invalidField } from '../errors.ts'
import { feriadosNacionalesRead } from '../feriados.ts'
import { diasHabilesEntre, PLAZO_RECLAMO_DIAS_HABILES, sumarDiasCorridos } from '../plazos.ts'
import type { Database } from '../ports.ts'
import { readOne } from '../reads.ts'
import { RECLAMO } from './estados.ts'

/** The longest window the figures read at once: a year (366 day rows per unit at most). */
export const VENTANA_MAX_DIAS = 366
/** The window when none is asked: the last 30 days, today included. */
const VENTANA_DIAS = 30

const dia = v.pipe(v.string(), v.isoDate())

/**
 * `GET /api/funcionarios/reclamos/cifras?desde=&hasta=`: a window of Chile's days, both included;
 * the last 30 days by default.
 *
 * @example
 * v.parse(CifrasReclamosQuery, { desde: '2026-11-01', hasta: '2026-11-30' })
 */
export const CifrasReclamosQuery = v.object({ desde: v.optional(dia), hasta: v.optional(dia) })

/**
 * The window asked, checked: `hasta` today by default, `desde` 29 days before it; `desde` after
 * `hasta`, or a window longer than {@link VENTANA_MAX_DIAS}, is a field error on `desde`.
 *
 * @example
 * ventanaDe({}, new Date('2026-12-05T12:00:00Z')) // { desde: '2026-11-06', hasta: '2026-12-05' }
 */
export function ventanaDe(q: v.InferOutput<typeof CifrasReclamosQuery>, now: Date) {
  const hasta = q.hasta ?? localDate(now)
  const desde = q.desde ?? sumarDiasCorridos(hasta, -(VENTANA_DIAS - 1))
  if (desde > hasta) throw invalidField('desde', 'invalid_option')
  if (sumarDiasCorridos(desde, VENTANA_MAX_DIAS - 1) < hasta) throw invalidField('desde', 'invalid_option')
  return { desde, hasta }
}

/** Counts by key, most first, then by key. */
const ordenar = <T extends { n: number }>(rows: T[], key: (row: T) => string) =>
  rows.sort((a, b) => b.n - a.n || key(a).localeCompare(key(b)))

/**
 * The complaints' per-day counters in a window (worker/cifras rollups): received per region and
 * comuna (`reclamos`), per unit concerned (`reclamos_unidad`) and per kind (`reclamos_tipo`), and
 * the complainants' ratings, each summed over the window's days in SQL: a row per comuna, unit
 * or kind and day, whatever the volume behind them.
 */
async function contadores(db: Database, desde: string, hasta: string) {
  return db
    .select({
      servicio: cifras.servicio,
      ambito: cifras.ambito,
      comuna: cifras.comunaCut,
      evento: cifras.evento,
      n: sql<number>`sum(${cifras.n})`,
    })
    .from(cifras)
    .where(
      and(
        inArray(cifras.servicio, ['reclamos', 'reclamos_unidad', 'reclamos_tipo']),
        between(cifras.periodo, startOfLocalDay(desde).getTime(), startOfLocalDay(hasta).getTime()),
        ne(cifras.comunaCut, ''),
      ),
    )
    .groupBy(cifras.servicio, cifras.ambito, cifras.comunaCut, cifras.evento)
}

/**
 * Time to answer of the complaints decided in a window (answered or referred: their latest
 * decision), in working days from the day received — or reopened, for a reopened one: the legal
 * term starts again there (decision 0056) — to the day decided (Ley 19.880 art. 25; decision
 * 0061): median, 90th percentile, and how many took longer than the 20-day term. Reads the
 * window's decisions through `reclamos_respuesta_idx` and `reclamos_derivacion_idx`.
 */
async function tiempoDeRespuesta(db: Database, inicio: Date, fin: Date, comunas: ReadonlySet<string> | null) {
  const rows = await db
    .select({
      creado: casos.createdAt,
      comuna: casos.comunaCut,
      reabierto: reclamos.reabiertoAt,
      respuesta: reclamos.respuestaAt,
      derivacion: reclamos.derivacionAt,
    })
    .from(reclamos)
    .innerJoin(casos, eq(casos.id, reclamos.casoId))
    .where(or(between(reclamos.respuestaAt, inicio, fin), between(reclamos.derivacionAt, inicio, fin)))
  const plazos = rows.flatMap((row) => {
    if (comunas && !comunas.has(row.comuna ?? '')) return []
    const decision = Math.max(row.respuesta?.getTime() ?? 0, row.derivacion?.getTime() ?? 0)
    if (decision < inicio.getTime() || decision > fin.getTime()) return []
    const desde = row.reabierto && row.reabierto.getTime() < decision ? row.reabierto : row.creado
    return [{ desde: localDate(desde), hasta: localDate(new Date(decision)) }]
  })
  const primero = plazos.map((p) => p.desde).sort()[0] ?? localDate(inicio)
  const feriados = await readOne(db, feriadosNacionalesRead(db, primero, localDate(fin)))
  const dias = plazos.map((p) => diasHabilesEntre(p.desde, p.hasta, feriados)).sort((a, b) => a - b)
  return {
    decididos: dias.length,
    medianaDias: cuantil(dias, 0.5),
    p90Dias: cuantil(dias, 0.9),
    fueraDePlazo: dias.filter((d) => d > PLAZO_RECLAMO_DIAS_HABILES).length,
  }
}

/** The complaints open past their legal due date now (the office's backlog, by `casos_cola_idx`). */
async function vencidosAhora(db: Database, now: Date, comunas: ReadonlySet<string> | null) {
  const [row] = await db
    .select({ n: count() })
    .from(casos)
    .where(
      and(
        eq(casos.servicio, 'reclamo'),
        inArray(casos.estado, [...RECLAMO.maquina.aceptaInformacion]),
        isNotNull(casos.venceAt),
        lt(casos.venceAt, now),
        comunas ? inArray(casos.comunaCut, [...comunas]) : undefined,
      ),
    )
  return row?.n ?? 0
}

/**
 * The complaints' figures for the office and supervisors (issue 18, point 6; decision 0061) over a
 * window of Chile's days, of one region (the reader's, when their unit has one) or the country:
 * received per region, per unit concerned and per kind (every kind, zeros included) from the
 * rollups; time to answer (median, p90, beyond the legal term) of those decided in the window;
 * how many are open past their due date now; and how many complainants said the decision satisfied
 * them or not in the window.
 *
 * @example
 * const cifras = await cifrasDeReclamos(db, { desde: '2026-11-01', hasta: '2026-11-30', region: null }, now)
 */
export async function cifrasDeReclamos(
  db: Database,
  q: { desde: string; hasta: string; region: string | null },
  now: Date,
) {
  const inicio = localDayWindow(q.desde).start
  const fin = localDayWindow(q.hasta).end
  const places = await territorio(db)
  const comunas = q.region
    ? new Set([...places].flatMap(([cut, place]) => (place.regionCode === q.region ? [cut] : [])))
    : null
  const [filas, respuesta, vencidos] = await Promise.all([
    contadores(db, q.desde, q.hasta),
    tiempoDeRespuesta(db, inicio, fin, comunas),
    vencidosAhora(db, now, comunas),
  ])
  const regiones = new Map<
    string,
    { regionCode: string; region: string; recibidos: number; satisfechos: number; insatisfechos: number }
  >()
  const porUnidad = new Map<string, number>()
  const porTipo = new Map<string, number>(TIPOS_RECLAMO.map((tipo) => [tipo, 0]))
  for (const fila of filas) {
    if (comunas && !comunas.has(fila.comuna)) continue
    const n = Number(fila.n)
    if (fila.servicio === 'reclamos_unidad') porUnidad.set(fila.ambito, (porUnidad.get(fila.ambito) ?? 0) + n)
    else if (fila.servicio === 'reclamos_tipo') porTipo.set(fila.ambito, (porTipo.get(fila.ambito) ?? 0) + n)
    else {
      const place = places.get(fila.comuna)
      const regionCode = place?.regionCode ?? ''
      const entry = regiones.get(regionCode) ?? {
        regionCode,
        region: place?.region ?? '',
        recibidos: 0,
        satisfechos: 0,
        insatisfechos: 0,
      }
      if (fila.evento === 'recibida') entry.recibidos += n
      else if (fila.evento === 'satisfecho') entry.satisfechos += n
      else if (fila.evento === 'insatisfecho') entry.insatisfechos += n
      else continue
      regiones.set(regionCode, entry)
    }
  }
  const codigos = [...porUnidad.keys()]
  const nombres = new Map(
    codigos.length === 0
      ? []
      : (
          await db
            .select({ code: unidades.code, name: unidades.name })
            .from(unidades)
            .where(inArray(unidades.code, codigos))
        ).map((u) => [u.code, u.name]),
  )
  const porRegion = [...regiones.values()].sort((a, b) => a.regionCode.localeCompare(b.regionCode))
  const suma = (campo: 'recibidos' | 'satisfechos' | 'insatisfechos') =>
    porRegion.reduce((total, r) => total + r[campo], 0)
  return {
    desde: q.desde,
    hasta: q.hasta,
    region: q.region,
    recibidos: suma('recibidos'),
    porRegion,
    porUnidad: ordenar(
      codigos.map((unidadCode) => ({
        unidadCode,
        unidad: nombres.get(unidadCode) ?? unidadCode,
        n: porUnidad.get(unidadCode) ?? 0,
      })),
      (u) => u.unidad,
    ),
    porTipo: ordenar(
      [...porTipo].map(([tipo, n]) => ({ tipo, n })),
      (t) => t.tipo,
    ),
    respuesta,
    vencidos,
    satisfaccion: { satisfechos: suma('satisfechos'), insatisfechos: suma('insatisfechos') },
  }
}
