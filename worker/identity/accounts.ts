import { and, eq, gt, inArray, isNull, or, type SQL } from 'drizzle-orm'
import { sessions, users, userTokens } from '../../db/schema/index.ts'
import { auditEntry } from '../audit.ts'
import { randomToken, sha256Hex } from '../crypto.ts'
import { AppError, invalidField } from '../errors.ts'
import type { Locale } from '../i18n/index.ts'
import { rowId } from '../ids.ts'
import { enqueueMail } from '../mail/outbox.ts'
import { mailTemplates } from '../mail/templates.ts'
import type { Planned, ServiceContext } from '../service.ts'
import { runWrites } from '../writes.ts'
import { decoyHash, passwordProblem } from './password.ts'
import type { RegisterInput } from './schemas.ts'

type TokenPurpose = (typeof userTokens.$inferSelect)['purpose']
type User = typeof users.$inferSelect

/** Where the links of account e-mails lead; the token travels in the fragment, never to a log. */
export const LINK_PAGES = {
  verify_email: '/verificar-correo',
  reset_password: '/restablecer-clave',
  staff_invite: '/funcionarios/activar',
} as const satisfies Record<TokenPurpose, string>
const TOKEN_TTL_MS: Record<TokenPurpose, number> = {
  verify_email: 24 * 60 * 60_000,
  reset_password: 60 * 60_000,
  staff_invite: 72 * 60 * 60_000,
}

/** What an account e-mail needs to know of the request. */
export interface MailContext {
  locale: Locale
  publicUrl: string
}

/**
 * A one-time link for a user: the token row and the e-mail carrying it, for one batch, and the
 * link itself (the admin command prints it).
 *
 * @example
 * const { writes, link } = await linkMail(ctx, mail, user, 'verify_email')
 */
export async function linkMail(
  ctx: ServiceContext,
  mail: MailContext,
  user: Pick<User, 'id' | 'givenNames' | 'email'>,
  purpose: TokenPurpose,
  template: keyof typeof mailTemplates = purpose,
) {
  if (!user.email) throw new Error('a link mail needs an e-mail address')
  const token = randomToken()
  const now = ctx.clock.now()
  const link = `${new URL(LINK_PAGES[purpose], mail.publicUrl).toString()}#${token}`
  const { subject, text } = mailTemplates[template][mail.locale]({ name: user.givenNames, link })
  const writes = [
    ctx.db.insert(userTokens).values({
      tokenHash: await sha256Hex(token),
      userId: user.id,
      purpose,
      createdAt: now,
      expiresAt: new Date(now.getTime() + TOKEN_TTL_MS[purpose]),
    }),
    enqueueMail(now, new URL(mail.publicUrl).hostname, { to: user.email, subject, text }),
  ]
  return { writes, link }
}

function checkNewPassword(password: string, personal: (string | null)[]): void {
  const problem = passwordProblem(
    password,
    personal.filter((p): p is string => p !== null),
  )
  if (problem) throw invalidField('password', problem)
}

/**
 * Registers a citizen without ClaveÚnica: the RUN is self-declared (never merged with a
 * ClaveÚnica identity) and the account works once the e-mail link is opened. Asking again with a
 * RUN or address already registered answers the same, and mails the owner instead, so that the
 * form does not tell strangers who has an account — neither by its answer nor by its time: the
 * password is hashed either way, and either way an e-mail and an audit entry are written.
 */
export async function planRegistration(
  ctx: ServiceContext,
  input: RegisterInput,
  mail: MailContext,
): Promise<Planned<{ status: 'check_email' }>> {
  checkNewPassword(input.password, [input.run, input.nombres, input.apellidos, input.email])
  const [existing] = await ctx.db
    .select()
    .from(users)
    .where(
      and(
        eq(users.kind, 'citizen'),
        eq(users.runProof, 'self'),
        or(eq(users.run, input.run), eq(users.email, input.email)),
      ),
    )
    .limit(1)
  const result = { status: 'check_email' as const }
  const passwordHash = await ctx.passwords.hash(input.password)
  if (existing) {
    return {
      writes: [
        ...(await linkMail(ctx, mail, existing, 'reset_password', 'already_registered')).writes,
        auditEntry({ ...ctx, actor: null }, 'user.registration_repeated', { type: 'user', id: existing.id }),
      ],
      result,
    }
  }
  const user = {
    id: rowId(),
    kind: 'citizen' as const,
    run: input.run,
    runProof: 'self' as const,
    givenNames: input.nombres,
    familyNames: input.apellidos,
    email: input.email,
    passwordHash,
    role: 'citizen' as const,
    locale: mail.locale,
    createdAt: ctx.clock.now(),
  }
  return {
    writes: [
      ctx.db.insert(users).values(user),
      ...(await linkMail(ctx, mail, user, 'verify_email')).writes,
      auditEntry(ctx, 'user.registered', { type: 'user', id: user.id }),
    ],
    result,
  }
}

/** The unused, unexpired token of one of these purposes, with its user; `link_invalid` if none. */
async function redeemable(ctx: ServiceContext, token: string, purposes: TokenPurpose[]) {
  const [row] = await ctx.db
    .select({ token: userTokens, user: users })
    .from(userTokens)
    .innerJoin(users, eq(users.id, userTokens.userId))
    .where(
      and(
        eq(userTokens.tokenHash, await sha256Hex(token)),
        inArray(userTokens.purpose, purposes),
        isNull(userTokens.usedAt),
        gt(userTokens.expiresAt, ctx.clock.now()),
      ),
    )
  if (!row || row.user.disabledAt !== null) throw new AppError('link_invalid')
  return row
}

