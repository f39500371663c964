import { formatDay } from '../../i18n/dates.ts'
import { palabrasDe } from '../casos/palabras.tsx'
import { messages } from './i18n/es.ts'
import { trc } from './i18n/index.ts'

/** Due dates are days in Chile: the end of the due day in Santiago. */
export const SANTIAGO = 'America/Santiago'

/** These screens' words as the shared case screens read them (web/funcionarios/casos). */
export const pr = palabrasDe('rc', messages, trc)

/** What a case or a queue's row says of its legal clock. */
export interface Plazo {
  venceAt: string | null
  vencida: boolean
  /** Working days left to the due date, when the server counts them (0: due today). */
  diasRestantes?: number | null
}

/**
 * The legal clock in words, never in colour alone: overdue with the day it fell due, due today,
 * or the working days left; `undefined` without a due date, or when the server did not count the
 * days (the shared tags then say the time left).
 *
 * @example
 * plazoTexto({ venceAt: '2026-12-30T02:59:59.999Z', vencida: false, diasRestantes: 3 }) // 'Quedan 3 días hábiles'
 */
export function plazoTexto(plazo: Plazo): string | undefined {
  if (plazo.venceAt === null) return undefined
  if (plazo.vencida) return trc('rc.plazo.vencido', { fecha: formatDay(plazo.venceAt, SANTIAGO) })
  const dias = plazo.diasRestantes
  if (dias === null || dias === undefined) return undefined
  if (dias <= 0) return trc('rc.plazo.hoy')
  return dias === 1 ? trc('rc.plazo.uno') : trc('rc.plazo.dias', { n: dias })
}

/** A row's or a case's working days left, when the server sent them. */
const diasDe = (caso: object): number | null =>
  'diasRestantes' in caso && typeof caso.diasRestantes === 'number' ? caso.diasRestantes : null

/**
 * A row's or a case's legal clock as of the moment the page shows it: overdue when the server said
 * so or when its due date has passed since (a page left open overnight, a screen read the next
 * morning), with the minutes left by this device's clock and the working days the server counted.
 *
 * @example
 * plazoDe({ venceAt: null, vencida: false }) // { venceAt: null, vencida: false, restanteMin: null, diasRestantes: null }
 */
export function plazoDe(caso: {
  venceAt: string | null
  vencida: boolean
}): Plazo & { restanteMin: number | null } {
  const restanteMin = caso.venceAt ? Math.floor((Date.parse(caso.venceAt) - Date.now()) / 60_000) : null
  return {
    venceAt: caso.venceAt,
    vencida: caso.vencida || (restanteMin !== null && restanteMin < 0),
    restanteMin,
    diasRestantes: diasDe(caso),
  }
}
