import type { InArgs } from '@libsql/client'
import { and, asc, eq, isNull, ne, sql } from 'drizzle-orm'
import { parsePatente } from '../../core/identificadores.ts'
import { localDate } from '../../core/time.ts'
import {
  informacionAnalistas,
  informacionEstados,
  informaciones,
  informacionMensajes,
  informacionMesas,
  informacionNotas,
  users,
} from '../../db/schema/index.ts'
import { auditEntry } from '../audit.ts'
import { AppError, invalidField, isNotNullViolation } from '../errors.ts'
import type { Actor } from '../identity/actor.ts'
import { rowId } from '../ids.ts'
import type { Database } from '../ports.ts'
import { readOne } from '../reads.ts'
import type { Registries, StolenVehicle } from '../registries/index.ts'
import type { Planned, ServiceContext } from '../service.ts'
import type { Statement } from '../writes.ts'
import { archivosDeTip } from './archivos.ts'
import type { Mesa } from './schema.ts'
import type { DerivarInput, Estado, ResellarInput } from './seguimiento-schema.ts'

/** A ciphertext sealed to a desk's key of a version. */
interface SelladoMesa {
  enc: string
  cifrado: string
  claveVersion: number
}

/**
 * A desk's queue, oldest first: no content, so not audited (decision 0047). `archivos` counts the
 * files of the tip and of its messages.
 *
 * @example
 * await tipsDeMesa(db, 'drogas', 'nueva') // [{ id, dia, estado, claveVersion, mensajesSinLeer, archivos }]
 */
export async function tipsDeMesa(db: Database, mesa: Mesa, estado?: Estado) {
  // Written out: drizzle leaves a column in a subquery unqualified, and both tables have an `id`.
  const sinLeer = sql<number>`(select count(*) from informacion_mensajes m where m.informacion_id = "informaciones"."id" and m.autor = 'informante' and m.leido_at is null)`
  const archivos = sql<number>`(select count(*) from informacion_archivos a where a.informacion_id = "informaciones"."id")`
  const filas = await db
    .select({
      id: informaciones.id,
      dia: informaciones.dia,
      estado: informaciones.estado,
      claveVersion: informaciones.claveVersion,
      mensajesSinLeer: sinLeer,
      archivos,
    })
    .from(informaciones)
    .where(and(eq(informaciones.mesa, mesa), estado ? eq(informaciones.estado, estado) : undefined))
    .orderBy(asc(informaciones.dia), sql`${informaciones}.rowid`)
  return filas.map((f) => ({
    ...f,
    mensajesSinLeer: Number(f.mensajesSinLeer),
    archivos: Number(f.archivos),
  }))
}

/** The tip `id` if it is on desk `mesa`; 404 otherwise (another desk's tip is not there at all). */
async function tipDeMesa(db: Database, mesa: Mesa, id: string) {
  const [tip] = await db
    .select()
    .from(informaciones)
    .where(and(eq(informaciones.id, id), eq(informaciones.mesa, mesa)))
  if (!tip) throw new AppError('not_found')
  return tip
}

/** The desk's current key version; null for a desk without a key. */
async function versionVigente(db: Database, mesa: Mesa): Promise<number | null> {
  const [fila] = await db
    .select({ version: informacionMesas.claveVersion })
    .from(informacionMesas)
    .where(eq(informacionMesas.id, mesa))
  return fila?.version ?? null
}

/**
 * One tip for an analyst of its desk: its ciphertext, the tipster's reply key, the messages both
 * ways, the notes with their authors, its files (H2's, at merge) and its history. The read is
 * audited (who, which tip, when; nothing of the tipster) and marks the tipster's messages read.
 *
 * @example
 * const { writes, result } = await planLeerTip(ctx, 'drogas', id)
 */