/** The statement that spends a token, only if nobody spent it first. */
function spend(ctx: ServiceContext, tokenHash: string) {
  return ctx.db
    .update(userTokens)
    .set({ usedAt: ctx.clock.now() })
    .where(and(eq(userTokens.tokenHash, tokenHash), isNull(userTokens.usedAt)))
}

/** Confirms a citizen's e-mail address from the link's token. */
export async function planEmailVerification(
  ctx: ServiceContext,
  token: string,
): Promise<Planned<{ status: 'verified' }>> {
  const row = await redeemable(ctx, token, ['verify_email'])
  return {
    writes: [
      spend(ctx, row.token.tokenHash),
      ctx.db.update(users).set({ emailVerifiedAt: ctx.clock.now() }).where(eq(users.id, row.user.id)),
      auditEntry({ ...ctx, actor: null }, 'user.email_verified', { type: 'user', id: row.user.id }),
    ],
    result: { status: 'verified' },
  }
}

/**
 * Sets a new password from a reset or invitation link: the link also proves the address, and
 * every session of the account ends (a reset is what someone does after a compromise).
 */
export async function planSetPassword(
  ctx: ServiceContext,
  token: string,
  password: string,
): Promise<Planned<{ status: 'password_set'; kind: User['kind'] }>> {
  const { token: row, user } = await redeemable(ctx, token, ['reset_password', 'staff_invite'])
  checkNewPassword(password, [user.run, user.givenNames, user.familyNames, user.email])
  const now = ctx.clock.now()
  return {
    writes: [
      spend(ctx, row.tokenHash),
      ctx.db
        .update(users)
        .set({
          passwordHash: await ctx.passwords.hash(password),
          emailVerifiedAt: user.emailVerifiedAt ?? now,
        })
        .where(eq(users.id, user.id)),
      ctx.db.delete(sessions).where(eq(sessions.userId, user.id)),
      auditEntry({ ...ctx, actor: null }, 'user.password_reset', { type: 'user', id: user.id }),
    ],
    result: { status: 'password_set', kind: user.kind },
  }
}

/**
 * Mails a reset link to the account with this address, if there is one, and otherwise a note that
 * there is none: the same answer, the same work (an e-mail to the outbox, an audit entry), so
 * neither the answer nor its time tells a stranger who has an account.
 */
export async function planResetRequest(
  ctx: ServiceContext,
  email: string,
  mail: MailContext,
): Promise<Planned<{ status: 'check_email' }>> {
  const [user] = await ctx.db
    .select()
    .from(users)
    .where(
      and(
        eq(users.email, email),
        or(eq(users.runProof, 'self'), eq(users.kind, 'staff')),
        isNull(users.disabledAt),
      ),
    )
    .limit(1)
  const result = { status: 'check_email' as const }
  if (!user) {
    const now = ctx.clock.now()
    const link = new URL('/registrarse', mail.publicUrl).toString()
    const { subject, text } = mailTemplates.reset_unknown[mail.locale]({ name: '', link })
    return {
      writes: [
        enqueueMail(now, new URL(mail.publicUrl).hostname, { to: email, subject, text }),
        auditEntry({ ...ctx, actor: null }, 'user.password_reset_requested', null, { account: false }),
      ],
      result,
    }
  }
  return {
    writes: [
      ...(await linkMail(ctx, mail, user, 'reset_password')).writes,
      auditEntry({ ...ctx, actor: null }, 'user.password_reset_requested', { type: 'user', id: user.id }),
    ],
    result,
  }
}

/**
 * Checks a password login; the same work is done whether or not the account exists, and every
 * failure is audited. A hash made with other parameters is made again. Throws `invalid_credentials`.
 *
 * @example
 * const user = await checkPassword(ctx, eq(users.email, username), password)
 */
export async function checkPassword(
  ctx: ServiceContext,
  who: SQL | undefined,
  password: string,
): Promise<User> {
  const [user] = await ctx.db
    .select()
    .from(users)
    .where(and(who, isNull(users.disabledAt)))
    .limit(1)
  const ok = await ctx.passwords.verify(password, user?.passwordHash ?? (await decoyHash(ctx.passwords)))
  if (!user?.passwordHash || !ok) {
    if (user) {
      await runWrites(ctx, [
        auditEntry({ ...ctx, actor: null }, 'user.login_failed', { type: 'user', id: user.id }),
      ])
    }
    throw new AppError('invalid_credentials')
  }
  if (ctx.passwords.needsRehash(user.passwordHash)) {
    // Made with other parameters (before decision 0020, or elsewhere): made again now that the
    // password is known, unless it was changed meanwhile.
    const passwordHash = await ctx.passwords.hash(password)
    await runWrites(ctx, [
      ctx.db
        .update(users)
        .set({ passwordHash })
        .where(and(eq(users.id, user.id), eq(users.passwordHash, user.passwordHash))),
    ])
    return { ...user, passwordHash }
  }
  return user
}
