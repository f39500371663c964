import { and, eq, isNull } from 'drizzle-orm'
import { tieneCapacidad } from '../../core/capacidades.ts'
import {
  informacionAnalistas,
  informacionAnalistasClaves,
  informacionClavesEnvueltas,
  informacionMesaClaves,
  informacionMesas,
  users,
} from '../../db/schema/index.ts'
import { auditEntry } from '../audit.ts'
import { AppError } from '../errors.ts'
import type { Actor } from '../identity/actor.ts'
import type { Database } from '../ports.ts'
import type { Planned, ServiceContext } from '../service.ts'
import { MESAS, type Mesa } from './schema.ts'

/** A field's refusal, named (the house rule: bad input says which field). */
const rechazo = (field: string, key: string) =>
  new AppError('validation_failed', { fields: [{ field, key }] })

/**
 * The desk of a path, for an analyst of it: any other caller — another desk's analyst, an
 * administrator, a supervisor — gets 404, as for a desk that does not exist (decision 0044, 8).
 *
 * @example
 * const mesa = await mesaDelAnalista(db, actor, 'drogas')
 */
export async function mesaDelAnalista(db: Database, actor: Actor, mesa: string): Promise<Mesa> {
  const conocida = MESAS.find((m) => m === mesa)
  if (!conocida || !tieneCapacidad(actor, 'informacion.analizar')) throw new AppError('not_found')
  const [fila] = await db
    .select({ mesa: informacionAnalistas.mesa })
    .from(informacionAnalistas)
    .where(and(eq(informacionAnalistas.userId, actor.userId), eq(informacionAnalistas.mesa, conocida)))
  if (!fila) throw new AppError('not_found')
  return conocida
}

/**
 * Each desk with its current public key (JWK) and version, `null` for a desk without a key yet:
 * what a tipster's browser encrypts to.
 *
 * @example
 * await mesasPublicas(db) // [{ id: 'drogas', unidad: 'OS-7 (Drogas)', claveVersion: 1, publica: {…} }, …]
 */
export async function mesasPublicas(db: Database) {
  const filas = await db
    .select({
      id: informacionMesas.id,
      unidad: informacionMesas.unidad,
      claveVersion: informacionMesas.claveVersion,
      publica: informacionMesaClaves.publica,
    })
    .from(informacionMesas)
    .leftJoin(
      informacionMesaClaves,
      and(
        eq(informacionMesaClaves.mesa, informacionMesas.id),
        eq(informacionMesaClaves.version, informacionMesas.claveVersion),
      ),
    )
    .orderBy(informacionMesas.id)
  return filas.map((f) => ({
    id: f.id,
    unidad: f.unidad,
    claveVersion: f.publica === null ? null : f.claveVersion,
    publica: f.publica === null ? null : (JSON.parse(f.publica) as Record<string, unknown>),
  }))
}

/**
 * An analyst registers (or replaces) their own public key. Their wrapped copies, sealed to the
 * old key, are deleted: they become pending for a colleague to wrap again.
 *
 * @example
 * const planned = planMiClave(ctx, actor, { kty: 'EC', crv: 'P-256', x, y })
 */
export function planMiClave(ctx: ServiceContext, actor: Actor, publica: object): Planned<{ ok: true }> {
  const now = ctx.clock.now()
  const texto = JSON.stringify(publica)
  return {
    writes: [
      ctx.db
        .insert(informacionAnalistasClaves)
        .values({ userId: actor.userId, publica: texto, createdAt: now })
        .onConflictDoUpdate({
          target: informacionAnalistasClaves.userId,
          set: { publica: texto, createdAt: now },
        }),
      ctx.db.delete(informacionClavesEnvueltas).where(eq(informacionClavesEnvueltas.userId, actor.userId)),
      auditEntry(ctx, 'informacion.analyst_key_set', { type: 'user', id: actor.userId }),
    ],
    result: { ok: true },
  }
}

