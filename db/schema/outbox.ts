import { index, integer, sqliteTable, text } from 'drizzle-orm/sqlite-core'

/**
 * E-mail to send, written in the same batch as the change that causes it and delivered at least
 * once by a background loop. The Message-ID is fixed at insert, so a receiver can drop repeats.
 */
export const outbox = sqliteTable(
  'outbox',
  {
    id: text('id').primaryKey(),
    messageId: text('message_id').notNull().unique(),
    to: text('to').notNull(),
    subject: text('subject').notNull(),
    text: text('text').notNull(),
    html: text('html'),
    /** File-store keys of attachments (for example a signed PDF), with their file names. */
    attachments: text('attachments', { mode: 'json' }).$type<
      { key: string; filename: string; contentType: string }[]
    >(),
    createdAt: integer('created_at', { mode: 'timestamp_ms' }).notNull(),
    attempts: integer('attempts').notNull().default(0),
    nextAttemptAt: integer('next_attempt_at', { mode: 'timestamp_ms' }).notNull(),
    sentAt: integer('sent_at', { mode: 'timestamp_ms' }),
    lastError: text('last_error'),
  },
  (t) => [index('outbox_due_idx').on(t.sentAt, t.nextAttemptAt)],
)
