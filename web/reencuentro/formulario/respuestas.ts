import * as v from 'valibot'
import type { FieldError, FieldIssue } from '../../../worker/errors.ts'
import { validacionReencuentro } from '../../../worker/reencuentro/palabras.ts'
import { fieldIssues } from '../../../worker/validation.ts'
import { compact, given, type Propios, palabrasConPropios } from '../../forms/propios.ts'
import type { Locale } from '../../i18n/index.ts'
import { registerFieldLabels } from '../../i18n/server-catalog.ts'
import { createDraft } from '../../offline/draft.ts'
import { ReencuentroInput, revisarAnios } from './esquema.ts'

/** The outbox's service id and the draft's id at once (/envios lists these under "Reencuentro familiar"). */
export const SERVICE_ID = 'reencuentro'
export const API_URL = '/api/reencuentro'

/** The request's answers as typed, all strings so the draft kit can keep them. */
export const empty = {
  /** Whose answers these are (the account's RUN): never shown to another citizen on this device. */
  run: '',
  /** The screener's answer: the form is reached only by «No». */
  peligro: '',
  familiarNombres: '',
  familiarApellidos: '',
  familiarRun: '',
  familiarNacimiento: '',
  familiarRelacion: '',
  familiarComuna: '',
  familiarLugar: '',
  ultimoContactoAnio: '',
  motivoPerdidaContacto: '',
  mensajeFamiliar: '',
  email: '',
  telefono: '',
  declaracionReencuentro: '',
}
export type Respuestas = typeof empty

/** The one draft of the request, saved on every keystroke in IndexedDB (offline kit). */
export const draft = createDraft<Respuestas>(SERVICE_ID, empty, { prefilled: ['run', 'peligro'] })

/**
 * The form's names of the API's fields. The API's are generic (`nombres`, `motivo`, `mensaje`
 * mean other things elsewhere, and field labels are one registry): the form asks under its own,
 * with labels of their own.
 */
const API_DE: Record<string, string> = {
  familiarNombres: 'nombres',
  familiarApellidos: 'apellidos',
  familiarRun: 'run',
  familiarNacimiento: 'nacimientoAnio',
  familiarRelacion: 'relacion',
  familiarComuna: 'ultimaComuna',
  familiarLugar: 'ultimoLugar',
  ultimoContactoAnio: 'ultimoContactoAnio',
  motivoPerdidaContacto: 'motivoDistancia',
  mensajeFamiliar: 'mensaje',
  email: 'correo',
  telefono: 'telefono',
}
const FORM_DE = Object.fromEntries(Object.entries(API_DE).map(([form, api]) => [api, form]))

/**
 * The form's name of a field the API names (its refusals name the API's).
 *
 * @example
 * campoDelForm('mensaje') // 'mensajeFamiliar'
 */
export const campoDelForm = (api: string) => FORM_DE[api] ?? api

/** A year as typed: a number when it is one, else the text (the schema says it is not a year). */
const anio = (text: string) => {
  const trimmed = text.trim()
  if (trimmed === '') return undefined
  return /^\d{1,4}$/.test(trimmed) ? Number(trimmed) : trimmed
}

/**
 * What `POST /api/reencuentro` receives, from the answers as typed.
 *
 * @example
 * inputDe({ ...empty, familiarNombres: 'Ana' }).nombres // 'Ana'
 */
export function inputDe(values: Respuestas): Record<string, unknown> {
  return compact({
    peligro: values.peligro,
    nombres: values.familiarNombres,
    apellidos: values.familiarApellidos,
    run: given(values.familiarRun),
    nacimientoAnio: anio(values.familiarNacimiento),
    relacion: values.familiarRelacion,
    ultimaComuna: values.familiarComuna,
    ultimoLugar: given(values.familiarLugar),
    ultimoContactoAnio: anio(values.ultimoContactoAnio) ?? '',
    motivoDistancia: given(values.motivoPerdidaContacto),
    mensaje: values.mensajeFamiliar,
    correo: values.email,
    telefono: given(values.telefono),
  })
}

