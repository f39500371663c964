import { Show } from 'solid-js'
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
 * the working days left — or, when the server did not count them (a case's page), the due day:
 * calendar time would misstate a term of working days. `undefined` without a due date.
 *
 * @example
 * plazoTexto({ venceAt: '2026-12-30T02:59:59.999Z', vencida: false, diasRestantes: 3 }) // 'Quedan 3 días hábiles'
 */
export function plazoTexto(plazo: Plazo): string | undefined {
  if (plazo.venceAt === null) return undefined
  if (plazo.vencida) return trc('rc.plazo.vencido', { fecha: formatDay(plazo.venceAt, SANTIAGO) })
  const dias = plazo.diasRestantes
  if (dias === null || dias === undefined)
    return trc('rc.plazo.vence', { fecha: formatDay(plazo.venceAt, SANTIAGO) })
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

/**
 * When the facts happened, as the citizen told it: a calendar day (no instant: read at noon UTC,
 * so that no time zone moves it) and the hour if known.
 *
 * @example
 * cuandoOcurrio('2026-12-04', '18:30') // '4 de diciembre de 2026, 18:30'
 */
export function cuandoOcurrio(fecha: string | undefined, hora: string | null | undefined): string {
  if (!fecha || !/^\d{4}-\d{2}-\d{2}$/.test(fecha)) return [fecha, hora].filter(Boolean).join(' ')
  const dia = formatDay(`${fecha}T12:00:00.000Z`, 'UTC')
  return hora ? `${dia}, ${hora}` : dia
}

/**
 * A complaint's reopening by its citizen, from its case's detail (`reapertura`); null if never.
 *
 * @example
 * reaperturaDe({ detalle: { reapertura: { at: '2027-01-04T15:00:00.000Z', motivo: 'No considera el video.' } } }) // { at, motivo }
 */
export function reaperturaDe(caso: {
  detalle?: Record<string, unknown>
}): { at: string; motivo: string } | null {
  const r = caso.detalle?.reapertura
  if (typeof r !== 'object' || r === null || !('at' in r) || typeof r.at !== 'string') return null
  return { at: r.at, motivo: 'motivo' in r && typeof r.motivo === 'string' ? r.motivo : '' }
}

/** The "Reopened" tag of a queue's row (`reabierto`) or a case (its detail's `reapertura`), in words. */
export function Reabierto(props: { caso: { reabierto?: boolean; detalle?: Record<string, unknown> } }) {
  return (
    <Show when={props.caso.reabierto === true || reaperturaDe(props.caso) !== null}>
      <strong class="tag tag--pending">{trc('rc.reabierto')}</strong>
    </Show>
  )
}