/**
 * The caller's wrapped copy of the desk key, of the current version or of `version`: 404 when
 * there is none for them (not yet wrapped, or removed before that version). The read is audited.
 *
 * @example
 * const { version, enc, cifrado } = (await planClaveEnvuelta(ctx, actor, 'drogas')).result
 */
export async function planClaveEnvuelta(ctx: ServiceContext, actor: Actor, mesa: Mesa, version?: number) {
  const [desk] = await ctx.db
    .select({ claveVersion: informacionMesas.claveVersion })
    .from(informacionMesas)
    .where(eq(informacionMesas.id, mesa))
  const cual = version ?? desk?.claveVersion
  if (cual === undefined || cual === null) throw new AppError('not_found')
  const [fila] = await ctx.db
    .select({ enc: informacionClavesEnvueltas.enc, cifrado: informacionClavesEnvueltas.cifrado })
    .from(informacionClavesEnvueltas)
    .where(
      and(
        eq(informacionClavesEnvueltas.mesa, mesa),
        eq(informacionClavesEnvueltas.version, cual),
        eq(informacionClavesEnvueltas.userId, actor.userId),
      ),
    )
  if (!fila) throw new AppError('not_found')
  return {
    writes: [auditEntry(ctx, 'informacion.desk_key_read', { type: 'mesa', id: mesa }, { version: cual })],
    result: { mesa, version: cual, enc: fila.enc, cifrado: fila.cifrado },
  }
}

/** The desk's analysts who have registered a key (the ones a desk key can be wrapped for). */
async function analistasConClave(db: Database, mesa: Mesa): Promise<string[]> {
  const filas = await db
    .select({ userId: informacionAnalistas.userId })
    .from(informacionAnalistas)
    .innerJoin(informacionAnalistasClaves, eq(informacionAnalistasClaves.userId, informacionAnalistas.userId))
    .innerJoin(users, eq(users.id, informacionAnalistas.userId))
    .where(and(eq(informacionAnalistas.mesa, mesa), isNull(users.disabledAt)))
  return filas.map((f) => f.userId).sort()
}

/**
 * A new version of the desk's key, made in an analyst's browser: the next version number, its
 * public key, and its private key wrapped for exactly the desk's analysts who hold a key (the
 * caller among them). The version moves only if no other rotation got there first.
 *
 * @example
 * const planned = await planNuevaClave(ctx, actor, 'drogas', { version: 1, publica, envueltas })
 */
export async function planNuevaClave(
  ctx: ServiceContext,
  actor: Actor,
  mesa: Mesa,
  input: { version: number; publica: object; envueltas: { userId: string; enc: string; cifrado: string }[] },
): Promise<Planned<{ mesa: Mesa; version: number }>> {
  const [desk] = await ctx.db
    .select({ claveVersion: informacionMesas.claveVersion })
    .from(informacionMesas)
    .where(eq(informacionMesas.id, mesa))
  const actual = desk?.claveVersion ?? null
  if (input.version !== (actual ?? 0) + 1) throw rechazo('version', 'invalid')
  const esperados = await analistasConClave(ctx.db, mesa)
  const cubiertos = input.envueltas.map((e) => e.userId).sort()
  const exactos = esperados.length === cubiertos.length && esperados.every((id, i) => id === cubiertos[i])
  if (!esperados.includes(actor.userId) || !exactos) throw rechazo('envueltas', 'invalid')
  const now = ctx.clock.now()
  const movida = ctx.db
    .update(informacionMesas)
    .set({ claveVersion: input.version })
    .where(
      and(
        eq(informacionMesas.id, mesa),
        actual === null ? isNull(informacionMesas.claveVersion) : eq(informacionMesas.claveVersion, actual),
      ),
    )
  return {
    writes: [
      // The key row first: a concurrent rotation to the same version loses on its primary key.
      ctx.db
        .insert(informacionMesaClaves)
        .values({ mesa, version: input.version, publica: JSON.stringify(input.publica), createdAt: now }),
      movida,
      ctx.db
        .insert(informacionClavesEnvueltas)
        .values(input.envueltas.map((e) => ({ mesa, version: input.version, ...e }))),
      auditEntry(ctx, 'informacion.desk_key_created', { type: 'mesa', id: mesa }, { version: input.version }),
    ],
    result: { mesa, version: input.version },
  }
}

