import { createEffect, createRoot } from 'solid-js'
import * as v from 'valibot'
import {
  CAMPOS_OBJETO,
  type CampoObjeto,
  esTipo,
  MAX_OBJETOS,
  TIPOS,
  type Tipo,
} from '../../../core/denuncias/tipos.ts'
import { camposDenuncia, validacionDenuncia } from '../../../worker/denuncias/palabras.ts'
import { type DenunciaInput, denunciaDe, revisarCuando } from '../../../worker/denuncias/schema.ts'
import type { FieldError, FieldIssue } from '../../../worker/errors.ts'
import { type Item, leerItems } from '../../components/items.ts'
import { compact, given, issuesConPropios, type Propios, palabrasConPropios } from '../../forms/propios.ts'
import type { Locale } from '../../i18n/index.ts'
import { registerFieldLabelTemplates } from '../../i18n/server-catalog.ts'
import { createDraft, type Draft } from '../../offline/draft.ts'
import { compartido } from '../dispositivo.ts'

/** The outbox's service id and the draft's id at once (/envios lists these under "Denuncias"). */
export const SERVICE_ID = 'denuncias'
export const API_URL = '/api/denuncias'

/**
 * The report's answers as typed, all strings so the draft kit can keep them. A repeated group (the
 * things, the suspects, the witnesses) is one answer holding its list as JSON; an offence's own
 * questions are flat (`patente`, `monto`…), sent as `detalles.*`.
 */
export const empty = {
  /** Whose answers these are (the account's RUN): never shown to another citizen on this device. */
  run: '',
  tipo: '',
  desdeFecha: '',
  desdeHora: '',
  /** `si` when the exact time is not known: then `hasta*` close the span. */
  rango: '',
  hastaFecha: '',
  hastaHora: '',
  comunaCut: '',
  lugar: '',
  lat: '',
  lon: '',
  relato: '',
  objetos: '[]',
  patente: '',
  monto: '',
  canal: '',
  referencia: '',
  animal: '',
  relacion: '',
  titulo: '',
  sospechosos: '[]',
  testigos: '[]',
  email: '',
  telefono: '',
  comunaDomicilio: '',
  veracidad: '',
  primeraVez: '',
  /** The earlier reports the citizen said were another fact (the duplicate warning), by número. */
  otroHecho: '',
  /** The evidence whole on the server (web/archivos/borrador.ts): with the draft, on the account too. */
  archivos: '',
}
export type Respuestas = typeof empty
export type Grupo = 'objetos' | 'sospechosos' | 'testigos'
export type { Item }

/**
 * The one draft of the report, saved on every keystroke (IndexedDB, and on the account when signed
 * in) — or, when the citizen said the device is shared, kept off the device by the kit
 * (`setShared`): only in this page's memory and on the account.
 */
const guardado = createDraft<Respuestas>(SERVICE_ID, empty, { prefilled: ['run'] })
createRoot(() =>
  createEffect(() => {
    const enUnoCompartido = compartido()
    if (enUnoCompartido !== undefined) guardado.setShared(enUnoCompartido)
  }),
)

export const draft: Draft<Respuestas> = guardado

/** Whether a draft from before this page was loaded holds a report under way (then the device is the citizen's own). */
export const hayBorrador = () => guardado.values().tipo !== ''

/** A repeated group's items as typed. */
export function lista(values: Respuestas, grupo: Grupo): Item[] {
  return leerItems(values[grupo])
}

/** The offence chosen, if any. */
export function tipoDe(values: Respuestas): Tipo | undefined {
  return esTipo(values.tipo) ? TIPOS[values.tipo] : undefined
}

/** Pesos as people write them (`$ 1.500.000`): a whole number, else the text (which the schema refuses). */
function pesos(text: string): number | string | undefined {
  const clean = text.replace(/[$\s.]/g, '')
  if (clean === '') return undefined
  return /^\d{1,15}$/.test(clean) ? Number(clean) : text
}

/** What the API receives (the shared schema's input), from the answers as typed. */
export function inputDe(values: Respuestas): Record<string, unknown> {
  const tipo = tipoDe(values)
  const objeto = (item: Item) =>
    compact(
      Object.fromEntries(
        (tipo?.objetos?.campos ?? CAMPOS_OBJETO).map((campo: CampoObjeto) => [
          campo,
          campo === 'valor' ? pesos(item[campo] ?? '') : given(item[campo]),
        ]),
      ),
    )
  const lat = given(values.lat)
  const lon = given(values.lon)
  return compact({
    tipo: values.tipo,
    desdeFecha: values.desdeFecha,
    desdeHora: values.desdeHora,
    hastaFecha: values.rango === 'si' ? values.hastaFecha : undefined,
    hastaHora: values.rango === 'si' ? values.hastaHora : undefined,
    comunaCut: values.comunaCut,
    lugar: values.lugar,
    punto: lat && lon ? { lat: Number(lat), lon: Number(lon) } : undefined,
    relato: values.relato,
    objetos: tipo?.objetos ? lista(values, 'objetos').map(objeto) : undefined,
    detalles:
      tipo && tipo.detalles.length > 0
        ? compact(
            Object.fromEntries(
              tipo.detalles.map((id) => [id, id === 'monto' ? pesos(values.monto) : given(values[id])]),
            ),
          )
        : undefined,
    sospechosos: lista(values, 'sospechosos').map((s) =>
      compact({ descripcion: s.descripcion ?? '', nombre: given(s.nombre) }),
    ),
    testigos: lista(values, 'testigos').map((s) =>
      compact({ nombre: s.nombre ?? '', contacto: given(s.contacto) }),
    ),
    email: values.email,
    telefono: given(values.telefono),
    comunaDomicilio: values.comunaDomicilio,
    veracidad: values.veracidad === 'si',
    primeraVez: values.primeraVez === 'si',
  })
}

