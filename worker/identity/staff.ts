import { and, eq, gt, sql } from 'drizzle-orm'
import { CAPACIDADES_DE_ROL, capacidadesDe } from '../../core/capacidades.ts'
import { mfaChallenges, sessions, unidades, users } from '../../db/schema/index.ts'
import { auditEntry } from '../audit.ts'
import { randomToken, sha256Hex, type Vault } from '../crypto.ts'
import { AppError, invalidField } from '../errors.ts'
import { rowId } from '../ids.ts'
import type { Planned, ServiceContext } from '../service.ts'
import { linkMail, type MailContext } from './accounts.ts'
import { planGrants } from './otorgar.ts'
import type { StaffCreateInput, StaffUpdateInput } from './staff-schemas.ts'
import { newEnrolment, totpStep } from './totp.ts'

const CHALLENGE_TTL_MS = 5 * 60_000
const MAX_CODE_ATTEMPTS = 5

type User = typeof users.$inferSelect

/** The second step of a staff login: enter a code, or first enrol an authenticator app. */
export type SecondFactor =
  | { step: 'totp'; challenge: string }
  | { step: 'enroll'; challenge: string; otpauthUri: string; qrSvg: string; secret: string }

/**
 * After the password: a challenge for the TOTP code, with a new secret when the staff member has
 * none yet (sealed in the challenge until a first code proves the app has it).
 */
export async function startSecondFactor(
  ctx: ServiceContext,
  vault: Vault,
  user: User,
): Promise<SecondFactor> {
  const challenge = randomToken()
  const enrolment = user.totpSecret ? null : newEnrolment(user.email ?? user.id)
  await ctx.db.insert(mfaChallenges).values({
    tokenHash: await sha256Hex(challenge),
    userId: user.id,
    pendingSecret: enrolment ? await vault.seal(enrolment.secret) : null,
    expiresAt: new Date(ctx.clock.now().getTime() + CHALLENGE_TTL_MS),
  })
  return enrolment
    ? {
        step: 'enroll',
        challenge,
        otpauthUri: enrolment.uri,
        qrSvg: enrolment.qrSvg,
        secret: enrolment.secret,
      }
    : { step: 'totp', challenge }
}

/**
 * Checks the code of a challenge: at most five tries, within one time step, never a step already
 * used. Returns the user and the writes that finish the login (the secret stored at enrolment,
 * the step spent, the challenge gone).
 */
export async function completeSecondFactor(
  ctx: ServiceContext,
  vault: Vault,
  challenge: string,
  code: string,
): Promise<{ user: User; writes: Planned<null>['writes'] }> {
  const tokenHash = await sha256Hex(challenge)
  const [row] = await ctx.db
    .update(mfaChallenges)
    .set({ attempts: sql`${mfaChallenges.attempts} + 1` })
    .where(and(eq(mfaChallenges.tokenHash, tokenHash), gt(mfaChallenges.expiresAt, ctx.clock.now())))
    .returning()
  if (!row || row.attempts > MAX_CODE_ATTEMPTS) throw new AppError('invalid_credentials')
  const [user] = await ctx.db.select().from(users).where(eq(users.id, row.userId))
  const sealed = row.pendingSecret ?? user?.totpSecret
  if (!user || user.disabledAt !== null || !sealed) throw new AppError('invalid_credentials')
  const step = totpStep(await vault.open(sealed), code, ctx.clock.now())
  if (step === null) throw new AppError('invalid_credentials')
  // Spend the step in one statement, so two logins racing with the same code cannot both pass.
  const spent = await ctx.db
    .update(users)
    .set({ totpLastStep: step })
    .where(and(eq(users.id, user.id), sql`coalesce(${users.totpLastStep}, -1) < ${step}`))
    .returning({ id: users.id })
  if (spent.length === 0) throw new AppError('invalid_credentials')
  const actor = null
  return {
    user,
    writes: [
      ...(row.pendingSecret
        ? [ctx.db.update(users).set({ totpSecret: row.pendingSecret }).where(eq(users.id, user.id))]
        : []),
      ctx.db.delete(mfaChallenges).where(eq(mfaChallenges.tokenHash, tokenHash)),
      ...(row.pendingSecret
        ? [auditEntry({ ...ctx, actor }, 'staff.totp_enrolled', { type: 'user', id: user.id })]
        : []),
    ],
  }
}

