import { and, asc, eq, inArray, isNull, lte, sql } from 'drizzle-orm'
import { fiscaliaEnvios } from '../../../db/schema/index.ts'
import { rowId } from '../../ids.ts'
import { eachAtMost } from '../../mail/outbox.ts'
import { mailCommitted } from '../../mail/queue.ts'
import type { EnvioFiscalia, Ports } from '../../ports.ts'
import { insertRow, runWrites, type Write } from '../../writes.ts'
import { cambiarEstado } from '../cambio.ts'
import { casoPorNumero, definicionDe } from '../caso.ts'

/**
 * Where a committed delivery is handed: a Cloudflare Queue at the edge (worker/workers.ts). Node
 * has none: its maintenance loop finds the rows.
 */
export interface FiscaliaQueue {
  send(envioIds: readonly string[]): Promise<void>
}

/** A queue message: the delivery to make. The row is the truth; nothing of the report travels. */
export interface FiscaliaTask {
  envioId: string
}

type EnvioRow = typeof fiscaliaEnvios.$inferSelect
type DeliveryPorts = Pick<Ports, 'db' | 'storage' | 'clock' | 'fiscalia' | 'log' | 'config' | 'mailQueue'>

/** The edge's queue of deliveries, as wrangler.toml names it (its batches come to the Worker's `queue()`). */
export const FISCALIA_QUEUE_NAME = 'comisaria-virtual-fiscalia'

/**
 * Retries of a queued delivery before the queue moves it to the dead-letter queue: wrangler.toml's
 * `max_retries` (tests/unit/wrangler-config.test.ts holds them together); the sweep takes it on.
 */
export const FISCALIA_MAX_RETRIES = 6

/** Failed attempts after which an operator is alerted (once): about an hour at the retries' pace. */
export const ALERTA_TRAS = 5

/** How long a delivery may take before another run may try the same one again. */
const LEASE_MS = 2 * 60_000

/** The longest wait between two attempts. */
const MAX_DELAY_MS = 60 * 60_000

/**
 * The wait before the next attempt after `attempts` failures: 10 s, four times longer each time,
 * at most an hour (as the mail queue's).
 *
 * @example
 * esperaTras(1) // 10_000
 * esperaTras(3) // 160_000
 */
export function esperaTras(attempts: number, baseMs = 10_000): number {
  return Math.min(baseMs * 4 ** Math.max(0, attempts - 1), MAX_DELAY_MS)
}

/**
 * The row of a delivery to the Fiscalía, to run in the batch of the officer's action. One per
 * case: a second officer's "enviar" fails the batch on the unique key.
 *
 * @example
 * writes.push(envioFiscalia({ id, casoId, envio, solicitadoPor: actor.userId, now }))
 */
export function envioFiscalia(p: {
  casoId: string
  envio: EnvioFiscalia
  solicitadoPor: string
  now: Date
}): { id: string; write: Write } {
  const id = rowId()
  return {
    id,
    write: insertRow(fiscaliaEnvios, {
      id,
      casoId: p.casoId,
      numero: p.envio.numeroTramite,
      fiscaliaCode: p.envio.fiscalia.code,
      fiscaliaNombre: p.envio.fiscalia.nombre,
      payload: p.envio as unknown as Record<string, unknown>,
      solicitadoPor: p.solicitadoPor,
      createdAt: p.now,
      nextAttemptAt: p.now,
    }),
  }
}

/**
 * The writes of a RUC received: the case moves to the service's "sent" state with the Fiscalía and
 * the RUC in its history (by the system), the citizen is mailed, and the delivery keeps only the
 * RUC (what was sent is the Fiscalía's now).
 */
