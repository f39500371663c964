import Database from 'libsql'
import { afterAll, describe, expect, it } from 'vitest'
import { dbMigrate, freshTurso } from '../support/edge.ts'
import type { HranaServer } from '../support/hrana-server.ts'
import { type RunningServer, startNodeServer } from '../support/node-server.ts'

/**
 * Every table of a libSQL file, its rows sorted, without the columns that say when a row was
 * written (`…_at`): those hold the moment of the run, the rest must be the same.
 */
function contents(path: string): Record<string, unknown[]> {
  const db = new Database(path, { readonly: true })
  try {
    const tables = db
      .prepare(
        "select name from sqlite_master where type = 'table' and name not like 'sqlite_%' order by name",
      )
      .all() as { name: string }[]
    return Object.fromEntries(
      tables.map(({ name }) => {
        const rows = (db.prepare(`select * from "${name}"`).all() as Record<string, unknown>[]).map((row) =>
          JSON.stringify(Object.entries(row).filter(([column]) => !column.endsWith('_at'))),
        )
        return [name, rows.sort()]
      }),
    )
  } finally {
    db.close()
  }
}

describe('a Turso database prepared by `npm run db:migrate`', () => {
  let server: RunningServer | undefined
  let turso: HranaServer | undefined
  afterAll(async () => {
    await server?.stop('SIGKILL')
    await turso?.close()
  })

  it('holds what the embedded default loads at start-up (without demo data): elections, permit types, comunas, holidays', async () => {
    // `npm start`'s start-up, demo data off (APP_ENV=test), then stopped so its file is whole.
    server = await startNodeServer()
    expect(await server.stop()).toBe(0)
    // A fresh database behind the Turso stand-in, prepared over HTTP as an operator would.
    turso = await freshTurso((fresh) => dbMigrate(fresh))
    const node = contents(`${server.dataDir}/comisaria.db`)
    const edge = contents(turso.path)
    expect(Object.keys(edge)).toEqual(Object.keys(node))
    for (const table of Object.keys(node)) expect(edge[table], table).toEqual(node[table])
    expect(edge.elecciones?.length).toBeGreaterThanOrEqual(2)
    expect(edge.tipos_permiso).toHaveLength(4)
    expect(edge.comunas).toHaveLength(346)
    expect(edge.feriados).toHaveLength(57)
    expect(edge.unidades).toHaveLength(0)
  })
})
