import * as v from 'valibot'
import { MAX_PERSONAS } from '../../../core/denuncias/tipos.ts'
import { camposComunes, validacionComun } from '../../../worker/denuncias/palabras-comunes.ts'
import type { FieldError, FieldIssue } from '../../../worker/errors.ts'
import { camposReclamo, validacionReclamo } from '../../../worker/reclamos/palabras.ts'
import { ReclamoInput, revisarFechaReclamo } from '../../../worker/reclamos/schema.ts'
import { type Item, leerItems } from '../../components/items.ts'
import { compact, given, issuesConPropios, type Propios, palabrasConPropios } from '../../forms/propios.ts'
import type { Locale } from '../../i18n/index.ts'
import { registerFieldLabelTemplates } from '../../i18n/server-catalog.ts'
import { createDraft } from '../../offline/draft.ts'

/** The outbox's service id and the draft's id at once (/envios lists these under "Reclamos"). */
export const SERVICE_ID = 'reclamos'
export const API_URL = '/api/reclamos'

/** The complaint's answers as typed, all strings so the draft kit can keep them. */
export const empty = {
  /** Whose answers these are (the account's RUN): never shown to another citizen on this device. */
  run: '',
  /** What kind of conduct (core/reclamos/tipos.ts). */
  tipoReclamo: '',
  relato: '',
  fecha: '',
  hora: '',
  comunaCut: '',
  lugar: '',
  unidadCode: '',
  /** The unit's name as the list showed it: the review shows it with no network. */
  unidadNombre: '',
  funcionarioNombre: '',
  funcionarioGrado: '',
  funcionarioSenas: '',
  vehiculo: '',
  /** The witnesses, a repeated group kept as JSON. */
  testigos: '[]',
  peticion: '',
  email: '',
  telefono: '',
  veracidad: '',
  /** The evidence whole on the server (web/archivos/borrador.ts). */
  archivos: '',
}
export type Respuestas = typeof empty

/** The one draft of the complaint, saved on every keystroke in IndexedDB (offline kit). */
export const draft = createDraft<Respuestas>(SERVICE_ID, empty, { prefilled: ['run'] })

/** The witnesses as typed. */
export const testigos = (values: Respuestas): Item[] => leerItems(values.testigos)

/**
 * What `POST /api/reclamos` receives, from the answers as typed (the evidence's ids are put in
 * `archivos` by the outbox).
 *
 * @example
 * inputDe({ ...empty, relato: '…' }).relato // '…'
 */
export function inputDe(values: Respuestas): Record<string, unknown> {
  return compact({
    tipoReclamo: values.tipoReclamo,
    relato: values.relato,
    fecha: values.fecha,
    hora: given(values.hora),
    comunaCut: values.comunaCut,
    lugar: values.lugar,
    unidadCode: values.unidadCode,
    funcionario: compact({
      nombre: given(values.funcionarioNombre),
      grado: given(values.funcionarioGrado),
      senas: given(values.funcionarioSenas),
    }),
    vehiculo: given(values.vehiculo),
    testigos: testigos(values).map((s) =>
      compact({ nombre: s.nombre ?? '', contacto: given(s.contacto ?? '') }),
    ),
    peticion: values.peticion,
    email: values.email,
    telefono: given(values.telefono),
    veracidad: values.veracidad === 'si',
  })
}

// The complaint's own labels, and those it shares with a denuncia (not the denuncia's whole catalogue).
registerFieldLabelTemplates(
  {
    es: { ...camposComunes.es, ...camposReclamo.es },
    en: { ...camposComunes.en, ...camposReclamo.en },
    ht: { ...camposComunes.ht, ...camposReclamo.ht },
  },
  MAX_PERSONAS,
)

/**
 * The messages of the complaint's own checks and of those it shares with a denuncia (`fecha_futura`);
 * the declaration's names the complaint (the server's, shared with the denuncia, says «la denuncia»).
 */
const propios: Propios = {
  es: {
    ...validacionComun.es,
    ...validacionReclamo.es,
    declaracion_requerida: 'Para enviar el reclamo debe marcar «{field}».',
  },
  en: {
    ...validacionComun.en,
    ...validacionReclamo.en,
    declaracion_requerida: 'To send the complaint you must tick “{field}”.',
  },
  ht: {
    ...validacionComun.ht,
    ...validacionReclamo.ht,
    declaracion_requerida: 'Pou voye plent lan ou dwe make «{field}».',
  },
}

/** The schema's issues, one per field, with the keys of the complaint's own checks kept. */
function issuesDe(input: Record<string, unknown>): FieldIssue[] {
  const result = v.safeParse(ReclamoInput, input)
  return result.success ? [] : issuesConPropios(result.issues, propios)
}

/** One page of the form: the fields it asks. */
export interface PasoForm {
  id: string
  campos: string[]
}

/** The form's pages, in order: one question each (worker/reclamos/schema.ts). */
export const PASOS: PasoForm[] = [
  { id: 'tipo', campos: ['tipoReclamo'] },
  { id: 'relato', campos: ['relato'] },
  { id: 'cuando', campos: ['fecha', 'hora'] },
  { id: 'donde', campos: ['comunaCut', 'lugar'] },
  { id: 'quien', campos: ['unidadCode', 'funcionario', 'vehiculo'] },
  { id: 'testigos', campos: ['testigos'] },
  { id: 'archivos', campos: ['archivos'] },
  { id: 'peticion', campos: ['peticion'] },
  { id: 'contacto', campos: ['email', 'telefono'] },
  { id: 'revisar', campos: ['veracidad'] },
]

/** Whether an error's field is one a page asks. */
const delPaso = (paso: PasoForm, field: string) =>
  paso.campos.some((campo) => field === campo || field.startsWith(`${campo}.`))

/**
 * The page that asks a field (the review's own declaration else).
 *
 * @example
 * pasoDe('funcionario.grado') // 'quien'
 */
export const pasoDe = (field: string) => PASOS.find((paso) => delPaso(paso, field))?.id ?? 'revisar'

/**
 * The problems of one page's answers, in the API's own words: the shared schema, and for the day
 * the clock's checks (not in the future, not over two years back) on this device's clock; the
 * server checks again with its own.
 *
 * @example
 * problemas(PASOS[1], draft.values(), locale())
 */
export function problemas(paso: PasoForm, values: Respuestas, locale: Locale): FieldError[] {
  const found = issuesDe(inputDe(values)).filter((issue) => delPaso(paso, issue.field))
  if (paso.id === 'cuando' && found.length === 0)
    found.push(...revisarFechaReclamo({ fecha: values.fecha, hora: given(values.hora) }, new Date()))
  return palabrasConPropios(found, locale, propios)
}

/** The problems of all the answers before the review, with the page where each is corrected. */
export function todosLosProblemas(values: Respuestas, locale: Locale): { paso: string; error: FieldError }[] {
  return PASOS.filter((paso) => paso.id !== 'revisar').flatMap((paso) =>
    problemas(paso, values, locale).map((error) => ({ paso: paso.id, error })),
  )
}