async function planRuc(ports: DeliveryPorts, row: EnvioRow, ruc: string): Promise<Write[]> {
  const { db, clock, config } = ports
  const caso = await casoPorNumero(db, row.numero)
  if (!caso) throw new Error(`case ${row.numero} of a delivery is gone`)
  const ctx = {
    db,
    clock,
    cifras: config.cifras,
    requestId: `fiscalia-${row.id}`,
    clientAddress: null,
    actor: null,
    publicUrl: config.publicUrl,
  }
  return [
    ...cambiarEstado(ctx, definicionDe(caso.servicio), caso, {
      accion: 'recibir_ruc',
      autor: { tipo: 'sistema', id: null },
      detalle: { fiscalia: row.fiscaliaCode, fiscalia_nombre: row.fiscaliaNombre, ruc },
    }),
    db
      .update(fiscaliaEnvios)
      .set({ ruc, recibidoAt: clock.now(), payload: null, lastError: null })
      .where(and(eq(fiscaliaEnvios.id, row.id), isNull(fiscaliaEnvios.recibidoAt))),
  ]
}

/**
 * One attempt at a delivery: the Fiscalía is sent the case (idempotent by número, so a repeat
 * after a crash gets the same RUC), and its answer is recorded — the RUC with the case's change,
 * or the failure with when to try again. After {@link ALERTA_TRAS} failures an operator is
 * alerted once (`ALERT` in the log). Returns whether the RUC was recorded.
 *
 * @example
 * const entregado = await entregarEnvio(ports, row)
 */
export async function entregarEnvio(ports: DeliveryPorts, row: EnvioRow): Promise<boolean> {
  const { db, clock, log } = ports
  try {
    if (!row.payload) throw new Error('nothing to send')
    const { ruc } = await ports.fiscalia.enviarDenuncia(row.payload as unknown as EnvioFiscalia)
    const writes = await planRuc(ports, row, ruc)
    await runWrites(ports, writes)
    // The citizen's e-mail, to the edge's mail queue (on Node the outbox loop finds it).
    const handed: Promise<unknown>[] = []
    mailCommitted(ports, writes, (promise) => handed.push(promise))
    await Promise.all(handed)
    log.info('denuncia received by the Fiscalía', { numero: row.numero, ruc })
    return true
  } catch (error) {
    const attempts = row.attempts + 1
    const now = clock.now()
    const alert = attempts >= ALERTA_TRAS && row.alertadoAt === null
    await db
      .update(fiscaliaEnvios)
      .set({
        attempts: sql`${fiscaliaEnvios.attempts} + 1`,
        nextAttemptAt: new Date(now.getTime() + esperaTras(attempts)),
        lastError: String(error).slice(0, 500),
        ...(alert ? { alertadoAt: now } : {}),
      })
      .where(eq(fiscaliaEnvios.id, row.id))
    if (alert)
      log.error('ALERT denuncia not delivered to the Fiscalía', {
        numero: row.numero,
        attempts,
        error: String(error),
      })
    else log.warn('Fiscalía delivery failed', { numero: row.numero, attempts, error: String(error) })
    return false
  }
}

/** Deliveries leased by one run of the Node loop. */
const BATCH = 10

/**
 * The Node loop's part: leases the due deliveries in one statement (two loops, or two servers on
 * one database, never send the same one at once), then makes each attempt, a few at a time.
 * Returns how many RUCs were recorded.
 *
 * @example
 * await deliverFiscalia(ports)
 */
export async function deliverFiscalia(ports: DeliveryPorts): Promise<number> {
  const { db, clock } = ports
  const now = clock.now()
  const due = await db
    .update(fiscaliaEnvios)
    .set({ nextAttemptAt: new Date(now.getTime() + LEASE_MS) })
    .where(
      inArray(
        fiscaliaEnvios.id,
        db
          .select({ id: fiscaliaEnvios.id })
          .from(fiscaliaEnvios)
          .where(and(isNull(fiscaliaEnvios.recibidoAt), lte(fiscaliaEnvios.nextAttemptAt, now)))
          .orderBy(asc(fiscaliaEnvios.nextAttemptAt))
          .limit(BATCH),
      ),
    )
    .returning()
  let delivered = 0
  await eachAtMost(4, due, async (row) => {
    if (await entregarEnvio(ports, row)) delivered += 1
  })
  return delivered
}

/**
 * Hands the deliveries a committed batch wrote to the edge's queue, without the request waiting
 * (`waitUntil`). With no queue (Node) it does nothing; a hand-off that fails loses nothing: the
 * sweep ({@link sweepFiscalia}) queues the row.
 *
 * @example
 * fiscaliaCommitted(ports, [envioId], (promise) => c.executionCtx.waitUntil(promise))
 */
