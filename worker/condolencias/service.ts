import { and, count, desc, eq, lt, or, sql } from 'drizzle-orm'
import {
  comunas,
  condolenciaReportes,
  condolencias,
  memoriales,
  publicaSql,
  users,
} from '../../db/schema/index.ts'
import { auditEntry } from '../audit.ts'
import { AppError, invalidField } from '../errors.ts'
import type { Locale } from '../i18n/index.ts'
import type { Actor } from '../identity/actor.ts'
import { rowId } from '../ids.ts'
import { enqueueMail } from '../mail/outbox.ts'
import type { Database } from '../ports.ts'
import { preparedFor } from '../prepared.ts'
import { known, type Loaded, readFirst } from '../reads.ts'
import type { Planned, ServiceContext } from '../service.ts'
import { insertRow, type Write } from '../writes.ts'
import { correoDeRechazo } from './correo.ts'
import { retener } from './filtro.ts'
import { fotoDe } from './fotos.ts'
import { cabeceraMemorial, memorialesPorFecha } from './memorial.ts'
import type {
  CondolenciaInput,
  DecisionInput,
  MemorialResumen,
  MemorialView,
  MensajePublico,
  ReporteInput,
} from './schema.ts'

/** How long a message waits before it is public, during which a moderator can stop it (decision 0065). */
export const DEMORA_MS = 2 * 60 * 60_000
/** Messages per page of a memorial. */
export const POR_PAGINA = 20
/** Reports that send a public message back to the moderators' queue. */
export const REPORTES_PARA_RETENER = 3

const queries = preparedFor((db) => ({
  memorial: db
    .select({ id: memoriales.id, slug: memoriales.slug })
    .from(memoriales)
    .where(and(eq(memoriales.slug, sql.placeholder('slug')), eq(memoriales.publicado, true)))
    .prepare(),
  comuna: db
    .select({ cut: comunas.cut, name: comunas.name })
    .from(comunas)
    .where(eq(comunas.cut, sql.placeholder('cut')))
    .prepare(),
}))

/**
 * What a message reads before it is decided: its memorial (published) and, signed with
 * initials, the comuna's name — two statements in the submission's one read batch.
 *
 * @example
 * const reads = condolenciaReads(db, input)
 */
export function condolenciaReads(db: Database, input: CondolenciaInput) {
  return {
    memorial: readFirst(queries(db).memorial, { slug: input.memorial }),
    comuna: input.comuna ? readFirst(queries(db).comuna, { cut: input.comuna }) : known(null),
  }
}
type CondolenciaLoaded = Loaded<ReturnType<typeof condolenciaReads>>

/**
 * A name as initials: one per word, particles too ("María Carmen Del Río" → "M. C. D. R.").
 *
 * @example
 * iniciales('María Carmen Del Río González') // 'M. C. D. R. G.'
 */
export function iniciales(nombre: string): string {
  return nombre
    .split(/[\s-]+/)
    .filter(Boolean)
    .map((palabra) => `${palabra.charAt(0).toLocaleUpperCase('es')}.`)
    .join(' ')
}

/**
 * A signed-in citizen's message on a memorial: signed as they chose, read by the first pass —
 * held (`retenido`, with why) or waiting its delay (`pendiente`, public from `publicarDesde`).
 *
 * @example
 * const { writes, result } = planCondolencia(ctx, actor, input, loaded, 'es')
 */
export function planCondolencia(
  ctx: ServiceContext,
  actor: Actor,
  input: CondolenciaInput,
  loaded: CondolenciaLoaded,
  locale: Locale,
): Planned<{ id: string; estado: 'pendiente' | 'retenido'; publicarDesde: string | null }> {
  if (!loaded.memorial) throw invalidField('memorial', 'invalid_option')
  if (input.comuna && !loaded.comuna) throw invalidField('comuna', 'invalid_option')
  const nombre = `${actor.givenNames} ${actor.familyNames}`.trim()
  const firmaTexto =
    input.firma === 'completa' ? nombre : `${iniciales(nombre)}, ${loaded.comuna?.name ?? ''}`
  const motivos = retener(input.mensaje)
  const now = ctx.clock.now()
  const publicarDesde = new Date(now.getTime() + DEMORA_MS)
  const estado = motivos.length > 0 ? 'retenido' : 'pendiente'
  const id = rowId()
  return {
    writes: [
      insertRow(condolencias, {
        id,
        memorialId: loaded.memorial.id,
        autorId: actor.userId,
        firma: input.firma,
        firmaTexto,
        comunaCut: input.comuna ?? null,
        mensaje: input.mensaje,
        locale,
        estado,
        motivoRetencion: motivos.length > 0 ? motivos.join(',') : null,
        receivedAt: now,
        publicarDesde,
      }),
    ],
    result: { id, estado, publicarDesde: estado === 'pendiente' ? publicarDesde.toISOString() : null },
  }
}

