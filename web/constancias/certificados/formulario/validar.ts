import { parseImei, parsePatente } from '../../../../worker/denuncias/identificadores.ts'
import { parseRun } from '../../../../worker/identity/run.ts'
import { isIsoDate, localDate, localTime } from '../../../../worker/time.ts'
import type { Respuesta } from '../comun.ts'
import type { Campo, TipoDefinicion } from './respuestas.ts'

/*
 * The checks of a constancia's answers on the device, by the kind of each question
 * (worker/certificados/tipos.ts says what each kind means), with the shared validators of RUNs,
 * IMEIs and plates: a mistyped digit is caught before the constancia leaves the phone. The server
 * checks everything again; what it refuses is shown in its own words.
 */

/** A problem with one answer: its field as the API names it, and what is wrong (a message's key). */
export interface Problema {
  /** `respuestas.<id>`, or `respuestas.<lista>.<i>.<id>` within a repeated group. */
  field: string
  /**
   * A check of the shared catalogue (`required`, `too_long`, `invalid_run`…: worker/i18n) or of the
   * form's own (`imei_invalido`, `fecha_futura`…: the form's catalogue, `error.<key>`).
   */
  key: string
  params: Record<string, string | number>
}

/** The form's own checks, worded in its catalogue (`error.<key>`); the rest are the shared ones. */
export const PROPIOS = [
  'imei_invalido',
  'patente_invalida',
  'rit_invalido',
  'fecha_futura',
  'fecha_antigua',
  'monto_invalido',
  'rango_invertido',
] as const

/** A Chilean phone number in any usual form (+56 9 1234 5678, 912345678, 2 2345 6789). */
const TELEFONO = /^(\+?56)?[2-9]\d{8}$/
/** A court case's RIT as the resolution prints it: a letter or two, the number, the year. */
const RIT = /^[A-Z]{1,2}-\d{1,6}-\d{4}$/

/** How many days lie between two calendar dates (`YYYY-MM-DD`). */
const diasEntre = (desde: string, hasta: string) =>
  Math.round((Date.parse(`${hasta}T00:00:00Z`) - Date.parse(`${desde}T00:00:00Z`)) / 86_400_000)

/** A date's problem: not a date, in the future (Chile's clock), or older than `maxDias`. */
function problemaDeFecha(campo: Campo, value: string, ahora: Date): Omit<Problema, 'field'> | undefined {
  const hoy = localDate(ahora)
  if (campo.tipo === 'mes') {
    if (!/^\d{4}-\d{2}$/.test(value) || !isIsoDate(`${value}-01`)) return { key: 'invalid_date', params: {} }
    return value > hoy.slice(0, 7) ? { key: 'fecha_futura', params: {} } : undefined
  }
  const [fecha = '', hora] = value.split('T')
  if (!isIsoDate(fecha)) return { key: 'invalid_date', params: {} }
  if (campo.tipo === 'fecha_hora' && !/^([01]\d|2[0-3]):[0-5]\d$/.test(hora ?? ''))
    return { key: 'invalid_date', params: {} }
  const futura = fecha > hoy || (fecha === hoy && hora !== undefined && hora > localTime(ahora))
  if (futura) return { key: 'fecha_futura', params: {} }
  const maxDias = 'maxDias' in campo ? campo.maxDias : Number.POSITIVE_INFINITY
  return diasEntre(fecha, hoy) > maxDias ? { key: 'fecha_antigua', params: { dias: maxDias } } : undefined
}

/**
 * What is wrong with one answer (`value` as the API takes it), or nothing. An optional answer left
 * empty is fine; a required one is `required` (for options: `invalid_option`, "choose one").
 *
 * @example
 * problemaDe({ id: 'imei', tipo: 'imei' }, '352099001761482', new Date()) // { key: 'imei_invalido', params: {} }
 */
