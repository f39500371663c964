import { index, integer, sqliteTable, text } from 'drizzle-orm/sqlite-core'
import { users } from './users.ts'

/**
 * A ClaveÚnica login in progress: its `state`, `nonce` and PKCE verifier, bound to the browser
 * that started it by a random cookie whose SHA-256 is the key. Single use, short-lived.
 */
export const authFlows = sqliteTable('auth_flows', {
  browserHash: text('browser_hash').primaryKey(),
  state: text('state').notNull(),
  nonce: text('nonce').notNull(),
  codeVerifier: text('code_verifier').notNull(),
  returnTo: text('return_to').notNull(),
  expiresAt: integer('expires_at', { mode: 'timestamp_ms' }).notNull(),
})

/** One-time links sent by e-mail: verify an address, reset a password, accept a staff invitation. */
export const userTokens = sqliteTable(
  'user_tokens',
  {
    tokenHash: text('token_hash').primaryKey(),
    userId: text('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    purpose: text('purpose', { enum: ['verify_email', 'reset_password', 'staff_invite'] }).notNull(),
    createdAt: integer('created_at', { mode: 'timestamp_ms' }).notNull(),
    expiresAt: integer('expires_at', { mode: 'timestamp_ms' }).notNull(),
    usedAt: integer('used_at', { mode: 'timestamp_ms' }),
  },
  (t) => [index('user_tokens_user_idx').on(t.userId), index('user_tokens_expires_idx').on(t.expiresAt)],
)

/**
 * A staff login between the password and the TOTP code. During enrolment it holds the new
 * secret (encrypted) until the first code proves the authenticator app has it.
 */
export const mfaChallenges = sqliteTable('mfa_challenges', {
  tokenHash: text('token_hash').primaryKey(),
  userId: text('user_id')
    .notNull()
    .references(() => users.id, { onDelete: 'cascade' }),
  pendingSecret: text('pending_secret'),
  attempts: integer('attempts').notNull().default(0),
  expiresAt: integer('expires_at', { mode: 'timestamp_ms' }).notNull(),
})

/**
 * Fixed-window counters for rate limits, one row a bucket. No longer written: the counters are in
 * memory on Node and in Rate Limiting bindings and Durable Objects at the edge (decision 0022); the
 * table stays until a migration drops it.
 */
export const rateLimits = sqliteTable('rate_limits', {
  bucket: text('bucket').primaryKey(),
  windowStart: integer('window_start').notNull(),
  count: integer('count').notNull(),
})