/** A text's first paragraph, at most 200 characters: a memorial's summary in the list. */
function resumenDe(texto: string): string {
  const primero = texto.split(/\n\s*\n/)[0]?.trim() ?? ''
  return primero.length <= 200 ? primero : `${primero.slice(0, 199).trimEnd()}…`
}

/** How many public messages each memorial has, now. */
function mensajesPublicos(db: Database, now: number) {
  return db
    .select({ memorialId: condolencias.memorialId, n: count() })
    .from(condolencias)
    .where(publicaSql(now))
    .groupBy(condolencias.memorialId)
}

/**
 * The published memorials, newest `fecha` first, with their count of public messages.
 *
 * @example
 * const items = await memorialesPublicados(ctx)
 */
export async function memorialesPublicados(
  ctx: Pick<ServiceContext, 'db' | 'clock'>,
): Promise<MemorialResumen[]> {
  const now = ctx.clock.now().getTime()
  const [rows, counts] = await Promise.all([
    memorialesPorFecha(ctx.db, eq(memoriales.publicado, true)),
    mensajesPublicos(ctx.db, now),
  ])
  const n = new Map(counts.map((row) => [row.memorialId, row.n]))
  return rows.map((row) => ({
    ...cabeceraMemorial(row),
    resumen: resumenDe(row.texto),
    foto: fotoDe(row.foto),
    mensajes: n.get(row.id) ?? 0,
  }))
}

/** A published memorial by its slug, or not found. */
async function memorialPublicado(db: Database, slug: string) {
  const [row] = await db
    .select()
    .from(memoriales)
    .where(and(eq(memoriales.slug, slug), eq(memoriales.publicado, true)))
  if (!row) throw new AppError('not_found')
  return row
}

/**
 * What the first page of a memorial's messages is cached under: the version moderators' hands
 * bump, and the instant of its newest public message — which moves by itself when a waiting
 * message's delay passes, with no sweep (decision 0065). Opaque to readers.
 */
async function versionDe(db: Database, memorial: { id: string; version: number }, now: number) {
  const [row] = await db
    .select({ ultimo: sql<number | null>`max(${condolencias.publicarDesde})`, n: count() })
    .from(condolencias)
    .where(and(eq(condolencias.memorialId, memorial.id), publicaSql(now)))
  return { v: `${memorial.version}.${(row?.ultimo ?? 0).toString(36)}`, mensajes: row?.n ?? 0 }
}

/** The path of a memorial's messages. */
const rutaMensajes = (slug: string) => `/api/condolencias/memoriales/${encodeURIComponent(slug)}/mensajes`

/**
 * A published memorial's page, with the URL of its first page of messages (versioned).
 *
 * @example
 * const view = await memorialView(ctx, 'general')
 */
export async function memorialView(
  ctx: Pick<ServiceContext, 'db' | 'clock'>,
  slug: string,
): Promise<MemorialView> {
  const row = await memorialPublicado(ctx.db, slug)
  const { v, mensajes } = await versionDe(ctx.db, row, ctx.clock.now().getTime())
  return {
    ...cabeceraMemorial(row),
    texto: row.texto,
    foto: fotoDe(row.foto),
    mensajes,
    primeraPagina: `${rutaMensajes(row.slug)}?v=${v}`,
  }
}

/** A page's cursor: the last message's public instant and id, so that no message is skipped or repeated. */
function cursorDe(ms: number, id: string): string {
  return `${ms.toString(36)}.${id}`
}

function leerCursor(cursor: string): { ms: number; id: string } {
  const match = /^([0-9a-z]{1,12})\.([0-9A-Za-z_-]{1,64})$/.exec(cursor)
  if (!match?.[1] || !match[2]) throw invalidField('antes', 'invalid_format')
  return { ms: Number.parseInt(match[1], 36), id: match[2] }
}

/**
 * A page of a memorial's public messages, newest first: the first (`antes` absent) or the one
 * after a cursor. Ordered by the instant each became public, then id: a message that becomes
 * public later is always newer than every one already shown, so paging never skips nor repeats.
 * `vigente` says whether `v` is the first page's current version.
 *
 * @example
 * const page = await mensajesDe(ctx, 'general', { v: '3.lx2k' })
 */
