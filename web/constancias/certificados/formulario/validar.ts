import * as v from 'valibot'
import { certificadoDe, type Respuestas, revisarFechas } from '../../../../worker/certificados/schema.ts'
import type { FieldIssue } from '../../../../worker/errors.ts'
import { fieldIssues } from '../../../../worker/validation.ts'
import type { TipoCertificado, TipoDefinicion } from './respuestas.ts'

/*
 * The checks of a constancia's answers on the device: the API's own schema (worker/certificados/
 * schema.ts — one checker per kind of question, the shared RUN, IMEI, plate and RIT validators)
 * and its clock's checks (`revisarFechas`, this device's clock; the server's decides again). A
 * mistyped digit is caught before the constancia leaves the phone, in the words the form gives
 * each question (palabras.ts).
 */

/** A problem with one answer: its field as the API names it, and what is wrong (a message's key). */
export interface Problema {
  /** `respuestas.<id>`, `respuestas.<lista>.<i>.<id>` within a repeated group, or `email`. */
  field: string
  /**
   * A check of the shared catalogue (`required`, `too_long`, `invalid_run`…: worker/i18n) or of the
   * constancias' own (`imei_invalido`, `fecha_futura`…: the form's catalogue, `error.<key>`).
   */
  key: string
  params: Record<string, string | number>
}

/** The constancias' own checks, worded in the form's catalogue (`error.<key>`); the rest are shared. */
export const PROPIOS = [
  'imei_invalido',
  'patente_invalida',
  'rit_invalido',
  'mes_invalido',
  'monto_invalido',
  'fecha_futura',
  'fecha_antigua',
  'rango_meses',
] as const

const esquemas = new Map<TipoCertificado, ReturnType<typeof certificadoDe>>()

/** The type's own schema, the API's (`certificadoDe`): the nine's `v.variant` is not needed here. */
function esquemaDe(tipo: TipoCertificado): ReturnType<typeof certificadoDe> {
  const found = esquemas.get(tipo) ?? certificadoDe(tipo)
  esquemas.set(tipo, found)
  return found
}

/** The schema's issues, one per field, keeping the keys of the constancias' own checks. */
function deEsquema(issues: readonly v.BaseIssue<unknown>[]): FieldIssue[] {
  const own = new Map(
    issues.flatMap((issue) => {
      const [found] = fieldIssues([issue])
      return found && (PROPIOS as readonly string[]).includes(issue.message)
        ? [[found.field, issue.message]]
        : []
    }),
  )
  return fieldIssues(issues).map((issue) => {
    const key = own.get(issue.field)
    return key ? { ...issue, key } : issue
  })
}

/**
 * The problems of a constancia's answers (as the API takes them), question by question in the
 * form's order: what the API's schema refuses, then what its clock's checks refuse among the rest
 * (a date to come or too old, months that end before they begin, a RIT of a year to come).
 *
 * @example
 * problemas(TIPOS.extravio_celular, respuestasDe(TIPOS.extravio_celular, values), new Date(), 'imei')
 */
export function problemas(
  tipo: TipoDefinicion,
  respuestas: Record<string, unknown>,
  ahora: Date,
  /** Only this question's (one page of the form), or `email` only. */
  solo?: string,
  /** Where to e-mail it, checked too when given. */
  email?: string,
): Problema[] {
  const body = { tipo: tipo.id, respuestas, declaracion: true, ...(email ? { email } : {}) }
  const result = v.safeParse(esquemaDe(tipo.id), body)
  const issues = result.success ? [] : deEsquema(result.issues)
  // The clock's checks read the answers as checked; when the schema refused some, the others as
  // typed (a refused one compared with nothing: months that end before a month that is none).
  const taken = new Set(issues.map((issue) => issue.field))
  const refusedIds = new Set(issues.map((issue) => issue.field.split('.')[1]))
  const leidas = (
    result.success
      ? result.output.respuestas
      : Object.fromEntries(Object.entries(respuestas).filter(([id]) => !refusedIds.has(id)))
  ) as Respuestas
  const found = [
    ...issues,
    ...revisarFechas(tipo.id, leidas, ahora).filter((issue) => !taken.has(issue.field)),
  ]
  const orden = (field: string) => {
    const id = field.split('.')[1] ?? ''
    const index = tipo.campos.findIndex((campo) => campo.id === id)
    return index === -1 ? tipo.campos.length : index
  }
  const dePagina = (field: string) =>
    solo === undefined ||
    field === `respuestas.${solo}` ||
    field.startsWith(`respuestas.${solo}.`) ||
    field === solo
  return found
    .filter((issue) => dePagina(issue.field))
    .sort((a, b) => orden(a.field) - orden(b.field))
    .map((issue) => ({ field: issue.field, key: issue.key, params: issue.params ?? {} }))
}
