import { eq } from 'drizzle-orm'
import { Hono } from 'hono'
import { elecciones } from '../../db/schema/index.ts'
import { horaDe } from '../cifras/contar.ts'
import { leerCifras, porClave } from '../cifras/leer.ts'
import { revalidar } from '../cifras/revalidar.ts'
import type { AppEnv } from '../context.ts'
import { currentEleccion } from '../elecciones/service.ts'
import { AppError } from '../errors.ts'
import { requireCapacidad } from '../identity/guards.ts'

const HOUR_MS = 3_600_000

/**
 * `GET /api/supervisor/constancias-voto/cifras?eleccion=…`: the day's figures for supervisors —
 * requests, validations and rejections per hour of the window, and per region with the codes
 * still pending (the drop-off the real service never saw until it was too late).
 */
export const cifrasRoute = new Hono<AppEnv>()
  .use(requireCapacidad('cifras.ver'))
  .get('/', revalidar, async (c) => {
    const { db, clock } = c.var.ports
    const id = c.req.query('eleccion')
    const [eleccion] = id
      ? await db.select().from(elecciones).where(eq(elecciones.id, id))
      : [await currentEleccion(db, clock.now())]
    if (!eleccion) throw new AppError('not_found')
    const start = eleccion.ventanaInicio.getTime()
    const { porHora, porComuna } = await leerCifras(db, 'constancias_voto', {
      ambito: eleccion.id,
      desde: new Date(horaDe(start)),
      hasta: eleccion.ventanaFin,
      periodoComuna: 0,
    })
    const horas = porClave(porHora, (row) => row.periodo)
    const hours = Math.ceil((eleccion.ventanaFin.getTime() + 1 - start) / HOUR_MS)
    const porHoraDeVentana = Array.from({ length: hours }, (_, hora) => {
      const counted = horas.get(horaDe(start) + hora * HOUR_MS)
      return {
        desde: new Date(start + hora * HOUR_MS).toISOString(),
        solicitudes: counted?.solicitada ?? 0,
        validadas: counted?.validada ?? 0,
        rechazadas: counted?.rechazada ?? 0,
      }
    })
    const porComunaCut = porClave(porComuna, (row) => row.comuna)
    const regionOf = new Map(
      porComuna.map((row) => [row.comuna, { code: row.regionCode, region: row.region }]),
    )
    const regions = new Map<
      string,
      { region: string; solicitudes: number; validadas: number; rechazadas: number; pendientes: number }
    >()
    for (const [cut, n] of porComunaCut) {
      const region = regionOf.get(cut)
      if (!region) continue
      const entry = regions.get(region.code) ?? {
        region: region.region,
        solicitudes: 0,
        validadas: 0,
        rechazadas: 0,
        pendientes: 0,
      }
      entry.solicitudes += n.solicitada ?? 0
      entry.validadas += n.validada ?? 0
      entry.rechazadas += n.rechazada ?? 0
      entry.pendientes = entry.solicitudes - entry.validadas - entry.rechazadas
      regions.set(region.code, entry)
    }
    return c.json({
      eleccion: { id: eleccion.id, nombre: eleccion.nombre },
      porHora: porHoraDeVentana,
      porRegion: [...regions.values()].filter((r) => r.solicitudes > 0),
    })
  })