export async function mensajesDe(
  ctx: Pick<ServiceContext, 'db' | 'clock'>,
  slug: string,
  query: { v?: string; antes?: string },
): Promise<{ items: MensajePublico[]; siguiente: string | null; vigente: boolean }> {
  const memorial = await memorialPublicado(ctx.db, slug)
  const now = ctx.clock.now().getTime()
  const despues = query.antes ? leerCursor(query.antes) : null
  const [rows, version] = await Promise.all([
    ctx.db
      .select({
        id: condolencias.id,
        firma: condolencias.firmaTexto,
        mensaje: condolencias.mensaje,
        publicarDesde: condolencias.publicarDesde,
      })
      .from(condolencias)
      .where(
        and(
          eq(condolencias.memorialId, memorial.id),
          publicaSql(now),
          despues
            ? or(
                lt(condolencias.publicarDesde, new Date(despues.ms)),
                and(eq(condolencias.publicarDesde, new Date(despues.ms)), lt(condolencias.id, despues.id)),
              )
            : undefined,
        ),
      )
      .orderBy(desc(condolencias.publicarDesde), desc(condolencias.id))
      .limit(POR_PAGINA + 1),
    query.antes ? null : versionDe(ctx.db, memorial, now),
  ])
  const page = rows.slice(0, POR_PAGINA)
  const last = page.at(-1)
  const siguiente =
    rows.length > POR_PAGINA && last
      ? `${rutaMensajes(memorial.slug)}?antes=${cursorDe(last.publicarDesde.getTime(), last.id)}`
      : null
  return {
    items: page.map((row) => ({
      id: row.id,
      firma: row.firma,
      mensaje: row.mensaje,
      publicadoAt: row.publicarDesde.toISOString(),
    })),
    siguiente,
    vigente: version !== null && version.v === query.v,
  }
}

/** Who a reader is, for one report each: their account, or a hash of where they came from. */
async function lectorDe(actor: Actor | null, address: string | null): Promise<string> {
  if (actor) return `u:${actor.userId}`
  const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(address ?? 'desconocido'))
  const hex = [...new Uint8Array(digest)].map((b) => b.toString(16).padStart(2, '0')).join('')
  return `a:${hex.slice(0, 32)}`
}

/**
 * A reader's report of a public message: kept once per reader; the third sends the message back
 * to the moderators' queue (`retenido`, for `reportes`), which changes what readers see.
 *
 * @example
 * const planned = await planReporte(ctx, id, { motivo: 'ofensivo' })
 */
export async function planReporte(
  ctx: ServiceContext,
  id: string,
  input: ReporteInput,
): Promise<Planned<null>> {
  const now = ctx.clock.now()
  const [row] = await ctx.db
    .select({ id: condolencias.id, memorialId: condolencias.memorialId })
    .from(condolencias)
    .where(and(eq(condolencias.id, id), publicaSql(now.getTime())))
  if (!row) throw new AppError('not_found')
  const lector = await lectorDe(ctx.actor, ctx.clientAddress)
  const insert = ctx.db
    .insert(condolenciaReportes)
    .values({
      condolenciaId: id,
      lector,
      motivo: input.motivo,
      detalle: input.detalle ?? null,
      createdAt: now,
    })
    .onConflictDoNothing()
  // Held again once enough readers reported it; the memorial's version moves with what it shows.
  const enough = sql`(select count(*) from ${condolenciaReportes} where ${condolenciaReportes.condolenciaId} = ${id}) >= ${REPORTES_PARA_RETENER}`
  const hold = ctx.db
    .update(condolencias)
    .set({ estado: 'retenido', motivoRetencion: 'reportes' })
    .where(and(eq(condolencias.id, id), publicaSql(now.getTime()), enough))
  const bump = ctx.db
    .update(memoriales)
    .set({ version: sql`${memoriales.version} + 1` })
    .where(
      and(
        eq(memoriales.id, row.memorialId),
        // True only once the statement before held it: it was public when the reads saw it.
        sql`exists (select 1 from ${condolencias} where ${condolencias.id} = ${id} and ${condolencias.estado} = 'retenido')`,
      ),
    )
  return { writes: [insert, hold, bump], result: null }
}

/** Which messages a moderator's queue lists. */
export type Cola = 'retenido' | 'pendiente' | 'reportado'

export interface EnCola {
  id: string
  memorial: { slug: string; nombre: string }
  firma: string
  mensaje: string
  estado: string
  motivoRetencion: string | null
  reportes: number
  receivedAt: string
  publicarDesde: string
}

/**
 * The moderators' queue, oldest first: messages held by the first pass or by reports, those still
 * waiting their delay (which a moderator may stop), or public ones readers reported.
 *
 * @example
 * const items = await cola(ctx, 'retenido')
 */