export async function planLeerTip(ctx: ServiceContext, mesa: Mesa, id: string) {
  const tip = await tipDeMesa(ctx.db, mesa, id)
  const [mensajes, notas, historial, archivos] = await Promise.all([
    ctx.db
      .select({
        id: informacionMensajes.id,
        autor: informacionMensajes.autor,
        dia: informacionMensajes.dia,
        enc: informacionMensajes.enc,
        cifrado: informacionMensajes.cifrado,
        mesa: informacionMensajes.mesa,
        claveVersion: informacionMensajes.claveVersion,
      })
      .from(informacionMensajes)
      .where(eq(informacionMensajes.informacionId, id))
      .orderBy(sql`${informacionMensajes}.rowid`),
    ctx.db
      .select({
        id: informacionNotas.id,
        dia: informacionNotas.dia,
        enc: informacionNotas.enc,
        cifrado: informacionNotas.cifrado,
        claveVersion: informacionNotas.claveVersion,
        porId: informacionNotas.por,
        nombres: users.givenNames,
        apellidos: users.familyNames,
      })
      .from(informacionNotas)
      .leftJoin(users, eq(users.id, informacionNotas.por))
      .where(eq(informacionNotas.informacionId, id))
      .orderBy(sql`${informacionNotas}.rowid`),
    ctx.db
      .select({
        at: informacionEstados.at,
        mesa: informacionEstados.mesa,
        estado: informacionEstados.estado,
        porId: informacionEstados.por,
        nombres: users.givenNames,
        apellidos: users.familyNames,
      })
      .from(informacionEstados)
      .leftJoin(users, eq(users.id, informacionEstados.por))
      .where(eq(informacionEstados.informacionId, id))
      .orderBy(asc(informacionEstados.at), sql`${informacionEstados}.rowid`),
    archivosDeTip(ctx.db, id),
  ])
  const persona = (f: { porId: string | null; nombres: string | null; apellidos: string | null }) =>
    f.porId ? { id: f.porId, nombre: `${f.nombres ?? ''} ${f.apellidos ?? ''}`.trim() } : null
  const now = ctx.clock.now()
  return {
    writes: [
      auditEntry(ctx, 'informacion.tip_read', { type: 'informacion', id }, { mesa }),
      ctx.db
        .update(informacionMensajes)
        .set({ leidoAt: now })
        .where(
          and(
            eq(informacionMensajes.informacionId, id),
            eq(informacionMensajes.autor, 'informante'),
            isNull(informacionMensajes.leidoAt),
          ),
        ),
    ],
    result: {
      id: tip.id,
      dia: tip.dia,
      estado: tip.estado,
      mesa: tip.mesa,
      claveVersion: tip.claveVersion,
      tip: { enc: tip.enc, cifrado: tip.cifrado },
      respuestaClave: tip.respuestaClave,
      mensajes: mensajes.map((m) => ({
        id: m.id,
        autor: m.autor,
        dia: m.dia,
        sellado: { enc: m.enc, cifrado: m.cifrado },
        // A tipster's message: the desk it is sealed to (another, until that desk re-seals it).
        ...(m.claveVersion === null ? {} : { mesa: m.mesa, claveVersion: m.claveVersion }),
      })),
      notas: notas.map((n) => ({
        id: n.id,
        dia: n.dia,
        autor: persona(n),
        sellado: { enc: n.enc, cifrado: n.cifrado },
        claveVersion: n.claveVersion,
      })),
      archivos,
      // The arrival is the tip's day; every later change is an analyst's, with its time.
      historial: [
        { dia: tip.dia, at: null, mesa: null, estado: 'nueva', por: null },
        ...historial.map((h) => ({
          dia: localDate(h.at),
          at: h.at.toISOString(),
          mesa: h.mesa,
          estado: h.estado,
          por: persona(h),
        })),
      ],
    },
  }
}

/**
 * A row of a tip's history, written only while `condicion` holds when the batch runs (else its
 * state is NULL and the whole batch is refused: a conflict, see {@link esConflicto}).
 */
function historia(
  tipId: string,
  mesa: Mesa,
  estado: string,
  por: string,
  at: Date,
  condicion: { sql: string; args: InArgs },
): Statement {
  const args = Array.isArray(condicion.args) ? condicion.args : []
  return {
    sql: `insert into informacion_estados (id, informacion_id, mesa, estado, por, at)
          values (?, ?, ?, (select ? where ${condicion.sql}), ?, ?)`,
    args: [rowId(), tipId, mesa, estado, ...args, por, at.getTime()],
  }
}

/** The condition that the tip is still on desk `mesa` (not forwarded since it was read). */
const sigueEn = (tipId: string, mesa: Mesa) => ({
  sql: 'exists (select 1 from informaciones where id = ? and mesa = ?)',
  args: [tipId, mesa],
})

/** A note's insert, refused (NULL tip) if the tip left the desk since it was read. */
function insertNota(
  tipId: string,
  mesa: Mesa,
  actor: Actor,
  nota: SelladoMesa & { id: string; dia: string },
): Statement {
  return {
    sql: `insert into informacion_notas (id, informacion_id, por, dia, enc, cifrado, clave_version)
          values (?, (select id from informaciones where id = ? and mesa = ?), ?, ?, ?, ?, ?)`,
    args: [nota.id, tipId, mesa, actor.userId, nota.dia, nota.enc, nota.cifrado, nota.claveVersion],
  }
}

