import {
  type Campo,
  TIPOS,
  type TipoCertificado,
  type TipoDefinicion,
} from '../../../../core/certificados/tipos.ts'
import { type Item, leerItems } from '../../../components/items.ts'
import type { Respuesta } from '../comun.ts'

/*
 * A constancia's answers as the form keeps them (the offline kit's draft: strings only) and as the
 * API takes them: a date by its parts (day, month, year, time: each its own box), a repeated group
 * as its items in JSON, everything else as typed.
 */

export { esTipoCertificado as esTipo } from '../../../../core/certificados/tipos.ts'
export type { Campo, TipoCertificado, TipoDefinicion }
export { TIPOS }

/** The answers as typed, all strings; `run` is whose they are (never shown to another citizen here). */
export type Valores = Record<string, string>

/** A date's parts, each a box of the date input (web/components/DateInput.tsx), and a time of day. */
export type Parte = 'dia' | 'mes' | 'anio' | 'hora'

/** The parts each date kind asks, in order. */
export const PARTES: Record<'fecha' | 'fecha_hora' | 'mes', readonly Parte[]> = {
  fecha: ['dia', 'mes', 'anio'],
  fecha_hora: ['dia', 'mes', 'anio', 'hora'],
  mes: ['mes', 'anio'],
}

/** Whether a question is a date of some kind. */
export const esFecha = (campo: Campo): campo is Campo & { tipo: 'fecha' | 'fecha_hora' | 'mes' } =>
  campo.tipo === 'fecha' || campo.tipo === 'fecha_hora' || campo.tipo === 'mes'

/**
 * The draft's key of a date's part.
 *
 * @example
 * clave('fecha', 'dia') // 'fecha:dia'
 */
export const clave = (id: string, parte: Parte) => `${id}:${parte}`

/** The draft's keys of a question: a date's parts, or the question's own id. */
export function clavesDe(campo: Campo): string[] {
  return esFecha(campo) ? PARTES[campo.tipo].map((parte) => clave(campo.id, parte)) : [campo.id]
}

/** A type's answers before anything is typed (a repeated group starts with one empty item to fill). */
export function vacio(tipo: TipoDefinicion): Valores {
  const values: Valores = { run: '' }
  for (const campo of tipo.campos)
    for (const key of clavesDe(campo))
      values[key] = campo.tipo === 'lista' ? JSON.stringify(campo.min > 0 ? [{}] : []) : ''
  return values
}

const dos = (text: string) => text.trim().padStart(2, '0')

/**
 * A date's parts as the API takes them (`YYYY-MM-DD`, `YYYY-MM-DDTHH:MM`, `YYYY-MM`): nothing when
 * no box is filled, the parts joined as typed (which the checks then refuse) when they are not all
 * numbers.
 *
 * @example
 * fechaDe('fecha', { dia: '7', mes: '3', anio: '2026' }) // '2026-03-07'
 * fechaDe('mes', { mes: '11', anio: '2026' }) // '2026-11'
 */
export function fechaDe(
  kind: 'fecha' | 'fecha_hora' | 'mes',
  partes: Partial<Record<Parte, string>>,
): string {
  const [dia = '', mes = '', anio = '', hora = ''] = (['dia', 'mes', 'anio', 'hora'] as const).map(
    (parte) => partes[parte]?.trim() ?? '',
  )
  const typed = PARTES[kind].map((parte) => partes[parte]?.trim() ?? '')
  if (typed.every((part) => part === '')) return ''
  const numbers = [dia, mes, anio].slice(kind === 'mes' ? 1 : 0).every((part) => /^\d{1,4}$/.test(part))
  if (!numbers) return typed.join('-')
  const day = `${anio}-${dos(mes)}`
  if (kind === 'mes') return day
  const date = `${day}-${dos(dia)}`
  return kind === 'fecha' ? date : `${date}T${hora}`
}

/**
 * A date as the API gives it back, in its parts for the boxes.
 *
 * @example
 * partesDe('2026-03-07T21:30') // { anio: '2026', mes: '3', dia: '7', hora: '21:30' }
 */
export function partesDe(value: string): Partial<Record<Parte, string>> {
  const match = /^(\d{4})-(\d{2})(?:-(\d{2}))?(?:T(\d{2}:\d{2}))?$/.exec(value)
  if (!match) return {}
  const [, anio = '', mes = '', dia, hora] = match
  const sinCero = (text: string) => String(Number(text))
  return {
    anio,
    mes: sinCero(mes),
    ...(dia ? { dia: sinCero(dia) } : {}),
    ...(hora ? { hora } : {}),
  }
}

/** A repeated group's items as typed. */
export const itemsDe = (values: Valores, id: string): Item[] => leerItems(values[id])