export async function cola(ctx: Pick<ServiceContext, 'db' | 'clock'>, estado: Cola): Promise<EnCola[]> {
  const now = ctx.clock.now().getTime()
  const reportes = ctx.db
    .select({ condolenciaId: condolenciaReportes.condolenciaId, n: count().as('n') })
    .from(condolenciaReportes)
    .groupBy(condolenciaReportes.condolenciaId)
    .as('reportes')
  const where =
    estado === 'retenido'
      ? eq(condolencias.estado, 'retenido')
      : estado === 'pendiente'
        ? and(eq(condolencias.estado, 'pendiente'), sql`${condolencias.publicarDesde} > ${now}`)
        : and(publicaSql(now), sql`${reportes.n} > 0`)
  const rows = await ctx.db
    .select({
      id: condolencias.id,
      slug: memoriales.slug,
      nombre: memoriales.nombre,
      firma: condolencias.firmaTexto,
      mensaje: condolencias.mensaje,
      estado: condolencias.estado,
      publicarDesde: condolencias.publicarDesde,
      motivoRetencion: condolencias.motivoRetencion,
      reportes: sql<number>`coalesce(${reportes.n}, 0)`,
      receivedAt: condolencias.receivedAt,
    })
    .from(condolencias)
    .innerJoin(memoriales, eq(memoriales.id, condolencias.memorialId))
    .leftJoin(reportes, eq(reportes.condolenciaId, condolencias.id))
    .where(where)
    .orderBy(condolencias.receivedAt)
    .limit(200)
  return rows.map((row) => ({
    id: row.id,
    memorial: { slug: row.slug, nombre: row.nombre },
    firma: row.firma,
    mensaje: row.mensaje,
    // A waiting message whose delay has passed is public: the queue says so.
    estado: row.estado === 'pendiente' && row.publicarDesde.getTime() <= now ? 'publicado' : row.estado,
    motivoRetencion: row.motivoRetencion,
    reportes: Number(row.reportes),
    receivedAt: row.receivedAt.toISOString(),
    publicarDesde: row.publicarDesde.toISOString(),
  }))
}

/**
 * A moderator's decision on a message: published now (its public instant is now: it joins the
 * top of the pages), or rejected — withdrawn if it was public — with the reason mailed to its
 * author in the language they wrote in. Either changes what readers see: the memorial's version
 * goes up. The audit log keeps who decided what.
 *
 * @example
 * const planned = await planDecision(ctx, actor, id, { decision: 'rechazar', motivo: 'Datos personales.' }, publicUrl)
 */
export async function planDecision(
  ctx: ServiceContext,
  actor: Actor,
  id: string,
  input: DecisionInput,
  publicUrl: string,
): Promise<Planned<{ id: string; estado: 'publicado' | 'rechazado' }>> {
  const [row] = await ctx.db
    .select({
      id: condolencias.id,
      estado: condolencias.estado,
      memorialId: condolencias.memorialId,
      mensaje: condolencias.mensaje,
      locale: condolencias.locale,
      publicarDesde: condolencias.publicarDesde,
      email: users.email,
      givenNames: users.givenNames,
      memorial: memoriales.nombre,
    })
    .from(condolencias)
    .innerJoin(memoriales, eq(memoriales.id, condolencias.memorialId))
    .leftJoin(users, eq(users.id, condolencias.autorId))
    .where(eq(condolencias.id, id))
  if (!row) throw new AppError('not_found')
  const now = ctx.clock.now()
  const publica = row.estado === 'publicado' || (row.estado === 'pendiente' && row.publicarDesde <= now)
  if (input.decision === 'publicar' && publica) return { writes: [], result: { id, estado: 'publicado' } }
  if (input.decision === 'rechazar' && row.estado === 'rechazado') {
    return { writes: [], result: { id, estado: 'rechazado' } }
  }
  const estado = input.decision === 'publicar' ? 'publicado' : 'rechazado'
  const writes: Write[] = [
    ctx.db
      .update(condolencias)
      .set({
        estado,
        moderadoPor: actor.userId,
        moderadoAt: now,
        ...(input.decision === 'publicar' ? { publicarDesde: now } : { motivoRechazo: input.motivo }),
      })
      .where(and(eq(condolencias.id, id), eq(condolencias.estado, row.estado))),
    ctx.db
      .update(memoriales)
      .set({ version: sql`${memoriales.version} + 1` })
      .where(eq(memoriales.id, row.memorialId)),
    auditEntry(
      ctx,
      'condolencia.moderated',
      { type: 'condolencia', id },
      { decision: input.decision, desde: row.estado },
    ),
  ]
  if (input.decision === 'rechazar' && row.email) {
    const mail = correoDeRechazo(row.locale, {
      nombre: row.givenNames ?? '',
      memorial: row.memorial,
      mensaje: row.mensaje,
      motivo: input.motivo,
    })
    writes.push(enqueueMail(now, new URL(publicUrl).hostname, { to: row.email, ...mail }))
  }
  return { writes, result: { id, estado } }
}