/** A note must be sealed to the desk's current key: a forward re-seals every note to one version. */
async function comprobarNota(db: Database, mesa: Mesa, nota: SelladoMesa | undefined, field: string) {
  if (nota && nota.claveVersion !== (await versionVigente(db, mesa)))
    throw invalidField(field, 'clave_vencida')
}

/**
 * A failed batch of this module that lost to a change that came between the read and the write
 * (the tip forwarded, a message or note added during a forward) is a 409: the analyst reloads.
 *
 * @example
 * return commit(c, await planNota(…), 201, conflictoDeTip)
 */
export function conflictoDeTip(error: unknown): AppError | undefined {
  const perdio =
    isNotNullViolation(error, 'informacion_estados.estado') ||
    isNotNullViolation(error, 'informacion_notas.informacion_id') ||
    isNotNullViolation(error, 'informacion_mensajes.informacion_id')
  return perdio ? new AppError('conflict', { cause: error }) : undefined
}

/**
 * An analyst sets a tip's state (not `derivada`: forwarding does), with a note if they wrote one.
 *
 * @example
 * const planned = await planEstado(ctx, actor, 'drogas', id, { estado: 'en_analisis' })
 */
export async function planEstado(
  ctx: ServiceContext,
  actor: Actor,
  mesa: Mesa,
  id: string,
  input: { estado: Estado; nota?: SelladoMesa | undefined },
): Promise<Planned<{ id: string; estado: Estado }>> {
  if (input.estado === 'derivada') throw invalidField('estado', 'invalid')
  const tip = await tipDeMesa(ctx.db, mesa, id)
  await comprobarNota(ctx.db, mesa, input.nota, 'nota')
  const now = ctx.clock.now()
  return {
    writes: [
      historia(tip.id, mesa, input.estado, actor.userId, now, sigueEn(tip.id, mesa)),
      ctx.db
        .update(informaciones)
        .set({ estado: input.estado })
        .where(and(eq(informaciones.id, tip.id), eq(informaciones.mesa, mesa))),
      ...(input.nota
        ? [insertNota(tip.id, mesa, actor, { ...input.nota, id: rowId(), dia: localDate(now) })]
        : []),
      auditEntry(
        ctx,
        'informacion.tip_state_changed',
        { type: 'informacion', id: tip.id },
        { mesa, de: tip.estado, a: input.estado },
      ),
    ],
    result: { id: tip.id, estado: input.estado },
  }
}

/**
 * An analyst's note on a tip, sealed in their browser to the desk's current key.
 *
 * @example
 * const planned = await planNota(ctx, actor, 'drogas', id, { enc, cifrado, claveVersion: 1 })
 */
export async function planNota(ctx: ServiceContext, actor: Actor, mesa: Mesa, id: string, nota: SelladoMesa) {
  const tip = await tipDeMesa(ctx.db, mesa, id)
  await comprobarNota(ctx.db, mesa, nota, 'nota')
  const result = { id: rowId(), dia: localDate(ctx.clock.now()) }
  return {
    writes: [
      insertNota(tip.id, mesa, actor, { ...nota, ...result }),
      auditEntry(ctx, 'informacion.note_added', { type: 'informacion', id: tip.id }, { mesa }),
    ],
    result,
  }
}

/**
 * An analyst's question to the tipster, sealed in their browser to the tip's reply key: the
 * tipster reads it when they come back with their receipt key. The desk cannot open that again, so
 * its copy, sealed to the desk's current key, is kept as a note with the question's id (the tip
 * screen shows it as the question, not among the notes; a forward re-seals it with the notes).
 *
 * @example
 * const planned = await planPregunta(ctx, actor, 'drogas', id, { sellado, copia: { enc, cifrado, claveVersion: 1 } })
 */
export async function planPregunta(
  ctx: ServiceContext,
  actor: Actor,
  mesa: Mesa,
  id: string,
  input: { sellado: { enc: string; cifrado: string }; copia: SelladoMesa },
) {
  const tip = await tipDeMesa(ctx.db, mesa, id)
  await comprobarNota(ctx.db, mesa, input.copia, 'copia')
  const result = { id: crypto.randomUUID(), dia: localDate(ctx.clock.now()) }
  return {
    writes: [
      {
        sql: `insert into informacion_mensajes (id, informacion_id, autor, dia, enc, cifrado, por)
              values (?, (select id from informaciones where id = ? and mesa = ?), 'mesa', ?, ?, ?, ?)`,
        args: [result.id, tip.id, mesa, result.dia, input.sellado.enc, input.sellado.cifrado, actor.userId],
      },
      insertNota(tip.id, mesa, actor, { ...input.copia, ...result }),
      auditEntry(ctx, 'informacion.question_asked', { type: 'informacion', id: tip.id }, { mesa }),
    ],
    result,
  }
}