async function requireUnidad(ctx: ServiceContext, code: string) {
  const [unidad] = await ctx.db.select({ code: unidades.code }).from(unidades).where(eq(unidades.code, code))
  if (!unidad) throw invalidField('unidadCode', 'invalid_option')
}

/**
 * An administrator creates a staff account, holding its role's capabilities; the person chooses a
 * password from the e-mailed link.
 */
export async function planStaffCreation(
  ctx: ServiceContext,
  input: StaffCreateInput,
  mail: MailContext,
): Promise<Planned<{ id: string }> & { link: string }> {
  await requireUnidad(ctx, input.unidadCode)
  const [taken] = await ctx.db
    .select({ id: users.id })
    .from(users)
    .where(and(eq(users.kind, 'staff'), eq(users.email, input.email)))
  if (taken) throw new AppError('conflict')
  const user = {
    id: rowId(),
    kind: 'staff' as const,
    runProof: null,
    givenNames: input.nombres,
    familyNames: input.apellidos,
    email: input.email,
    role: input.role,
    unidadCode: input.unidadCode,
    capacidades: [...CAPACIDADES_DE_ROL[input.role]],
    createdAt: ctx.clock.now(),
  }
  const invite = await linkMail(ctx, mail, user, 'staff_invite')
  return {
    link: invite.link,
    writes: [
      ctx.db.insert(users).values(user),
      ...invite.writes,
      auditEntry(
        ctx,
        'staff.created',
        { type: 'user', id: user.id },
        { role: input.role, unidad: input.unidadCode, capacidades: user.capacidades },
      ),
    ],
    result: { id: user.id },
  }
}

/**
 * An administrator changes a staff member's role, unit or capabilities, or disables the account
 * (ending its sessions). Nobody can take staff administration from themselves or from its last
 * holder (worker/identity/otorgar.ts).
 */
export async function planStaffUpdate(
  ctx: ServiceContext,
  id: string,
  input: StaffUpdateInput,
): Promise<Planned<{ id: string }>> {
  const [user] = await ctx.db
    .select()
    .from(users)
    .where(and(eq(users.id, id), eq(users.kind, 'staff')))
  if (!user) throw new AppError('not_found')
  if (input.unidadCode) await requireUnidad(ctx, input.unidadCode)
  const now = ctx.clock.now()
  const disabledAt = input.disabled === undefined ? user.disabledAt : input.disabled ? now : null
  const grants = await planGrants(ctx, user, input, disabledAt)
  const { capacidades: _, ...cambios } = input
  return {
    writes: [
      ctx.db
        .update(users)
        .set({
          role: grants.role,
          unidadCode: input.unidadCode ?? user.unidadCode,
          disabledAt,
          capacidades: grants.guardar,
        })
        .where(eq(users.id, id)),
      ...(disabledAt ? [ctx.db.delete(sessions).where(eq(sessions.userId, id))] : []),
      ...(Object.keys(cambios).length > 0
        ? [
            auditEntry(
              ctx,
              input.disabled ? 'staff.disabled' : 'staff.updated',
              { type: 'user', id },
              { ...cambios },
            ),
          ]
        : []),
      ...grants.writes,
    ],
    result: { id },
  }
}

/** The staff list for administrators. */
export async function listStaff(ctx: ServiceContext) {
  const rows = await ctx.db.select().from(users).where(eq(users.kind, 'staff')).orderBy(users.familyNames)
  return rows.map((u) => ({
    id: u.id,
    email: u.email,
    givenNames: u.givenNames,
    familyNames: u.familyNames,
    role: u.role,
    unidadCode: u.unidadCode,
    capacidades: capacidadesDe(u),
    totpEnrolled: u.totpSecret !== null,
    disabled: u.disabledAt !== null,
  }))
}
