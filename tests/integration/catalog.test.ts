import { mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { CATALOGO, type Registro, TABLAS_CON_PLAZO } from '../../db/catalog.ts'
import { migrateDatabase } from '../../db/migrate.ts'
import { openFileDatabase } from '../../db/open.ts'
import { RETENTION_RULES } from '../../worker/privacy/retention.ts'

/** Every table and column the committed migrations create, read back from SQLite itself. */
async function migratedColumns(): Promise<Map<string, string[]>> {
  const { client, db } = await openFileDatabase(
    `file:${join(mkdtempSync(join(tmpdir(), 'cv-cat-')), 'c.db')}`,
  )
  await migrateDatabase(db)
  const tables = await client.execute(
    "select name from sqlite_master where type = 'table' and name not like 'sqlite_%' and name not like '__drizzle%'",
  )
  const found = new Map<string, string[]>()
  for (const { name } of tables.rows) {
    const columns = await client.execute(`pragma table_info("${String(name)}")`)
    found.set(
      String(name),
      columns.rows.map((c) => String(c.name)),
    )
  }
  client.close()
  return found
}

describe('the data catalog', () => {
  it('declares every table and column the migrations create, and nothing they do not', async () => {
    const migrated = await migratedColumns()
    const catalog = CATALOGO as Record<string, Registro>
    const undeclared = [...migrated].flatMap(([table, columns]) =>
      columns
        .filter((c) => !(table in catalog) || !(c in (catalog[table]?.columnas ?? {})))
        .map((c) => `${table}.${c}`),
    )
    expect(undeclared, 'columns a migration added without declaring them in db/catalog.ts').toEqual([])
    const stale = Object.entries(catalog).flatMap(([table, entry]) =>
      Object.keys(entry.columnas)
        .filter((c) => !migrated.get(table)?.includes(c))
        .map((c) => `${table}.${c}`),
    )
    expect(stale, 'columns the catalog declares that no migration creates').toEqual([])
  })

  it('gives every table holding personal data a purpose, a basis, readers and a clock', () => {
    for (const [table, entry] of Object.entries(CATALOGO as Record<string, Registro>)) {
      const personal = Object.values(entry.columnas).some((c) => c !== null)
      expect(entry.retencion !== null, `${table}: a clock exactly when it holds personal data`).toBe(personal)
      expect(entry.base === 'ninguna', `${table}: a legal basis`).toBe(!personal)
      expect(entry.finalidad.length, `${table}: a purpose`).toBeGreaterThan(10)
      expect(entry.lectores.length).toBeGreaterThan(0)
      for (const column of entry.rectificables ?? []) {
        expect(entry.columnas[column], `${table}.${column} is rectifiable, so personal`).toBeTruthy()
      }
    }
  })

  it('has a maintenance rule for every clock and none for a table without one', () => {
    expect(Object.keys(RETENTION_RULES).sort()).toEqual([...TABLAS_CON_PLAZO].sort())
  })
})
