import { type SQL, sql } from 'drizzle-orm'
import type { AnySQLiteColumn, SQLiteTable } from 'drizzle-orm/sqlite-core'
import { casos } from '../../db/schema/index.ts'
import type { Ganchos } from './maquina.ts'

/**
 * The type hooks of a service whose own table is keyed by the case's id and names each request's
 * type (the denuncia's `denuncias.tipo`): each row's type in the queue and the figures' counts per
 * type, and the queue's filter by type — the service's row read by its key from each case row.
 *
 * @example
 * ganchos: { ...ganchosDeTipo(denuncias, denuncias.casoId, denuncias.tipo), reclasificar, … }
 */
export function ganchosDeTipo(
  tabla: SQLiteTable,
  casoId: AnySQLiteColumn,
  tipo: AnySQLiteColumn,
): Required<Pick<Ganchos, 'tipoDeCaso' | 'filtroTipo'>> {
  const tipoDeCaso = (): SQL<string | null> =>
    sql<string | null>`(select ${tipo} from ${tabla} where ${casoId} = ${casos.id})`
  return {
    tipoDeCaso,
    filtroTipo: (valor: string) => sql`${tipoDeCaso()} = ${valor}`,
  }
}