/** Whether `dados` names exactly the ids of `tenidos`, each once. */
function mismoConjunto(tenidos: string[], dados: string[]): boolean {
  const set = new Set(dados)
  return set.size === dados.length && set.size === tenidos.length && tenidos.every((id) => set.has(id))
}

/**
 * Forwards a tip to another desk: every desk-sealed ciphertext of it (the tip, the tipster's
 * messages, the notes), re-sealed in the analyst's browser to the target desk's current key,
 * replaces the old one in one batch. The set must be complete and of that version; a message or
 * note that arrives meanwhile, or a rotation of the target's key, refuses the batch (a conflict).
 * History: `derivada` on the old desk, `nueva` on the new one.
 *
 * @example
 * const planned = await planDerivar(ctx, actor, 'drogas', id, { mesa: 'vehiculos', tip, mensajes, notas })
 */
export async function planDerivar(
  ctx: ServiceContext,
  actor: Actor,
  mesa: Mesa,
  id: string,
  input: DerivarInput,
): Promise<Planned<{ id: string; mesa: Mesa; estado: 'nueva' }>> {
  if (input.mesa === mesa) throw invalidField('mesa', 'invalid')
  await tipDeMesa(ctx.db, mesa, id)
  const version = await versionVigente(ctx.db, input.mesa)
  if (version === null) throw invalidField('mesa', 'mesa_sin_clave')
  if (input.tip.claveVersion !== version) throw invalidField('tip', 'clave_vencida')
  const [mensajes, notas] = await Promise.all([
    ctx.db
      .select({ id: informacionMensajes.id })
      .from(informacionMensajes)
      .where(and(eq(informacionMensajes.informacionId, id), eq(informacionMensajes.mesa, mesa))),
    ctx.db
      .select({ id: informacionNotas.id })
      .from(informacionNotas)
      .where(eq(informacionNotas.informacionId, id)),
  ])
  for (const [field, tenidos, dados] of [
    ['mensajes', mensajes, input.mensajes],
    ['notas', notas, input.notas],
  ] as const) {
    if (
      !mismoConjunto(
        tenidos.map((t) => t.id),
        dados.map((d) => d.id),
      )
    ) {
      throw invalidField(field, 'invalid')
    }
    if (dados.some((d) => d.claveVersion !== version)) throw invalidField(field, 'clave_vencida')
  }
  const now = ctx.clock.now()
  // Nothing moves unless, when the batch runs, the tip is still here with the same messages and
  // notes, and the target's key is the one everything was sealed to.
  const igual = {
    sql: `exists (select 1 from informaciones where id = ? and mesa = ?)
          and (select count(*) from informacion_mensajes where informacion_id = ? and mesa = ?) = ?
          and (select count(*) from informacion_notas where informacion_id = ?) = ?
          and (select clave_version from informacion_mesas where id = ?) = ?`,
    args: [id, mesa, id, mesa, mensajes.length, id, notas.length, input.mesa, version],
  }
  return {
    writes: [
      historia(id, mesa, 'derivada', actor.userId, now, igual),
      ctx.db
        .update(informaciones)
        .set({
          mesa: input.mesa,
          enc: input.tip.enc,
          cifrado: input.tip.cifrado,
          claveVersion: version,
          estado: 'nueva',
        })
        .where(eq(informaciones.id, id)),
      ...input.mensajes.map((m) =>
        ctx.db
          .update(informacionMensajes)
          .set({ mesa: input.mesa, enc: m.enc, cifrado: m.cifrado, claveVersion: m.claveVersion })
          .where(and(eq(informacionMensajes.id, m.id), eq(informacionMensajes.informacionId, id))),
      ),
      ...input.notas.map((n) =>
        ctx.db
          .update(informacionNotas)
          .set({ enc: n.enc, cifrado: n.cifrado, claveVersion: n.claveVersion })
          .where(and(eq(informacionNotas.id, n.id), eq(informacionNotas.informacionId, id))),
      ),
      historia(id, input.mesa, 'nueva', actor.userId, now, sigueEn(id, input.mesa)),
      auditEntry(
        ctx,
        'informacion.tip_forwarded',
        { type: 'informacion', id },
        { de: mesa, a: input.mesa, version },
      ),
    ],
    result: { id, mesa: input.mesa, estado: 'nueva' },
  }
}