// The request's own labels (the e-mail and phone keep the portal's).
registerFieldLabels({
  es: {
    familiarNombres: 'Nombres',
    familiarApellidos: 'Apellidos',
    familiarRun: 'RUN (opcional)',
    familiarNacimiento: 'Año de nacimiento aproximado (opcional)',
    familiarRelacion: 'Qué es esa persona para usted',
    familiarComuna: 'Última comuna conocida',
    familiarLugar: 'Último lugar conocido (opcional)',
    ultimoContactoAnio: 'Año del último contacto',
    motivoPerdidaContacto: 'Por qué perdieron el contacto',
    mensajeFamiliar: 'Su mensaje para esa persona',
    declaracionReencuentro:
      'Declaro que la información es verdadera y que busco a esta persona para reencontrarnos',
  },
  en: {
    familiarNombres: 'Given names',
    familiarApellidos: 'Family names',
    familiarRun: 'RUN (optional)',
    familiarNacimiento: 'Approximate year of birth (optional)',
    familiarRelacion: 'Who this person is to you',
    familiarComuna: 'Last known comuna',
    familiarLugar: 'Last known place (optional)',
    ultimoContactoAnio: 'Year of last contact',
    motivoPerdidaContacto: 'Why you lost contact',
    mensajeFamiliar: 'Your message for this person',
    declaracionReencuentro:
      'I declare that this information is true and that I am looking for this person to be reunited',
  },
  ht: {
    familiarNombres: 'Non',
    familiarApellidos: 'Siyati',
    familiarRun: 'RUN (si ou konnen l)',
    familiarNacimiento: 'Ane nesans apeprè (si ou konnen l)',
    familiarRelacion: 'Kisa moun sa a ye pou ou',
    familiarComuna: 'Dènye komin ou konnen',
    familiarLugar: 'Dènye kote ou konnen (si ou konnen l)',
    ultimoContactoAnio: 'Ane dènye kontak la',
    motivoPerdidaContacto: 'Poukisa nou pèdi kontak',
    mensajeFamiliar: 'Mesaj ou pou moun sa a',
    declaracionReencuentro: 'Mwen deklare enfòmasyon sa yo vre e mwen ap chèche moun sa a pou nou rejwenn',
  },
})

/** The declaration's message (the device checks it; see `problemas`), and the schema's own (the server's words). */
const propios: Propios = {
  es: {
    ...validacionReencuentro.es,
    declaracion_requerida: 'Para enviar la solicitud debe marcar «{field}».',
  },
  en: { ...validacionReencuentro.en, declaracion_requerida: 'To send the request you must tick “{field}”.' },
  ht: { ...validacionReencuentro.ht, declaracion_requerida: 'Pou voye demann lan ou dwe make «{field}».' },
}

/** The schema's issues, one per field, under the form's names. */
function issuesDe(values: Respuestas): FieldIssue[] {
  const result = v.safeParse(ReencuentroInput, inputDe(values))
  // The years against this device's clock, as the server checks them against its own.
  const issues = result.success ? revisarAnios(result.output, new Date()) : fieldIssues(result.issues)
  const seen = new Set<string>()
  return issues
    .map((issue) => ({ ...issue, field: campoDelForm(issue.field.split('.')[0] ?? issue.field) }))
    .filter((issue) => {
      if (seen.has(issue.field)) return false
      seen.add(issue.field)
      return true
    })
}

/** One page of the form: the fields it asks. */
export interface PasoForm {
  id: string
  campos: string[]
}

/** The form's pages, in order (the screener before them, at /reencuentro/peligro). */
export const PASOS: PasoForm[] = [
  { id: 'familiar', campos: ['familiarNombres', 'familiarApellidos', 'familiarRun', 'familiarNacimiento'] },
  { id: 'relacion', campos: ['familiarRelacion'] },
  { id: 'ultimo', campos: ['familiarComuna', 'familiarLugar', 'ultimoContactoAnio'] },
  { id: 'motivo', campos: ['motivoPerdidaContacto'] },
  { id: 'mensaje', campos: ['mensajeFamiliar'] },
  { id: 'contacto', campos: ['email', 'telefono'] },
  { id: 'revisar', campos: ['declaracionReencuentro'] },
]

/**
 * The page that asks a field (the review's own declaration else).
 *
 * @example
 * pasoDe('familiarComuna') // 'ultimo'
 */
export const pasoDe = (field: string) => PASOS.find((paso) => paso.campos.includes(field))?.id ?? 'revisar'

/**
 * The problems of one page's answers, in the API's own words (the shared schema); the review's
 * declaration is the device's own check.
 *
 * @example
 * problemas(PASOS[0], draft.values(), locale())
 */
export function problemas(paso: PasoForm, values: Respuestas, locale: Locale): FieldError[] {
  const found = issuesDe(values).filter((issue) => paso.campos.includes(issue.field))
  if (paso.id === 'revisar' && values.declaracionReencuentro !== 'si')
    found.push({ field: 'declaracionReencuentro', key: 'declaracion_requerida' })
  return palabrasConPropios(found, locale, propios)
}

/** The problems of all the answers before the review, with the page where each is corrected. */
export function todosLosProblemas(values: Respuestas, locale: Locale): { paso: string; error: FieldError }[] {
  return PASOS.filter((paso) => paso.id !== 'revisar').flatMap((paso) =>
    problemas(paso, values, locale).map((error) => ({ paso: paso.id, error })),
  )
}
