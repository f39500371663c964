import type { SqlStorage } from '@cloudflare/workers-types'
import type { Client } from '@libsql/client/web'
import type { Statement } from '../writes.ts'
import type { KeptDraft, ShardDraft } from './protocol.ts'

/**
 * The shard's table of drafts Turso does not have yet (decision 0034); `kept_at`: when the draft
 * was first kept since Turso last had it (a save that replaces it keeps that time).
 */
export const DRAFTS_SCHEMA = `
  create table if not exists drafts (owner text not null, form text not null, view text, version integer not null, statements text not null, kept_at integer not null, primary key (owner, form));
`

type Row = Record<string, string | number | null | ArrayBuffer>

const kept = (row: Row): KeptDraft => ({
  form: String(row.form),
  view: typeof row.view === 'string' ? row.view : null,
  version: Number(row.version),
})

/**
 * Keeps a draft (or its discarding) in place of the one kept before, and gives back its version:
 * the save's own, or one more than the kept one's when the clock has not moved past it.
 *
 * @example
 * const version = keepDraft(ctx.storage.sql, draft)
 */
export function keepDraft(sql: SqlStorage, draft: ShardDraft, now: number): number {
  const [before] = sql
    .exec<Row>('select version from drafts where owner = ? and form = ?', draft.owner, draft.form)
    .toArray()
  const version = Math.max(draft.version, Number(before?.version ?? 0) + 1)
  sql.exec(
    `insert into drafts (owner, form, view, version, statements, kept_at) values (?, ?, ?, ?, ?, ?)
     on conflict (owner, form) do update set view = excluded.view, version = excluded.version, statements = excluded.statements`,
    draft.owner,
    draft.form,
    draft.view,
    version,
    JSON.stringify(draft.statements),
    now,
  )
  return version
}

/** When the draft kept longest was kept (ms), or null when the shard keeps none. */
export function oldestDraft(sql: SqlStorage): number | null {
  const [row] = sql.exec<Row>('select min(kept_at) as at from drafts').toArray()
  return typeof row?.at === 'number' ? row.at : null
}

/** The kept draft of an owner's form (its `view` null: discarded), or null when Turso has the latest. */
export function draftOf(sql: SqlStorage, owner: string, form: string): KeptDraft | null {
  const [row] = sql
    .exec<Row>('select form, view, version from drafts where owner = ? and form = ?', owner, form)
    .toArray()
  return row ? kept(row) : null
}

/** Every draft of an owner the shard keeps. */
export function draftsOf(sql: SqlStorage, owner: string): KeptDraft[] {
  return sql.exec<Row>('select form, view, version from drafts where owner = ?', owner).toArray().map(kept)
}

/**
 * Commits the kept drafts to Turso, `batch` at a time, each batch one transaction; a draft saved
 * again meanwhile stays for the next flush (its version moved). Their writes cannot break a
 * constraint (an account gone writes nothing: worker/borradores/service.ts), so a batch Turso
 * refuses is a Turso that is down: the error goes up and everything stays kept.
 *
 * @example
 * const committed = await flushDrafts(ctx.storage.sql, client, 200)
 */
export async function flushDrafts(sql: SqlStorage, client: Client, batch: number): Promise<number> {
  let committed = 0
  let after: [string, string] = ['', '']
  for (;;) {
    // By key, from where the last batch ended: a draft saved again during a batch is not taken twice.
    const rows = sql
      .exec<Row>(
        'select owner, form, version, statements from drafts where (owner, form) > (?, ?) order by owner, form limit ?',
        ...after,
        batch,
      )
      .toArray()
    if (rows.length === 0) return committed
    await client.batch(
      rows.flatMap((row) => JSON.parse(String(row.statements)) as Statement[]),
      'write',
    )
    for (const row of rows)
      sql.exec(
        'delete from drafts where owner = ? and form = ? and version = ?',
        row.owner,
        row.form,
        row.version,
      )
    committed += rows.length
    const last = rows.at(-1)
    after = [String(last?.owner), String(last?.form)]
  }
}