/**
 * The API's labels of the report's fields, for the browser's messages to name them as the server's
 * do. A repeated group's template (`objetos.*.imei`: «IMEI del objeto {n}») is written out for
 * every place in the list: the shell's `fieldLabel` reads labels as they are.
 */
registerFieldLabelTemplates(camposDenuncia, MAX_OBJETOS)

/** The messages of the report's own checks (`imei_invalido`…), which only its form needs. */
const propios: Propios = validacionDenuncia

const esquemas = new Map<string, ReturnType<typeof denunciaDe>>()

/**
 * The schema's issues with the keys of the report's own checks kept (the shared reader knows only
 * its own). The chosen offence's shape, the API's own (`denunciaDe`): the schema of all nine
 * (`v.variant`) would bring valibot's variant into the forms chunk every form page loads.
 */
function issuesDe(input: Record<string, unknown>): FieldIssue[] {
  const tipo = String(input.tipo ?? '')
  if (!esTipo(tipo)) return [{ field: 'tipo', key: tipo === '' ? 'required' : 'invalid_option' }]
  const esquema = esquemas.get(tipo) ?? denunciaDe(tipo)
  esquemas.set(tipo, esquema)
  const result = v.safeParse(esquema, input)
  if (result.success) return []
  return issuesConPropios(result.issues, propios)
}

/** One page of the form: the fields it asks (an error on `objetos.0.imei` is the `objetos` page's). */
export interface PasoForm {
  id: string
  campos: string[]
  /** Whether the offence asks it (its own details, the things taken). */
  aplica?: (tipo: Tipo) => boolean
}

/** The form's pages, in order, after the screener. */
export const PASOS: PasoForm[] = [
  { id: 'tipo', campos: ['tipo'] },
  { id: 'cuando', campos: ['desdeFecha', 'desdeHora', 'hastaFecha', 'hastaHora'] },
  { id: 'donde', campos: ['comunaCut', 'lugar', 'punto'] },
  { id: 'relato', campos: ['relato'] },
  { id: 'detalles', campos: ['detalles'], aplica: (tipo) => tipo.detalles.length > 0 },
  { id: 'objetos', campos: ['objetos'], aplica: (tipo) => tipo.objetos !== null },
  { id: 'sospechosos', campos: ['sospechosos'] },
  { id: 'testigos', campos: ['testigos'] },
  // The evidence's ids are not answers: the outbox puts them in `archivos` (Evidencia.tsx).
  { id: 'archivos', campos: ['archivos'] },
  { id: 'contacto', campos: ['email', 'telefono', 'comunaDomicilio'] },
  { id: 'revisar', campos: [] },
  { id: 'declaracion', campos: ['veracidad', 'primeraVez'] },
]

/** The pages the chosen offence asks, in order (all but its own when none is chosen yet). */
export function pasosDe(values: Respuestas): PasoForm[] {
  const tipo = tipoDe(values)
  return PASOS.filter((paso) => !paso.aplica || (tipo !== undefined && paso.aplica(tipo)))
}

/** Whether an error's field is one a page asks. */
export const delPaso = (paso: PasoForm, field: string) =>
  paso.campos.some((campo) => field === campo || field.startsWith(`${campo}.`))

/**
 * The problems of one page's answers, in the API's own words: the shared schema, and for the time
 * of the offence the clock's checks (never in the future, within reach of the law) — this
 * device's clock; the server checks again with its own.
 *
 * @example
 * problemas(PASOS[1], draft.values(), locale())
 */
export function problemas(paso: PasoForm, values: Respuestas, locale: Locale): FieldError[] {
  const input = inputDe(values)
  const found = issuesDe(input).filter((issue) => delPaso(paso, issue.field))
  if (paso.id === 'cuando' && found.length === 0)
    found.push(...revisarCuando(input as unknown as DenunciaInput, new Date()))
  return palabrasConPropios(found, locale, propios)
}

/**
 * The problems of all the answers, page by page: what stops the report before it is sent, with
 * the page where each is corrected.
 */
export function todosLosProblemas(values: Respuestas, locale: Locale): { paso: string; error: FieldError }[] {
  return pasosDe(values).flatMap((paso) =>
    paso.id === 'declaracion'
      ? []
      : problemas(paso, values, locale).map((error) => ({ paso: paso.id, error })),
  )
}
