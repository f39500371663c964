import { and, asc, eq, exists, isNull, ne, or, type SQL, sql } from 'drizzle-orm'
import { alias, QueryBuilder } from 'drizzle-orm/sqlite-core'
import { casos, denunciasClaves } from '../../db/schema/index.ts'
import type { CasoDelServicio, PosibleDuplicado } from '../casos/maquina.ts'
import type { Database } from '../ports.ts'
import { coincidencia, METROS_POR_GRADO, MISMO_LUGAR_M, TIPOS_CLAVE } from './claves.ts'

/**
 * Other reports of perhaps the same fact, whoever made them (issue 15, point 6; decision 0037):
 * those sharing a key with it (worker/denuncias/claves.ts) — the same IMEI, plate or serial
 * number, or the same comuna around the same hour, and then within {@link MISMO_LUGAR_M} metres
 * when both picked a point. A closed case does not count: closed as a repeat, its pair is settled;
 * closed for another reason, there is nothing left to join it to. One query for the queue's mark
 * and filter, the same for the case's page.
 */

/** The case's own keys, another report's, and that report's case. */
const propia = alias(denunciasClaves, 'propia')
const otra = alias(denunciasClaves, 'otra')
const otro = alias(casos, 'otro')

/** The same key, of another case: found by `denuncias_claves_clave_idx`. */
const mismaClave = and(eq(otra.clave, propia.clave), ne(otra.casoId, propia.casoId))

/**
 * The other case is not closed, and two points of one place key are near enough: by arithmetic
 * alone (the metres per degree of longitude are the key's), so no SQL math functions are needed,
 * which Turso and the embedded file need not agree on.
 */
const cuenta = and(
  ne(otro.estado, 'cerrada'),
  or(
    isNull(propia.lat),
    isNull(otra.lat),
    sql`(${propia.lat} - ${otra.lat}) * (${propia.lat} - ${otra.lat}) * ${sql.raw(String(METROS_POR_GRADO ** 2))}
      + (${propia.lon} - ${otra.lon}) * (${propia.lon} - ${otra.lon}) * ${propia.escalaLon} * ${propia.escalaLon}
      <= ${sql.raw(String(MISMO_LUGAR_M ** 2))}`,
  ),
)

/** Builds the EXISTS without a database: the hook is a condition, run inside the queue's query. */
const qb = new QueryBuilder()

/**
 * The condition over `casos` that keeps the cases with a likely duplicate: the queue's `duplicado`
 * filter and each row's mark. Per case row, its keys by primary key and each key's others by
 * index (tests/integration/denuncias-duplicados.test.ts holds the plan).
 *
 * @example
 * const filtros = [eq(casos.estado, 'recibida'), filtroPosibleDuplicado()]
 */
export function filtroPosibleDuplicado(): SQL {
  return exists(
    qb
      .select({ uno: sql`1` })
      .from(propia)
      .innerJoin(otra, mismaClave)
      .innerJoin(otro, eq(otro.id, otra.casoId))
      .where(and(eq(propia.casoId, casos.id), cuenta)),
  )
}

/** The most other cases a page lists: a busy comuna's hour may hold many. */
export const MAX_DUPLICADOS = 20

/**
 * The other cases that may be of the same fact as this one, oldest first (the original is likely
 * the first), each with its state, unit and what matched — each IMEI, plate and serial number,
 * and the place once (its first hour).
 *
 * @example
 * const otros = await posiblesDuplicados(db, caso) // [{ numero: 'WNDT7C4Z3T', coincidencias: [{ tipo: 'imei', valor: '352099001761481' }], … }]
 */
export async function posiblesDuplicados(db: Database, caso: CasoDelServicio): Promise<PosibleDuplicado[]> {
  const rows = await db
    .select({
      numero: otro.numero,
      estado: otro.estado,
      unidadCode: otro.unidadCode,
      createdAt: otro.createdAt,
      claves: sql<string>`group_concat(${propia.clave}, ' ')`,
    })
    .from(propia)
    .innerJoin(otra, mismaClave)
    .innerJoin(otro, eq(otro.id, otra.casoId))
    .where(and(eq(propia.casoId, caso.id), cuenta))
    .groupBy(otro.id)
    .orderBy(asc(otro.createdAt), asc(otro.numero))
    .limit(MAX_DUPLICADOS)
  return rows.map(({ claves, createdAt, ...row }) => {
    const todas = claves
      .split(' ')
      .flatMap((clave) => coincidencia(clave) ?? [])
      .sort(
        (a, b) => TIPOS_CLAVE.indexOf(a.tipo) - TIPOS_CLAVE.indexOf(b.tipo) || a.valor.localeCompare(b.valor),
      )
    // A place matches at one or two hours: said once, at the first.
    const coincidencias = todas.filter((c, i) => c.tipo !== 'lugar' || todas[i - 1]?.tipo !== 'lugar')
    return { ...row, creadoAt: createdAt.toISOString(), coincidencias }
  })
}
