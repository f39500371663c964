import { eq, sql } from 'drizzle-orm'
import { casos, comunas, users } from '../../db/schema/index.ts'
import { AppError } from '../errors.ts'
import type { Locale } from '../i18n/index.ts'
import type { Database } from '../ports.ts'
import { preparedFor } from '../prepared.ts'
import { type Read, readOne, readRows } from '../reads.ts'
import type { CasoDelServicio, ServicioConCaso, ServicioDeCasos } from './maquina.ts'
import { servicioDeCasos } from './servicios.ts'

/** A case as the case pieces work with it: its row, where to mail its owner, and who the owner is. */
export interface Caso extends CasoDelServicio {
  userId: string | null
  version: number
  venceAt: Date | null
  updatedAt: Date
  triadaAt: Date | null
  derivadaAt: Date | null
  enviadaAt: Date | null
  cerradoAt: Date | null
  /** The region of the case's comuna: a regional complaints office's reach (decision 0053). */
  regionCode: string | null
  /** The case's own address, else the account's; null: nobody to mail. */
  correo: string | null
  locale: Locale
  /** The owner, while the case still points to them (db/catalog.ts). */
  titular: { run: string | null; nombres: string; apellidos: string } | null
  /**
   * How the owner's RUN was proven: by ClaveÚnica, or only declared by an internal account (staff
   * must see the difference); null without an owner.
   */
  prueba: 'claveunica' | 'self' | null
}

/**
 * A case by its número, with where its e-mails go and its owner; undefined when there is none.
 * The número is a document code, compared as stored (upper case, no dashes: `normaliseCode`).
 *
 * @example
 * const caso = await casoPorNumero(db, 'WNDT7C4Z3T')
 */
export async function casoPorNumero(db: Database, numero: string): Promise<Caso | undefined> {
  return readOne(db, casoPorNumeroRead(db, numero))
}

/** Built once per database (worker/prepared.ts): the case by its número, with its owner's account and region. */
const queries = preparedFor((db) => ({
  caso: db
    .select({
      caso: casos,
      correo: sql<string | null>`coalesce(${casos.correo}, ${users.email})`,
      locale: sql<Locale | null>`coalesce(${casos.locale}, ${users.locale})`,
      run: users.run,
      prueba: users.runProof,
      nombres: users.givenNames,
      apellidos: users.familyNames,
      regionCode: comunas.regionCode,
    })
    .from(casos)
    .leftJoin(users, eq(users.id, casos.userId))
    .leftJoin(comunas, eq(comunas.cut, casos.comunaCut))
    .where(eq(casos.numero, sql.placeholder('numero')))
    .prepare(),
}))

/**
 * {@link casoPorNumero} as a read to run with a request's others (worker/reads.ts): a citizen's
 * change to their case reads it in the same batch as their session (decision 0063).
 *
 * @example
 * reads: (c) => ({ caso: casoPorNumeroRead(c.var.ports.db, numero) })
 */
export function casoPorNumeroRead(db: Database, numero: string): Read<Caso | undefined> {
  return readRows(queries(db).caso, { numero }, ([row]) => (row ? casoDe(row) : undefined))
}

type Fila = Awaited<ReturnType<ReturnType<typeof queries>['caso']['all']>>[number]

/** The case pieces' shape of a row read. */
function casoDe(row: Fila): Caso {
  const { caso } = row
  return {
    id: caso.id,
    numero: caso.numero,
    servicio: caso.servicio,
    estado: caso.estado,
    comunaCut: caso.comunaCut,
    unidadCode: caso.unidadCode,
    createdAt: caso.createdAt,
    userId: caso.userId,
    version: caso.version,
    venceAt: caso.venceAt,
    updatedAt: caso.updatedAt,
    triadaAt: caso.triadaAt,
    derivadaAt: caso.derivadaAt,
    enviadaAt: caso.enviadaAt,
    cerradoAt: caso.cerradoAt,
    regionCode: row.regionCode,
    correo: row.correo,
    locale: row.locale ?? 'es',
    titular:
      caso.userId && row.nombres !== null
        ? { run: row.run, nombres: row.nombres, apellidos: row.apellidos ?? '' }
        : null,
    prueba: row.prueba === 'claveunica' || row.prueba === 'self' ? row.prueba : null,
  }
}

/**
 * A case's service definition; a case of a service with none registered is not workable here.
 *
 * @example
 * const servicio = definicionDe(caso.servicio)
 */
export function definicionDe(servicio: ServicioConCaso): ServicioDeCasos {
  const definicion = servicioDeCasos(servicio)
  if (!definicion) throw new AppError('not_found')
  return definicion
}
