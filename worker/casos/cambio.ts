import { and, eq, sql } from 'drizzle-orm'
import { casos } from '../../db/schema/index.ts'
import { auditEntry } from '../audit.ts'
import { contar } from '../cifras/contar.ts'
import { AppError } from '../errors.ts'
import { rowId } from '../ids.ts'
import { enqueueMail } from '../mail/outbox.ts'
import type { ServiceContext } from '../service.ts'
import type { Statement, Write } from '../writes.ts'
import type { Caso } from './caso.ts'
import { type Accion, pasoPermitido, type ServicioDeCasos, vencimiento } from './maquina.ts'
import { correoDeCambio } from './palabras.ts'

/** Who made a change, as the history records it. */
export interface Autor {
  tipo: 'ciudadano' | 'funcionario' | 'sistema'
  /** The account; null for the system. */
  id: string | null
}

/** A change to a case: the step, who takes it, what the history says of it. */
export interface Cambio {
  accion: Accion
  autor: Autor
  /** What the history entry records besides the action (a unit, a RUC, a reason…), as text. */
  detalle?: Record<string, string>
  /** The unit that holds the case from now on (a derivation). */
  unidadCode?: string
  /** The new due date of a step whose term is `legal` (the service computed it in working days). */
  venceAt?: Date
}

/** What a change needs besides the case: the request's context and the portal's address (for the link). */
export type CambioContext = Pick<
  ServiceContext,
  'db' | 'clock' | 'cifras' | 'requestId' | 'clientAddress' | 'actor'
> & {
  publicUrl: string
}

/**
 * The text of the history entry's INSERT, guarded: its case id is read from the case only if the
 * case is still at the version its author saw, else it is NULL and the NOT NULL constraint fails
 * the whole batch (the case's update, its e-mail, its audit entry with it). One statement, no
 * read-then-write: on Turso and in the group commit alike, the second of two officers acting on
 * the same version finds the first's committed and writes nothing.
 */
const GUARDED_ENTRY = `insert into "casos_historia" ("id", "caso_id", "at", "estado", "actor_tipo", "actor_id", "detalle")
 values (?, (select "id" from "casos" where "id" = ? and "version" = ?), ?, ?, ?, ?, ?)`

/**
 * Whether a batch failed because a case changed under it: a guarded history entry found the case
 * at another version (see {@link cambiarEstado}). The route answers 409.
 *
 * @example
 * if (esCambioConcurrente(error)) throw new AppError('conflict')
 */
export function esCambioConcurrente(error: unknown): boolean {
  return /NOT NULL constraint failed: casos_historia\.caso_id/.test(
    String((error as { cause?: unknown })?.cause ?? error),
  )
}

/**
 * The writes of one change to a case, to run in one batch: the history entry (who and when,
 * append-only) guarded on the version the author saw, the case's new state and due date, the
 * figures it moves, the e-mail that tells the citizen (number, state and a link; nothing of the
 * report) and the audit entry. Throws 409 `conflict` when the machine does not allow the step
 * from the state the case is in; a concurrent change is refused by the batch itself
 * ({@link esCambioConcurrente}).
 *
 * @example
 * const writes = cambiarEstado(ctx, DENUNCIA, caso, { accion: 'derivar', autor, detalle: { unidad, unidad_nombre }, unidadCode: unidad })
 */
export function cambiarEstado(
  ctx: CambioContext,
  servicio: ServicioDeCasos,
  caso: Caso,
  cambio: Cambio,
): Write[] {
  const { maquina } = servicio
  const paso = pasoPermitido(maquina, cambio.accion, caso.estado)
  if (!paso) throw new AppError('conflict')
  const now = ctx.clock.now()
  const hacia = paso.hacia ?? caso.estado
  const detalle = { accion: cambio.accion, ...cambio.detalle }
  const entry: Statement = {
    sql: GUARDED_ENTRY,
    args: [
      rowId(),
      caso.id,
      caso.version,
      now.getTime(),
      hacia,
      cambio.autor.tipo,
      cambio.autor.id,
      JSON.stringify(detalle),
    ],
  }
  const hito = hitos(servicio, caso, cambio.accion, hacia, now)
  const writes: Write[] = [
    entry,
    ctx.db
      .update(casos)
      .set({
        estado: hacia,
        version: sql`${casos.version} + 1`,
        updatedAt: now,
        venceAt: vencimiento(paso.vence, caso.venceAt, now, cambio.venceAt),
        ...(cambio.unidadCode === undefined ? {} : { unidadCode: cambio.unidadCode }),
        ...hito.set,
      })
      .where(and(eq(casos.id, caso.id), eq(casos.version, caso.version))),
    ...hito.eventos.flatMap(({ evento, en, n }) =>
      contar(ctx, servicio.cifras, { evento, en, n, comuna: caso.comunaCut ?? '' }),
    ),
    auditEntry(
      ctx,
      'caso.changed',
      { type: 'caso', id: caso.id },
      { numero: caso.numero, accion: cambio.accion, desde: caso.estado, hacia },
    ),
  ]
  if (paso.ciudadano && caso.correo) {
    const link = new URL(servicio.pagina(caso.numero), ctx.publicUrl).toString()
    const mail = correoDeCambio(servicio.palabras[caso.locale], caso.locale, {
      numero: caso.numero,
      estado: hacia,
      link,
    })
    writes.push(enqueueMail(now, new URL(ctx.publicUrl).hostname, { to: caso.correo, ...mail }))
  }
  return writes
}

type Evento = 'triada' | 'derivada' | 'enviada' | 'cerrada'

/**
 * The milestones a step reaches for the first time: their instants on the case (what the figures
 * and their recount read, and the retention's clock) and the events counted. A case reopened
 * leaves its end: its close is taken back — `cerrado_at` cleared, so the retention's clock stops
 * and the recount no longer sees it, and the `cerrada` counted on that day uncounted — and
 * counted again when it ends again.
 */
function hitos(servicio: ServicioDeCasos, caso: Caso, accion: Accion, hacia: string, now: Date) {
  const { maquina } = servicio
  const set: Partial<Record<'triadaAt' | 'derivadaAt' | 'enviadaAt', Date>> & { cerradoAt?: Date | null } = {}
  const eventos: { evento: Evento; en: Date; n?: number }[] = []
  if (hacia === caso.estado) return { set, eventos }
  if (!caso.triadaAt && maquina.finDeTriaje.includes(hacia)) {
    set.triadaAt = now
    eventos.push({ evento: 'triada', en: now })
  }
  if (!caso.derivadaAt && hacia === maquina.enUnidad) {
    set.derivadaAt = now
    eventos.push({ evento: 'derivada', en: now })
  }
  if (maquina.terminales.includes(hacia)) {
    // Sent or closed, it is over for us: the retention's clock starts (db/catalog.ts).
    set.cerradoAt = now
    if (accion === 'recibir_ruc') {
      set.enviadaAt = now
      eventos.push({ evento: 'enviada', en: now })
    } else eventos.push({ evento: 'cerrada', en: now })
  } else if (caso.cerradoAt && maquina.terminales.includes(caso.estado)) {
    set.cerradoAt = null
    eventos.push({ evento: 'cerrada', en: caso.cerradoAt, n: -1 })
  }
  return { set, eventos }
}
