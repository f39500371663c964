import { localDate, startOfLocalDay } from '../../core/time.ts'
import { CIFRA_UPSERT, SumaDeCifras } from '../../db/cifras.ts'
import type { Statement } from '../writes.ts'
import { type Evento, SERVICIOS_CIFRAS, type Servicio } from './registro.ts'

const HOUR_MS = 3_600_000

/** One counter's change: the key of a `cifras` row and how much it moves. */
export interface Incremento {
  servicio: string
  ambito: string
  periodo: number
  comunaCut: string
  evento: string
  n: number
}

function upsert(incremento: Incremento): Statement {
  const { servicio, ambito, periodo, comunaCut, evento, n } = incremento
  return { sql: CIFRA_UPSERT, args: [servicio, ambito, periodo, comunaCut, evento, n] }
}

/** The start of the hour an instant falls in (Chile's offsets are whole hours: the same hours). */
export const horaDe = (instante: number) => Math.floor(instante / HOUR_MS) * HOUR_MS

/** The period of the per-comuna counter: Chile's day of the instant, or the whole scope. */
export function periodoComuna(servicio: Servicio, instante: number): number {
  return SERVICIOS_CIFRAS[servicio].comunaPor === 'dia'
    ? startOfLocalDay(localDate(new Date(instante))).getTime()
    : 0
}

/**
 * The counters an event moves, to run in the batch of the write that makes it happen: the
 * country's hour and the comuna's day (or scope). `n: -1` takes back an event whose row is
 * deleted (a constancia the citizen erased). None when the counters are off (the bench's
 * comparison, `CIFRAS=0`).
 *
 * @example
 * writes.push(...contar(ctx, 'permisos', { evento: 'emitido', en: now, comuna: '13101' }))
 */
export function contar<S extends Servicio>(
  ctx: { cifras: boolean },
  servicio: S,
  hecho: { evento: Evento<S>; en: Date; comuna: string; ambito?: string; n?: number },
): Statement[] {
  if (!ctx.cifras) return []
  const instante = hecho.en.getTime()
  const common = { servicio, ambito: hecho.ambito ?? '', evento: hecho.evento, n: hecho.n ?? 1 }
  return [
    upsert({ ...common, periodo: horaDe(instante), comunaCut: '' }),
    upsert({ ...common, periodo: periodoComuna(servicio, instante), comunaCut: hecho.comuna }),
  ]
}

/**
 * A batch's statements with its counters added up: one UPSERT per counter, after the rest (the
 * edge's shards commit many submissions in one transaction: a day's hot counters are then
 * written once a batch, not once a submission).
 *
 * @example
 * await client.batch(sumarCifras(statements), 'write')
 */
export function sumarCifras(statements: readonly Statement[]): Statement[] {
  const others: Statement[] = []
  const sums = new SumaDeCifras()
  for (const statement of statements) {
    if (statement.sql === CIFRA_UPSERT) sums.add(statement.args as unknown[])
    else others.push(statement)
  }
  return [...others, ...sums.moves().map((args) => ({ sql: CIFRA_UPSERT, args: args as Statement['args'] }))]
}
