import { and, asc, eq } from 'drizzle-orm'
import { comunas, jurisdiccion, regiones, unidades } from '../../db/schema/index.ts'
import { auditEntry } from '../audit.ts'
import { AppError, invalidField } from '../errors.ts'
import type { Actor } from '../identity/actor.ts'
import type { Database } from '../ports.ts'
import type { Planned, ServiceContext } from '../service.ts'

/** Where a comuna's cases go: its unit, and the Fiscalía Regional that unit sends them to. */
export interface Destino {
  comunaCut: string
  unidad: { code: string; name: string }
  fiscalia: { code: string; nombre: string }
}

/**
 * The unit proposed for a case of a comuna (the complainant's home), from the jurisdiction table,
 * with its Fiscalía; null when the table has no row for it (an operator has not imported one).
 *
 * @example
 * const propuesta = await unidadPropuesta(db, '13101') // { unidad: { code: 'DEMO-13101-1', … }, fiscalia: { code: 'FR-13-CN', … } }
 */
export async function unidadPropuesta(db: Database, comunaCut: string): Promise<Destino | null> {
  const [row] = await db
    .select({
      comunaCut: jurisdiccion.comunaCut,
      unidadCode: unidades.code,
      unidadName: unidades.name,
      fiscaliaCode: jurisdiccion.fiscaliaCode,
      fiscaliaNombre: jurisdiccion.fiscaliaNombre,
    })
    .from(jurisdiccion)
    .innerJoin(unidades, eq(unidades.code, jurisdiccion.unidadCode))
    .where(eq(jurisdiccion.comunaCut, comunaCut))
  if (!row) return null
  return {
    comunaCut: row.comunaCut,
    unidad: { code: row.unidadCode, name: row.unidadName },
    fiscalia: { code: row.fiscaliaCode, nombre: row.fiscaliaNombre },
  }
}

/**
 * The whole table for administrators: every comuna with its region, unit and Fiscalía, by
 * region and comuna (346 rows of reference data).
 *
 * @example
 * const { comunas } = await listarJurisdiccion(db)
 */
export async function listarJurisdiccion(db: Database) {
  const rows = await db
    .select({
      comunaCut: comunas.cut,
      comuna: comunas.name,
      regionCode: regiones.code,
      region: regiones.name,
      unidadCode: jurisdiccion.unidadCode,
      unidad: unidades.name,
      fiscaliaCode: jurisdiccion.fiscaliaCode,
      fiscalia: jurisdiccion.fiscaliaNombre,
      updatedAt: jurisdiccion.updatedAt,
    })
    .from(comunas)
    .innerJoin(regiones, eq(regiones.code, comunas.regionCode))
    .leftJoin(jurisdiccion, eq(jurisdiccion.comunaCut, comunas.cut))
    .leftJoin(unidades, eq(unidades.code, jurisdiccion.unidadCode))
    .orderBy(asc(comunas.regionCode), asc(comunas.cut))
  return { comunas: rows.map((row) => ({ ...row, updatedAt: row.updatedAt?.toISOString() ?? null })) }
}

/**
 * An administrator changes one comuna's unit (and, if given, its Fiscalía, one of those the table
 * already names): the unit must exist and be active. Audited with what it was and what it is.
 *
 * @example
 * const planned = await planCambioJurisdiccion(ctx, actor, '13101', { unidadCode: 'DEMO-13123-19' })
 */
export async function planCambioJurisdiccion(
  ctx: ServiceContext,
  actor: Actor,
  comunaCut: string,
  input: { unidadCode: string; fiscaliaCode?: string | undefined },
): Promise<Planned<Destino>> {
  const [[antes], [unidad], fiscalias] = await Promise.all([
    ctx.db.select().from(jurisdiccion).where(eq(jurisdiccion.comunaCut, comunaCut)),
    ctx.db
      .select({ code: unidades.code, name: unidades.name })
      .from(unidades)
      .where(and(eq(unidades.code, input.unidadCode), eq(unidades.active, true))),
    input.fiscaliaCode === undefined
      ? Promise.resolve([])
      : ctx.db
          .selectDistinct({ nombre: jurisdiccion.fiscaliaNombre })
          .from(jurisdiccion)
          .where(eq(jurisdiccion.fiscaliaCode, input.fiscaliaCode))
          .limit(1),
  ])
  if (!antes) throw new AppError('not_found')
  if (!unidad) throw invalidField('unidadCode', 'invalid_option')
  const fiscalia =
    input.fiscaliaCode === undefined
      ? { code: antes.fiscaliaCode, nombre: antes.fiscaliaNombre }
      : { code: input.fiscaliaCode, nombre: fiscalias[0]?.nombre }
  if (fiscalia.nombre === undefined) throw invalidField('fiscaliaCode', 'invalid_option')
  const now = ctx.clock.now()
  return {
    writes: [
      ctx.db
        .update(jurisdiccion)
        .set({
          unidadCode: unidad.code,
          fiscaliaCode: fiscalia.code,
          fiscaliaNombre: fiscalia.nombre,
          updatedAt: now,
          updatedBy: actor.userId,
        })
        .where(eq(jurisdiccion.comunaCut, comunaCut)),
      auditEntry(
        ctx,
        'jurisdiccion.changed',
        { type: 'comuna', id: comunaCut },
        {
          antes: { unidad: antes.unidadCode, fiscalia: antes.fiscaliaCode },
          despues: { unidad: unidad.code, fiscalia: fiscalia.code },
        },
      ),
    ],
    result: { comunaCut, unidad, fiscalia: { code: fiscalia.code, nombre: fiscalia.nombre } },
  }
}
