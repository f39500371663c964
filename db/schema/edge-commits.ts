import { integer, sqliteTable, text } from 'drizzle-orm/sqlite-core'

/**
 * Submissions accepted at the edge and committed since (decision 0023): each row goes in first in
 * its submission's batch, so a batch sent again after an answer that got lost commits nothing twice.
 */
export const edgeCommits = sqliteTable('edge_commits', {
  /** The submission's id, given by the shard that accepted it. */
  id: text('id').primaryKey(),
  /** Which shard accepted it (the first character of its codes). */
  shard: text('shard').notNull(),
  acceptedAt: integer('accepted_at', { mode: 'timestamp_ms' }).notNull(),
  committedAt: integer('committed_at', { mode: 'timestamp_ms' }).notNull(),
})
