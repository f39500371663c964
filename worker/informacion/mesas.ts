import { count, eq } from 'drizzle-orm'
import { informacionAnalistas, informacionMesas } from '../../db/schema/index.ts'
import { auditEntry } from '../audit.ts'
import { AppError } from '../errors.ts'
import type { Database } from '../ports.ts'
import type { Planned, ServiceContext } from '../service.ts'
import type { Mesa } from './schema.ts'

/**
 * The Carabineros unit behind each desk (issue 17, point 1): OS-7 investigates drug trafficking,
 * the SEBV (Sección de Encargo y Búsqueda de Vehículos) stolen vehicles, OS-9 criminal
 * organisations. The starting names; administrators may edit the rows.
 */
export const UNIDAD_DE_MESA: Record<Mesa, string> = {
  drogas: 'OS-7 (Drogas)',
  vehiculos: 'SEBV (Encargo y Búsqueda de Vehículos)',
  crimen_organizado: 'OS-9 (Crimen organizado)',
}

/**
 * The three desks, each without a key (decision 0044, 10: a key made here would have been seen
 * by whoever ran this; a desk gets its first key from its first analyst's browser). Safe to run
 * again: a desk already there, with its key version and an edited unit name, is left as it is.
 *
 * @example
 * await loadMesas(db)
 */
export async function loadMesas(db: Database): Promise<void> {
  // Insert only: an upsert here would put back, at the next start, a name an administrator changed.
  await db
    .insert(informacionMesas)
    .values(Object.entries(UNIDAD_DE_MESA).map(([id, unidad]) => ({ id, unidad, claveVersion: null })))
    .onConflictDoNothing()
}

/**
 * The three desks as an administrator manages them: unit, current key version (null before the
 * first key) and how many staff are on each — no key, no name of an analyst.
 *
 * @example
 * await mesasParaAdministrar(db) // [{ id: 'crimen_organizado', unidad: 'OS-9 (Crimen organizado)', claveVersion: null, analistas: 0 }, …]
 */
export async function mesasParaAdministrar(db: Database) {
  const [mesas, cuentas] = await Promise.all([
    db
      .select({
        id: informacionMesas.id,
        unidad: informacionMesas.unidad,
        claveVersion: informacionMesas.claveVersion,
      })
      .from(informacionMesas)
      .orderBy(informacionMesas.id),
    db
      .select({ mesa: informacionAnalistas.mesa, analistas: count() })
      .from(informacionAnalistas)
      .groupBy(informacionAnalistas.mesa),
  ])
  return mesas.map((m) => ({ ...m, analistas: cuentas.find((c) => c.mesa === m.id)?.analistas ?? 0 }))
}

/**
 * An administrator renames the unit behind a desk (issue 17, point 1: "data, editable by
 * administrators"), audited with the name it had. Tips, keys and analysts stay as they are: the
 * desk's id, not its name, is what they point at; tipsters see the new name on their next visit.
 *
 * @example
 * const planned = await planUnidadDeMesa(ctx, 'crimen_organizado', 'OS-9 (Crimen Organizado)')
 */
export async function planUnidadDeMesa(
  ctx: ServiceContext,
  mesa: Mesa,
  unidad: string,
): Promise<Planned<{ id: Mesa; unidad: string }>> {
  const [actual] = await ctx.db
    .select({ unidad: informacionMesas.unidad })
    .from(informacionMesas)
    .where(eq(informacionMesas.id, mesa))
  if (!actual) throw new AppError('not_found')
  return {
    writes: [
      ctx.db.update(informacionMesas).set({ unidad }).where(eq(informacionMesas.id, mesa)),
      auditEntry(
        ctx,
        'informacion.desk_unit_renamed',
        { type: 'mesa', id: mesa },
        { antes: actual.unidad, unidad },
      ),
    ],
    result: { id: mesa, unidad },
  }
}
