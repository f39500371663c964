import { ne } from 'drizzle-orm'
import { cifras } from '../../db/schema/index.ts'
import type { Incremento } from '../../worker/cifras/contar.ts'
import { recontar } from '../../worker/cifras/recuento.ts'
import type { Database } from '../../worker/ports.ts'

const lines = (rows: Incremento[]) =>
  rows
    .filter((r) => r.n !== 0)
    .map((r) => `${r.servicio}|${r.ambito}|${r.periodo}|${r.comunaCut}|${r.evento}=${r.n}`)
    .sort()

/**
 * The figures' counters a database keeps, and what a full recount of its rows says they should
 * be, as comparable lines: equal when the rollups are right.
 *
 * @example
 * const { kept, recounted } = await countersAndRecount(db); expect(kept).toEqual(recounted)
 */
export async function countersAndRecount(db: Database) {
  return {
    kept: lines(await db.select().from(cifras).where(ne(cifras.n, 0))),
    recounted: lines(await recontar(db)),
  }
}
