import { createSignal } from 'solid-js'
import type { FieldError } from '../../../worker/errors.ts'
import { createDraft } from '../../offline/draft.ts'

/** The outbox's service id: /envios lists these submissions under "Constancias". */
export const SERVICE_ID = 'constancias'
const DRAFT_ID = 'constancias-voto'

/**
 * The form's answers as typed, all strings so the draft kit can keep them: the birth date in
 * GOV.UK's three boxes, the declaration as `'si'` when ticked.
 */
export type Respuestas = {
  /** Whose answers these are (the registry's RUN): never shown to another citizen on this device. */
  run: string
  eleccionId: string
  dia: string
  mes: string
  anio: string
  email: string
  emailConfirmacion: string
  telefono: string
  declaracion: string
}

export const empty: Respuestas = {
  run: '',
  eleccionId: '',
  dia: '',
  mes: '',
  anio: '',
  email: '',
  emailConfirmacion: '',
  telefono: '',
  declaracion: '',
}

/**
 * The one draft of the request, saved on every keystroke (IndexedDB), also offline, and on the
 * citizen's account (decision 0034) once they answer more than the form fills in by itself.
 */
export const draft = createDraft<Respuestas>(DRAFT_ID, empty, { prefilled: ['run', 'eleccionId'] })

/**
 * The three date boxes as the schema's `YYYY-MM-DD`: empty when all are, and something the
 * schema refuses as an invalid date when any part is missing or malformed.
 *
 * @example
 * fechaDe({ dia: '3', mes: '7', anio: '1979' }) // '1979-07-03'
 */
export function fechaDe(r: Pick<Respuestas, 'dia' | 'mes' | 'anio'>): string {
  const [d, m, y] = [r.dia.trim(), r.mes.trim(), r.anio.trim()]
  if (!d && !m && !y) return ''
  const two = (text: string) => (/^\d{1,2}$/.test(text) ? text.padStart(2, '0') : text || '?')
  return `${/^\d{4}$/.test(y) ? y : y || '?'}-${two(m)}-${two(d)}`
}

/** What the API receives: the shared schema's input. */
export function inputDe(r: Respuestas): Record<string, unknown> {
  return {
    eleccionId: r.eleccionId,
    fechaNacimiento: fechaDe(r),
    email: r.email,
    emailConfirmacion: r.emailConfirmacion,
    telefono: r.telefono,
    declaracion: r.declaracion === 'si',
  }
}

/** Back from a body the API refused, to correct it: the declaration must be ticked again. */
export function respuestasDe(body: Record<string, unknown>): Respuestas {
  const text = (name: string) => (typeof body[name] === 'string' ? String(body[name]) : '')
  const [anio = '', mes = '', dia = ''] = text('fechaNacimiento').split('-')
  return {
    ...empty,
    eleccionId: text('eleccionId'),
    dia: dia.replace(/^0/, ''),
    mes: mes.replace(/^0/, ''),
    anio,
    email: text('email'),
    emailConfirmacion: text('emailConfirmacion'),
    telefono: text('telefono'),
  }
}

/**
 * The server's field errors from the last attempt to send (a birth date that is not the civil
 * registry's), shown on the form where they are fixed; already in the user's language.
 */
export const [serverProblems, setServerProblems] = createSignal<FieldError[]>([])
