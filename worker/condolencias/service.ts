import { desc, isNull } from 'drizzle-orm'
import { condolencias } from '../../db/schema/index.ts'
import { rowId } from '../ids.ts'
import type { Planned, ServiceContext } from '../service.ts'
import type { Condolencia, CondolenciaInput } from './schema.ts'

/**
 * Records a message in the condolence book.
 *
 * @example
 * const { writes, result } = planCondolencia(ctx, { nombre: 'Ana', mensaje: 'Mis condolencias.' })
 */
export function planCondolencia(
  ctx: ServiceContext,
  input: CondolenciaInput,
): Planned<{ id: string; receivedAt: string }> {
  const id = rowId()
  const receivedAt = ctx.clock.now()
  return {
    writes: [ctx.db.insert(condolencias).values({ id, ...input, receivedAt })],
    result: { id, receivedAt: receivedAt.toISOString() },
  }
}

/** The latest visible messages, newest first. */
export async function latestCondolencias(ctx: ServiceContext, limit = 50): Promise<Condolencia[]> {
  const rows = await ctx.db
    .select()
    .from(condolencias)
    .where(isNull(condolencias.hiddenAt))
    .orderBy(desc(condolencias.receivedAt))
    .limit(limit)
  return rows.map((row) => ({
    id: row.id,
    nombre: row.nombre,
    mensaje: row.mensaje,
    receivedAt: row.receivedAt.toISOString(),
  }))
}
