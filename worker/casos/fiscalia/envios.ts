import { and, asc, eq, inArray, isNull, lte, sql } from 'drizzle-orm'
import { fiscaliaEnvios } from '../../../db/schema/index.ts'
import { rowId } from '../../ids.ts'
import { eachAtMost } from '../../mail/outbox.ts'
import { mailCommitted } from '../../mail/queue.ts'
import type { EnvioFiscalia, Ports } from '../../ports.ts'
import { insertRow, runWrites, type Write } from '../../writes.ts'
import { cambiarEstado } from '../cambio.ts'
import { casoPorNumero, definicionDe } from '../caso.ts'

type EnvioRow = typeof fiscaliaEnvios.$inferSelect
export type DeliveryPorts = Pick<
  Ports,
  'db' | 'storage' | 'clock' | 'fiscalia' | 'log' | 'config' | 'mailQueue'
>

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