/**
 * Who on the desk still lacks a wrapped copy of some version: `[{ userId, publica, versiones }]`,
 * for an analyst holding the desk key to wrap for them.
 *
 * @example
 * await pendientes(db, 'drogas') // [{ userId, publica: {…}, versiones: [1, 2] }]
 */
export async function pendientes(db: Database, mesa: Mesa) {
  const versiones = (
    await db
      .select({ version: informacionMesaClaves.version })
      .from(informacionMesaClaves)
      .where(eq(informacionMesaClaves.mesa, mesa))
  ).map((f) => f.version)
  const analistas = await db
    .select({ userId: informacionAnalistasClaves.userId, publica: informacionAnalistasClaves.publica })
    .from(informacionAnalistas)
    .innerJoin(informacionAnalistasClaves, eq(informacionAnalistasClaves.userId, informacionAnalistas.userId))
    .where(eq(informacionAnalistas.mesa, mesa))
  const tenidas = await db
    .select({ userId: informacionClavesEnvueltas.userId, version: informacionClavesEnvueltas.version })
    .from(informacionClavesEnvueltas)
    .where(eq(informacionClavesEnvueltas.mesa, mesa))
  return analistas.flatMap((a) => {
    const faltan = versiones.filter((v) => !tenidas.some((t) => t.userId === a.userId && t.version === v))
    return faltan.length === 0
      ? []
      : [
          {
            userId: a.userId,
            publica: JSON.parse(a.publica) as Record<string, unknown>,
            versiones: faltan.sort(),
          },
        ]
  })
}

/**
 * The desk's analysts who have registered a key, each with their name, public key and the versions
 * of the desk key they hold a copy of: what a rotation wraps for (every colleague, not only the
 * pending ones) and what «Pendientes» names beside a fingerprint. Disabled staff are left out, as
 * a rotation leaves them out.
 *
 * @example
 * await analistasDeMesa(db, 'drogas') // [{ userId, nombre: 'Ana Soto', publica: {…}, versiones: [1] }]
 */
export async function analistasDeMesa(db: Database, mesa: Mesa) {
  const [analistas, tenidas] = await Promise.all([
    db
      .select({
        userId: informacionAnalistas.userId,
        nombres: users.givenNames,
        apellidos: users.familyNames,
        publica: informacionAnalistasClaves.publica,
      })
      .from(informacionAnalistas)
      .innerJoin(
        informacionAnalistasClaves,
        eq(informacionAnalistasClaves.userId, informacionAnalistas.userId),
      )
      .innerJoin(users, eq(users.id, informacionAnalistas.userId))
      .where(and(eq(informacionAnalistas.mesa, mesa), isNull(users.disabledAt)))
      .orderBy(users.familyNames, users.givenNames),
    db
      .select({ userId: informacionClavesEnvueltas.userId, version: informacionClavesEnvueltas.version })
      .from(informacionClavesEnvueltas)
      .where(eq(informacionClavesEnvueltas.mesa, mesa)),
  ])
  return analistas.map((a) => ({
    userId: a.userId,
    nombre: `${a.nombres} ${a.apellidos}`.trim(),
    publica: JSON.parse(a.publica) as Record<string, unknown>,
    versiones: tenidas
      .filter((t) => t.userId === a.userId)
      .map((t) => t.version)
      .sort((x, y) => x - y),
  }))
}

/**
 * The desks the signed-in analyst is on, with each desk's unit and current key version (null
 * before its first key): the menu and «Mi clave» list these instead of asking every desk.
 *
 * @example
 * await mesasDelActor(db, actor) // [{ id: 'drogas', unidad: 'OS-7 (Drogas)', claveVersion: 1 }]
 */