export function fiscaliaCommitted(
  ports: Pick<Ports, 'fiscaliaQueue' | 'log'>,
  envioIds: readonly string[],
  waitUntil: (promise: Promise<unknown>) => void,
): void {
  const { fiscaliaQueue, log } = ports
  if (!fiscaliaQueue || envioIds.length === 0) return
  waitUntil(
    fiscaliaQueue.send(envioIds).catch((error: unknown) => {
      log.warn('Fiscalía delivery not queued; the sweep will queue it', { envioIds, error: String(error) })
    }),
  )
}

/** How old a pending delivery's due time must be before the edge's sweep queues it again. */
const STUCK_AFTER_MS = 5 * 60_000
/** How long the sweep leaves a row it queued before it may queue it again. */
const SWEEP_LEASE_MS = 15 * 60_000

/**
 * The edge's cron: queues the pending deliveries whose due time passed {@link STUCK_AFTER_MS}
 * ago (never queued, or their queue retries ran out), leasing them in the same statement.
 *
 * @example
 * await sweepFiscalia({ db, clock, fiscaliaQueue })
 */
export async function sweepFiscalia(ports: {
  db: Ports['db']
  clock: Ports['clock']
  fiscaliaQueue: FiscaliaQueue
}): Promise<number> {
  const { db, clock, fiscaliaQueue } = ports
  const now = clock.now().getTime()
  const stuck = db
    .select({ id: fiscaliaEnvios.id })
    .from(fiscaliaEnvios)
    .where(
      and(
        isNull(fiscaliaEnvios.recibidoAt),
        lte(fiscaliaEnvios.nextAttemptAt, new Date(now - STUCK_AFTER_MS)),
      ),
    )
    .orderBy(asc(fiscaliaEnvios.nextAttemptAt))
    .limit(100)
  const leased = await db
    .update(fiscaliaEnvios)
    .set({ nextAttemptAt: new Date(now + SWEEP_LEASE_MS) })
    .where(inArray(fiscaliaEnvios.id, stuck))
    .returning({ id: fiscaliaEnvios.id })
  if (leased.length > 0) await fiscaliaQueue.send(leased.map((row) => row.id))
  return leased.length
}

/** A message of a queue batch, as Cloudflare Queues hand it to the consumer. */
export interface QueuedTask {
  readonly body: unknown
  readonly attempts: number
  ack(): void
  retry(options?: { delaySeconds?: number }): void
}

function envioIdOf(body: unknown): string | undefined {
  const id = (body as Partial<FiscaliaTask> | null)?.envioId
  return typeof id === 'string' ? id : undefined
}

/**
 * The consumer of the edge's Fiscalía queue: makes each pending delivery's attempt (one already
 * received — queued twice — is only acknowledged), then acknowledges it, or retries it after the
 * same growing wait; after wrangler.toml's `max_retries` the queue moves it to the dead-letter
 * queue and the row waits for the sweep.
 *
 * @example
 * async queue(batch) { await deliverQueuedFiscalia(ports, batch.messages) }
 */
export async function deliverQueuedFiscalia(
  ports: DeliveryPorts,
  messages: readonly QueuedTask[],
): Promise<void> {
  const ids = [...new Set(messages.map((m) => envioIdOf(m.body)).filter((id) => id !== undefined))]
  const rows =
    ids.length === 0
      ? []
      : await ports.db
          .select()
          .from(fiscaliaEnvios)
          .where(and(inArray(fiscaliaEnvios.id, ids), isNull(fiscaliaEnvios.recibidoAt)))
  const failed = new Set<string>()
  await eachAtMost(6, rows, async (row) => {
    if (!(await entregarEnvio(ports, row))) failed.add(row.id)
  })
  for (const message of messages) {
    const id = envioIdOf(message.body)
    if (id !== undefined && failed.has(id))
      message.retry({ delaySeconds: Math.round(esperaTras(message.attempts) / 1000) })
    else message.ack()
  }
}