/**
 * A tipster's messages sealed for this desk whose tip is now on another (decision 0047): what the
 * desk's analyst opens and re-seals for the tip's desk. Only the messages, never their tip.
 *
 * @example
 * await porResellar(db, 'drogas') // [{ id, dia, sellado, claveVersion, para: { mesa, claveVersion } }]
 */
export async function porResellar(db: Database, mesa: Mesa) {
  const filas = await db
    .select({
      id: informacionMensajes.id,
      dia: informacionMensajes.dia,
      enc: informacionMensajes.enc,
      cifrado: informacionMensajes.cifrado,
      claveVersion: informacionMensajes.claveVersion,
      paraMesa: informaciones.mesa,
      paraVersion: informacionMesas.claveVersion,
    })
    .from(informacionMensajes)
    .innerJoin(informaciones, eq(informaciones.id, informacionMensajes.informacionId))
    .innerJoin(informacionMesas, eq(informacionMesas.id, informaciones.mesa))
    .where(and(eq(informacionMensajes.mesa, mesa), ne(informaciones.mesa, mesa)))
  return filas.map((f) => ({
    id: f.id,
    dia: f.dia,
    sellado: { enc: f.enc, cifrado: f.cifrado },
    claveVersion: f.claveVersion,
    para: { mesa: f.paraMesa, claveVersion: f.paraVersion },
  }))
}

/**
 * Re-seals messages of {@link porResellar} for the desk their tip is on: each must be one of them,
 * sealed to that desk's current key; the update holds only while that is still so when it runs.
 *
 * @example
 * const planned = await planResellar(ctx, 'drogas', { mensajes: [{ id, enc, cifrado, claveVersion: 2 }] })
 */
export async function planResellar(
  ctx: ServiceContext,
  mesa: Mesa,
  input: ResellarInput,
): Promise<Planned<{ resellados: number }>> {
  const pendientes = new Map((await porResellar(ctx.db, mesa)).map((p) => [p.id, p]))
  for (const m of input.mensajes) {
    const pendiente = pendientes.get(m.id)
    if (!pendiente) throw invalidField('mensajes', 'invalid')
    if (m.claveVersion !== pendiente.para.claveVersion) throw invalidField('mensajes', 'clave_vencida')
  }
  return {
    writes: input.mensajes.flatMap((m) => {
      const para = pendientes.get(m.id)?.para
      return para
        ? [
            {
              sql: `update informacion_mensajes set mesa = ?, enc = ?, cifrado = ?, clave_version = ?
                    where id = ? and mesa = ?
                      and (select i.mesa from informaciones i where i.id = informacion_id) = ?
                      and (select clave_version from informacion_mesas where id = ?) = ?`,
              args: [
                para.mesa,
                m.enc,
                m.cifrado,
                m.claveVersion,
                m.id,
                mesa,
                para.mesa,
                para.mesa,
                m.claveVersion,
              ],
            },
            auditEntry(
              ctx,
              'informacion.message_resealed',
              { type: 'informacion_mensaje', id: m.id },
              { de: mesa, a: para.mesa },
            ),
          ]
        : []
    }),
    result: { resellados: input.mensajes.length },
  }
}

/**
 * An analyst checks a plate against the stolen-vehicle registry: an analyst of any desk (a vehicle
 * may turn up in a drugs tip), anyone else 404; the check is audited.
 *
 * @example
 * return commitRead(c, await planVehiculo(ctx, registries, actor, 'BBCL12'))
 */
export async function planVehiculo(
  ctx: ServiceContext,
  registries: Pick<Registries, 'stolenVehicles'>,
  actor: Actor,
  patente: string,
): Promise<Planned<{ patente: string; robado: StolenVehicle | null }>> {
  const [desk] = await ctx.db
    .select({ mesa: informacionAnalistas.mesa })
    .from(informacionAnalistas)
    .where(eq(informacionAnalistas.userId, actor.userId))
    .limit(1)
  if (!desk) throw new AppError('not_found')
  const leida = parsePatente(patente)
  if (!leida) throw invalidField('patente', 'patente_invalida')
  const robado = await readOne(ctx.db, registries.stolenVehicles.lookup(leida.patente))
  return {
    writes: [
      auditEntry(
        ctx,
        'informacion.vehicle_checked',
        { type: 'patente', id: leida.patente },
        { robado: !!robado },
      ),
    ],
    result: { patente: leida.patente, robado },
  }
}
