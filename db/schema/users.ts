import { sql } from 'drizzle-orm'
import { index, integer, sqliteTable, text, uniqueIndex } from 'drizzle-orm/sqlite-core'
import { locales } from '../../core/locales.ts'
import { unidades } from './territorio.ts'

/**
 * Everyone who signs in: citizens and staff. A citizen's RUN is stored with how it was proven
 * (`claveunica` or `self`), and the two are never merged: the unique index is on the pair.
 */
export const users = sqliteTable(
  'users',
  {
    id: text('id').primaryKey(),
    kind: text('kind', { enum: ['citizen', 'staff'] }).notNull(),
    /** RUN without dots or dash, check digit included: `44444444-4` is stored `444444444`. */
    run: text('run'),
    runProof: text('run_proof', { enum: ['claveunica', 'self', 'staff'] }),
    givenNames: text('given_names').notNull(),
    familyNames: text('family_names').notNull(),
    email: text('email'),
    emailVerifiedAt: integer('email_verified_at', { mode: 'timestamp_ms' }),
    phone: text('phone'),
    /** Self-describing hash (`scrypt$N$r$p$salt$hash`), so the scheme can change per user. */
    passwordHash: text('password_hash'),
    /** The TOTP secret, encrypted with the vault key (never in clear). */
    totpSecret: text('totp_secret'),
    /** The last TOTP time step accepted, so that a code cannot be used twice. */
    totpLastStep: integer('totp_last_step'),
    role: text('role', { enum: ['citizen', 'officer', 'supervisor', 'admin'] })
      .notNull()
      .default('citizen'),
    unidadCode: text('unidad_code').references(() => unidades.code),
    /**
     * A staff member's capabilities (core/capacidades.ts) as an administrator granted
     * them, a JSON array of ids; null for citizens, and for staff accounts from before grants
     * existed, who hold their role's set (decision 0029).
     */
    capacidades: text('capacidades', { mode: 'json' }).$type<string[]>(),
    locale: text('locale', { enum: locales }).notNull().default('es'),
    createdAt: integer('created_at', { mode: 'timestamp_ms' }).notNull(),
    disabledAt: integer('disabled_at', { mode: 'timestamp_ms' }),
    /** The last sign-in: a citizen's account unused for years is erased (db/catalog.ts). */
    lastLoginAt: integer('last_login_at', { mode: 'timestamp_ms' }),
  },
  (t) => [
    uniqueIndex('users_run_proof_uq').on(t.run, t.runProof).where(sql`${t.run} is not null`),
    uniqueIndex('users_staff_email_uq').on(t.email).where(sql`${t.kind} = 'staff'`),
  ],
)

/**
 * Server-side sessions. The cookie carries a random token; only its SHA-256 is stored, so a copy
 * of the database does not let anyone sign in.
 */
export const sessions = sqliteTable(
  'sessions',
  {
    tokenHash: text('token_hash').primaryKey(),
    userId: text('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    createdAt: integer('created_at', { mode: 'timestamp_ms' }).notNull(),
    lastSeenAt: integer('last_seen_at', { mode: 'timestamp_ms' }).notNull(),
    /** Absolute limit, whatever the activity. */
    expiresAt: integer('expires_at', { mode: 'timestamp_ms' }).notNull(),
    /** Second factor passed (staff), or ClaveÚnica login (citizens). */
    assurance: text('assurance', { enum: ['password', 'claveunica', 'mfa'] }).notNull(),
  },
  (t) => [index('sessions_user_idx').on(t.userId), index('sessions_expires_idx').on(t.expiresAt)],
)
