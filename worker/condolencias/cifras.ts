import { desc, eq, sql } from 'drizzle-orm'
import { condolenciaReportes, condolencias, memoriales, publicaSql } from '../../db/schema/index.ts'
import type { ServiceContext } from '../service.ts'

/** One memorial's figures: its messages by where they stand now, and the readers' reports. */
export interface CifrasMemorial {
  slug: string
  nombre: string
  recibidos: number
  /** Held by the automatic first pass when received (links, e-mails, RUNs, phones, insults). */
  retenidosPorFiltro: number
  /** Waiting for a moderator now (held by the filter or by reports). */
  enRevision: number
  /** Still in their 2 h delay. */
  enEspera: number
  publicados: number
  rechazados: number
  /** Public messages that readers reported, and the reports on them. */
  reportados: number
  reportes: number
}

/**
 * The book's figures per memorial, counted from its rows in one read (`GET
 * /api/funcionarios/condolencias/cifras`). Not in worker/cifras' rollups: a message's state moves
 * back and forth (held, published, withdrawn; public by the clock with no write) and its rows go
 * after 30 days when rejected, so counters kept with the writes could not be rebuilt from the rows
 * as that registry requires; the book's volume (hundreds a day at a death's news) reads in
 * milliseconds off the memorial index (decision 0065).
 *
 * @example
 * const { items } = await cifrasDelLibro(ctx)
 */
export async function cifrasDelLibro(ctx: Pick<ServiceContext, 'db' | 'clock'>): Promise<{
  items: CifrasMemorial[]
}> {
  const now = ctx.clock.now().getTime()
  const publica = publicaSql(now)
  const reportes = ctx.db
    .select({ id: condolenciaReportes.condolenciaId, n: sql<number>`count(*)`.as('n') })
    .from(condolenciaReportes)
    .groupBy(condolenciaReportes.condolenciaId)
    .as('reportes')
  const n = (condicion: ReturnType<typeof sql>) =>
    sql<number>`coalesce(sum(case when ${condicion} then 1 else 0 end), 0)`
  const rows = await ctx.db
    .select({
      slug: memoriales.slug,
      nombre: memoriales.nombre,
      recibidos: sql<number>`count(${condolencias.id})`,
      retenidosPorFiltro: n(
        sql`${condolencias.motivoRetencion} is not null and ${condolencias.motivoRetencion} <> 'reportes'`,
      ),
      enRevision: n(sql`${condolencias.estado} = 'retenido'`),
      enEspera: n(sql`${condolencias.estado} = 'pendiente' and ${condolencias.publicarDesde} > ${now}`),
      publicados: n(publica),
      rechazados: n(sql`${condolencias.estado} = 'rechazado'`),
      reportados: n(sql`${publica} and ${reportes.n} > 0`),
      reportes: sql<number>`coalesce(sum(case when ${publica} then ${reportes.n} else 0 end), 0)`,
    })
    .from(memoriales)
    .leftJoin(condolencias, eq(condolencias.memorialId, memoriales.id))
    .leftJoin(reportes, eq(reportes.id, condolencias.id))
    .groupBy(memoriales.id)
    .orderBy(desc(memoriales.fecha))
  return {
    items: rows.map((row) => ({
      ...row,
      recibidos: Number(row.recibidos),
      retenidosPorFiltro: Number(row.retenidosPorFiltro),
      enRevision: Number(row.enRevision),
      enEspera: Number(row.enEspera),
      publicados: Number(row.publicados),
      rechazados: Number(row.rechazados),
      reportados: Number(row.reportados),
      reportes: Number(row.reportes),
    })),
  }
}
