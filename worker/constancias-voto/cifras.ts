import { and, eq, sql } from 'drizzle-orm'
import { Hono } from 'hono'
import { comunas, constanciasVoto, elecciones, regiones } from '../../db/schema/index.ts'
import type { AppEnv } from '../context.ts'
import { currentEleccion } from '../elecciones/service.ts'
import { AppError } from '../errors.ts'
import { requireStaff } from '../identity/guards.ts'

const HOUR_MS = 3_600_000

/**
 * `GET /api/supervisor/constancias-voto/cifras?eleccion=…`: the day's figures for supervisors —
 * requests, validations and rejections per hour of the window, and per region with the codes
 * still pending (the drop-off the real service never saw until it was too late).
 */
export const cifrasRoute = new Hono<AppEnv>().use(requireStaff('supervisor')).get('/', async (c) => {
  const { db, clock } = c.var.ports
  const id = c.req.query('eleccion')
  const [eleccion] = id
    ? await db.select().from(elecciones).where(eq(elecciones.id, id))
    : [await currentEleccion(db, clock.now())]
  if (!eleccion) throw new AppError('not_found')
  const start = eleccion.ventanaInicio.getTime()
  const created = sql<number>`cast((${constanciasVoto.createdAt} - ${start}) / ${HOUR_MS} as integer)`
  const resolved = sql<number>`cast((${constanciasVoto.resolvedAt} - ${start}) / ${HOUR_MS} as integer)`
  const [requested, decided, byRegion] = await Promise.all([
    db
      .select({ hora: created, n: sql<number>`count(*)` })
      .from(constanciasVoto)
      .where(eq(constanciasVoto.eleccionId, eleccion.id))
      .groupBy(created),
    db
      .select({ hora: resolved, estado: constanciasVoto.estado, n: sql<number>`count(*)` })
      .from(constanciasVoto)
      .where(and(eq(constanciasVoto.eleccionId, eleccion.id), sql`${constanciasVoto.resolvedAt} is not null`))
      .groupBy(resolved, constanciasVoto.estado),
    db
      .select({
        region: regiones.name,
        code: regiones.code,
        estado: constanciasVoto.estado,
        n: sql<number>`count(*)`,
      })
      .from(constanciasVoto)
      .innerJoin(comunas, eq(comunas.cut, constanciasVoto.comunaVotacionCut))
      .innerJoin(regiones, eq(regiones.code, comunas.regionCode))
      .where(eq(constanciasVoto.eleccionId, eleccion.id))
      .groupBy(regiones.code, constanciasVoto.estado),
  ])
  const hours = Math.ceil((eleccion.ventanaFin.getTime() + 1 - start) / HOUR_MS)
  const porHora = Array.from({ length: hours }, (_, hora) => ({
    desde: new Date(start + hora * HOUR_MS).toISOString(),
    solicitudes: requested.find((r) => r.hora === hora)?.n ?? 0,
    validadas: decided.find((r) => r.hora === hora && r.estado === 'validada')?.n ?? 0,
    rechazadas: decided.find((r) => r.hora === hora && r.estado === 'rechazada')?.n ?? 0,
  }))
  const regions = new Map<
    string,
    { region: string; solicitudes: number; validadas: number; rechazadas: number; pendientes: number }
  >()
  for (const row of byRegion) {
    const entry = regions.get(row.code) ?? {
      region: row.region,
      solicitudes: 0,
      validadas: 0,
      rechazadas: 0,
      pendientes: 0,
    }
    entry.solicitudes += row.n
    if (row.estado === 'validada') entry.validadas += row.n
    else if (row.estado === 'rechazada') entry.rechazadas += row.n
    else entry.pendientes += row.n
    regions.set(row.code, entry)
  }
  c.header('Cache-Control', 'no-store')
  return c.json({
    eleccion: { id: eleccion.id, nombre: eleccion.nombre },
    porHora,
    porRegion: [...regions.values()],
  })
})