export function problemaDe(campo: Campo, value: Respuesta, ahora: Date): Omit<Problema, 'field'> | undefined {
  if (campo.tipo === 'lista') {
    const count = Array.isArray(value) ? value.length : 0
    if (count < campo.min) return { key: 'required', params: {} }
    return count > campo.max ? { key: 'too_large', params: { max: campo.max } } : undefined
  }
  const text = typeof value === 'string' ? value : ''
  if (text === '')
    return campo.opcional
      ? undefined
      : { key: campo.tipo === 'opcion' ? 'invalid_option' : 'required', params: {} }
  const compact = text.toUpperCase().replace(/[\s.]/g, '')
  switch (campo.tipo) {
    case 'texto':
      return text.length > campo.max ? { key: 'too_long', params: { max: campo.max } } : undefined
    case 'parrafo':
      if (text.length < campo.min) return { key: 'too_short', params: { min: campo.min } }
      return text.length > campo.max ? { key: 'too_long', params: { max: campo.max } } : undefined
    case 'fecha':
    case 'fecha_hora':
    case 'mes':
      return problemaDeFecha(campo, text, ahora)
    case 'comuna':
      return /^\d{5}$/.test(text) ? undefined : { key: 'invalid_option', params: {} }
    case 'run':
      return parseRun(text) ? undefined : { key: 'invalid_run', params: {} }
    case 'imei':
      return parseImei(text) ? undefined : { key: 'imei_invalido', params: {} }
    case 'patente':
      return parsePatente(text) ? undefined : { key: 'patente_invalida', params: {} }
    case 'rit':
      return RIT.test(compact) ? undefined : { key: 'rit_invalido', params: {} }
    case 'telefono':
      return TELEFONO.test(text.replace(/[\s().-]/g, '')) ? undefined : { key: 'invalid_phone', params: {} }
    case 'monto':
      return /^\d{1,12}$/.test(text) && Number(text) > 0 ? undefined : { key: 'monto_invalido', params: {} }
    case 'opcion':
      return campo.opciones.includes(text) ? undefined : { key: 'invalid_option', params: {} }
  }
}

/**
 * The problems of the answers to one question (a repeated group's: of the group and of each of its
 * items' answers), named as the API names them.
 *
 * @example
 * problemasDeCampo(campo, respuestas.imei, new Date())
 */
export function problemasDeCampo(campo: Campo, value: Respuesta | undefined, ahora: Date): Problema[] {
  const field = `respuestas.${campo.id}`
  const own = problemaDe(campo, value ?? '', ahora)
  const found: Problema[] = own ? [{ field, ...own }] : []
  if (campo.tipo === 'lista' && Array.isArray(value))
    value.forEach((item, index) => {
      for (const sub of campo.campos) {
        const problema = problemaDe(sub, item[sub.id] ?? '', ahora)
        if (problema) found.push({ field: `${field}.${index}.${sub.id}`, ...problema })
      }
    })
  return found
}

/**
 * The problems of a whole constancia's answers, question by question in the form's order, and
 * those between questions: a span of months that ends before it begins.
 *
 * @example
 * problemas(TIPOS.pension_alimentos, respuestasDe(TIPOS.pension_alimentos, values), new Date())
 */
export function problemas(
  tipo: TipoDefinicion,
  respuestas: Record<string, Respuesta>,
  ahora: Date,
  /** Only this question's (one page of the form). */
  solo?: string,
): Problema[] {
  const found = tipo.campos
    .filter((campo) => solo === undefined || campo.id === solo)
    .flatMap((campo) => problemasDeCampo(campo, respuestas[campo.id], ahora))
  const desde = respuestas.desde
  const hasta = respuestas.hasta
  const span = tipo.campos.some((campo) => campo.id === 'hasta' && campo.tipo === 'mes')
  if (
    span &&
    (solo === undefined || solo === 'hasta') &&
    typeof desde === 'string' &&
    typeof hasta === 'string' &&
    !found.some((problema) => problema.field === 'respuestas.hasta') &&
    /^\d{4}-\d{2}$/.test(desde) &&
    hasta < desde
  )
    found.push({ field: 'respuestas.hasta', key: 'rango_invertido', params: { desde: 'respuestas.desde' } })
  return found
}