export async function mesasDelActor(db: Database, actor: Actor) {
  if (!tieneCapacidad(actor, 'informacion.analizar')) return []
  return db
    .select({
      id: informacionMesas.id,
      unidad: informacionMesas.unidad,
      claveVersion: informacionMesas.claveVersion,
    })
    .from(informacionAnalistas)
    .innerJoin(informacionMesas, eq(informacionMesas.id, informacionAnalistas.mesa))
    .where(eq(informacionAnalistas.userId, actor.userId))
    .orderBy(informacionMesas.id)
}

/**
 * An analyst wraps versions of the desk key for a colleague of the same desk who has a key: only
 * versions that exist and the colleague lacks. No tip is re-encrypted (decision 0044, 6).
 *
 * @example
 * const planned = await planEnvolver(ctx, actor, 'drogas', { userId, envueltas: [{ version: 1, enc, cifrado }] })
 */
export async function planEnvolver(
  ctx: ServiceContext,
  mesa: Mesa,
  input: { userId: string; envueltas: { version: number; enc: string; cifrado: string }[] },
): Promise<Planned<{ mesa: Mesa; userId: string; versiones: number[] }>> {
  const pendiente = (await pendientes(ctx.db, mesa)).find((p) => p.userId === input.userId)
  if (!pendiente) throw rechazo('userId', 'invalid')
  const versiones = input.envueltas.map((e) => e.version)
  if (
    new Set(versiones).size !== versiones.length ||
    versiones.some((v) => !pendiente.versiones.includes(v))
  ) {
    throw rechazo('envueltas', 'invalid')
  }
  return {
    writes: [
      ctx.db
        .insert(informacionClavesEnvueltas)
        .values(input.envueltas.map((e) => ({ mesa, userId: input.userId, ...e }))),
      auditEntry(
        ctx,
        'informacion.desk_key_wrapped',
        { type: 'mesa', id: mesa },
        { userId: input.userId, versiones },
      ),
    ],
    result: { mesa, userId: input.userId, versiones: versiones.sort() },
  }
}

/** The path's desk for an administrator: any of the three. */
export function mesaDeRuta(mesa: string): Mesa {
  const conocida = MESAS.find((m) => m === mesa)
  if (!conocida) throw new AppError('not_found')
  return conocida
}

/**
 * An administrator puts an active staff member on a desk. They read nothing until an analyst of
 * the desk wraps its key for them (the pending list), and need `informacion.analizar` as well.
 *
 * @example
 * const planned = await planAgregarAnalista(ctx, 'drogas', userId)
 */
export async function planAgregarAnalista(ctx: ServiceContext, mesa: Mesa, userId: string) {
  const [persona] = await ctx.db
    .select({ id: users.id })
    .from(users)
    .where(and(eq(users.id, userId), eq(users.kind, 'staff'), isNull(users.disabledAt)))
  if (!persona) throw rechazo('userId', 'invalid')
  return {
    writes: [
      ctx.db.insert(informacionAnalistas).values({ userId, mesa }).onConflictDoNothing(),
      auditEntry(ctx, 'informacion.analyst_added', { type: 'mesa', id: mesa }, { userId }),
    ],
    result: { mesa, userId },
  }
}

/**
 * An administrator takes someone off a desk: their place and every wrapped copy of the desk's
 * keys go. An analyst of the desk should then rotate its key (decision 0044, 7).
 *
 * @example
 * const planned = planQuitarAnalista(ctx, 'drogas', userId)
 */
export function planQuitarAnalista(ctx: ServiceContext, mesa: Mesa, userId: string) {
  return {
    writes: [
      ctx.db
        .delete(informacionAnalistas)
        .where(and(eq(informacionAnalistas.mesa, mesa), eq(informacionAnalistas.userId, userId))),
      ctx.db
        .delete(informacionClavesEnvueltas)
        .where(and(eq(informacionClavesEnvueltas.mesa, mesa), eq(informacionClavesEnvueltas.userId, userId))),
      auditEntry(ctx, 'informacion.analyst_removed', { type: 'mesa', id: mesa }, { userId }),
    ],
    result: { mesa, userId },
  }
}