/** Pesos as people write them (`$ 450.000`): the digits, else the text (which the checks refuse). */
const pesos = (text: string) => {
  const clean = text.replace(/[$\s.]/g, '')
  return /^\d+$/.test(clean) ? clean : text.trim()
}

/**
 * One answer as the API takes it: a date composed from its parts, pesos as digits, a repeated
 * group's items (each with its own answers so), anything else trimmed. Empty: `''`.
 */
export function respuestaDe(campo: Campo, values: Valores): Respuesta {
  if (esFecha(campo))
    return fechaDe(
      campo.tipo,
      Object.fromEntries(PARTES[campo.tipo].map((parte) => [parte, values[clave(campo.id, parte)] ?? ''])),
    )
  if (campo.tipo === 'lista') {
    return itemsDe(values, campo.id).map((item) => {
      const answers: Record<string, string> = {}
      for (const sub of campo.campos) {
        const answer = respuestaDe(sub, item)
        if (typeof answer === 'string' && (answer !== '' || !sub.opcional)) answers[sub.id] = answer
      }
      return answers
    })
  }
  const text = values[campo.id] ?? ''
  return campo.tipo === 'monto' ? pesos(text) : text.trim()
}

/**
 * The body's `respuestas`, from the answers as typed: every question the type asks, an optional
 * one left out when empty.
 *
 * @example
 * respuestasDe(TIPOS.extravio_celular, draft.values()) // { imei: '35…', marca: 'Samsung', … }
 */
export function respuestasDe(tipo: TipoDefinicion, values: Valores): Record<string, Respuesta> {
  const out: Record<string, Respuesta> = {}
  for (const campo of tipo.campos) {
    const answer = respuestaDe(campo, values)
    if (answer !== '' || !campo.opcional) out[campo.id] = answer
  }
  return out
}

/** One answer back in the draft's keys (a date in its parts, a group in JSON). */
function valoresDeCampo(campo: Campo, answer: Respuesta | undefined): Valores {
  if (esFecha(campo)) {
    const partes = typeof answer === 'string' ? partesDe(answer) : {}
    return Object.fromEntries(
      PARTES[campo.tipo].map((parte) => [clave(campo.id, parte), partes[parte] ?? '']),
    )
  }
  if (campo.tipo === 'lista') {
    const items = Array.isArray(answer) ? answer : []
    return {
      [campo.id]: JSON.stringify(
        items.map((item) =>
          Object.assign({}, ...campo.campos.map((sub) => valoresDeCampo(sub, item[sub.id]))),
        ),
      ),
    }
  }
  return { [campo.id]: typeof answer === 'string' ? answer : '' }
}

/**
 * The draft that holds answers the API took or gave back (a refusal to correct, an earlier
 * constancia to repeat): the inverse of {@link respuestasDe}.
 *
 * @example
 * valoresDe(TIPOS.extravio_celular, view.respuestas, run)
 */
export function valoresDe(tipo: TipoDefinicion, respuestas: Record<string, unknown>, run: string): Valores {
  const values: Valores = { ...vacio(tipo), run }
  for (const campo of tipo.campos) {
    const answer = respuestas[campo.id]
    const valid = typeof answer === 'string' || (Array.isArray(answer) && answer.every(isItem))
    Object.assign(values, valoresDeCampo(campo, valid ? (answer as Respuesta) : undefined))
  }
  return values
}

const isItem = (value: unknown): value is Record<string, string> =>
  typeof value === 'object' &&
  value !== null &&
  Object.values(value).every((entry) => typeof entry === 'string')

/**
 * The dates «Otra igual» asks again: those of the facts — a day or a time within the last year,
 * or a month (the months unpaid) — not a document's own date (a certificate issued years ago,
 * `maxDias` of a century), which stays as it was.
 *
 * @example
 * fechasDelHecho(TIPOS.pension_alimentos).map((c) => c.id) // ['desde', 'hasta']
 */
export function fechasDelHecho(tipo: TipoDefinicion): Campo[] {
  return tipo.campos.filter(
    (campo) =>
      campo.tipo === 'mes' ||
      ((campo.tipo === 'fecha' || campo.tipo === 'fecha_hora') && campo.maxDias <= 366),
  )
}

/**
 * «Otra igual»: the answers of an earlier constancia with only the dates of the facts cleared,
 * for the citizen to give the new ones.
 *
 * @example
 * otraIgual(TIPOS.regimen_visitas, view.respuestas, run)['programada:dia'] // ''
 */
export function otraIgual(tipo: TipoDefinicion, respuestas: Record<string, unknown>, run: string): Valores {
  const values = valoresDe(tipo, respuestas, run)
  for (const campo of fechasDelHecho(tipo)) for (const key of clavesDe(campo)) values[key] = ''
  return values
}
