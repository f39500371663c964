import { createSignal } from 'solid-js'
import { formatDate, formatDay } from '../i18n/dates.ts'
import { type Locale, locale } from '../i18n/index.ts'
import type { Finalidad, MotivoConservacion, Registro } from './api.ts'
import type { MisDatosKey } from './i18n/es.ts'
import { messages } from './i18n/es.ts'
import { tm } from './i18n/index.ts'

/*
 * The API's keys in the citizen's words: records, fields, values, states, reasons to keep a
 * record and purposes of a read. Dates are Chile's, wherever the device's clock is set: the
 * clocks run on Chile's calendar.
 */

const CHILE = 'America/Santiago'

/** A key of the catalogue built from an API's key, if the catalogue has it. */
function clave(prefix: string, key: string): MisDatosKey | undefined {
  const candidate = `${prefix}${key}`
  return candidate in messages ? (candidate as MisDatosKey) : undefined
}

/** The words of a record kind's own fields and states, in the three languages (`i18n/tipos/`). */
type PalabrasDeTipo = Record<Locale, Record<string, string>>

/**
 * Where each record kind's own words are: one file per service, loaded when a record of one of its
 * kinds is shown, so that a citizen without such records never downloads them. The words several
 * kinds share, the account's and the requests' stay in `i18n/` (other screens name them too).
 */
const ARCHIVOS = {
  constancias: () => import('./i18n/tipos/constancias.ts'),
  permisos: () => import('./i18n/tipos/permisos.ts'),
  certificados: () => import('./i18n/tipos/certificados.ts'),
  reclamos: () => import('./i18n/tipos/reclamos.ts'),
  condolencias: () => import('./i18n/tipos/condolencias.ts'),
  reencuentro: () => import('./i18n/tipos/reencuentro.ts'),
} satisfies Record<string, () => Promise<{ palabras: PalabrasDeTipo }>>
const TIPOS: Partial<Record<string, keyof typeof ARCHIVOS>> = {
  constancia_voto: 'constancias',
  aviso_legal: 'constancias',
  permiso: 'permisos',
  permiso_rechazado: 'permisos',
  certificado: 'certificados',
  reclamo: 'reclamos',
  felicitacion: 'reclamos',
  condolencia: 'condolencias',
  reencuentro: 'reencuentro',
}

const [deTipos, setDeTipos] = createSignal<PalabrasDeTipo[]>([])

/**
 * Loads the words of the given record kinds (once each); the screens that show records await it
 * with the records (`ConDatos.tsx`).
 *
 * @example
 * await palabrasDe(datos.registros.map((r) => r.tipo))
 */
export async function palabrasDe(tipos: string[]): Promise<void> {
  const archivos = [...new Set(tipos.flatMap((tipo) => TIPOS[tipo] ?? []))]
  const cargados = await Promise.all(archivos.map((archivo) => ARCHIVOS[archivo]()))
  const nuevos = cargados.map((m): PalabrasDeTipo => m.palabras).filter((p) => !deTipos().includes(p))
  if (nuevos.length > 0) setDeTipos([...deTipos(), ...nuevos])
}

/** The API's key in words, or the key itself when a newer server sends one this page lacks. */
function nombre(prefix: string, key: string, params?: Record<string, string>): string {
  const found = clave(prefix, key)
  if (found) return tm(found, params)
  const candidate = `${prefix}${key}`
  return deTipos().find((p) => candidate in p[locale()])?.[locale()][candidate] ?? key
}

/**
 * A day as the citizen's language writes it, in Chile: "4 de diciembre de 2026".
 *
 * @example
 * dia('2028-12-04T03:00:00.000Z') // '4 de diciembre de 2028'
 */
export function dia(iso: string): string {
  return formatDay(iso, CHILE)
}

/** A day and time in Chile: "4 de diciembre de 2026, 15:02". */
export function momento(iso: string): string {
  return formatDate(iso, CHILE)
}

/** A field's name: `email` → "Correo electrónico". */
export const nombreCampo = (campo: string) => nombre('md.campo.', campo)

/** A service whose records the page groups: `permisos` → "Permisos de desplazamiento". */
export const nombreServicio = (servicio: string) => nombre('md.servicio.', servicio)

/** A record's kind: `constancia_voto` → "Constancia de votación". */
export const nombreTipo = (tipo: string) => nombre('md.tipo.', tipo)

/** A record as the citizen knows it: "Constancia de votación WNDT7C4Z3T". */
export const registroLegible = (tipo: string, code: string | null) =>
  `${nombreTipo(tipo)}${code ? ` ${code}` : ''}`

/** A record's or a request's state: `pendiente` → "Pendiente". */
export const nombreEstado = (estado: string) => nombre('md.estado.', estado)

/** Why an officer read the citizen's data. */
export const nombreFinalidad = (finalidad: Finalidad) => nombre('md.finalidad.', finalidad)

/**
 * Why a record must be kept, and from when it may be erased.
 *
 * @example
 * motivo('permiso_en_plazo', '2027-12-04T03:00:00.000Z')
 * // 'No se puede suprimir todavía: … Podrá suprimirse desde el 4 de diciembre de 2027.'
 */
export function motivo(motivo: MotivoConservacion | string | null, hasta: string | null): string {
  const porque = nombre('md.motivo.', motivo ?? '')
  return hasta ? `${porque} ${tm('md.motivo.hasta', { fecha: dia(hasta) })}` : porque
}

const ISO_INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/
const ISO_DAY = /^(\d{4})-(\d{2})-(\d{2})$/

/** The fields whose values are the API's own words rather than the citizen's. */
const NOMBRADOS = new Set(['canal', 'tipoSolicitud'])

/**
 * A field's value as the citizen reads it: instants and days in their language, the API's own
 * words (`asistida`, `rectificacion`) named, nothing at all said as such.
 *
 * @example
 * valor('fechaNacimiento', '1985-03-14') // '14-03-1985'
 */
export function valor(campo: string, value: unknown): string {
  if (value === null || value === undefined || value === '') return tm('md.vacio')
  if (typeof value === 'number' || typeof value === 'boolean') return String(value)
  if (typeof value === 'string') {
    if (campo === 'campo') return nombreCampo(value)
    if (NOMBRADOS.has(campo)) return nombre('md.valor.', value)
    if (ISO_INSTANT.test(value)) return momento(value)
    const day = ISO_DAY.exec(value)
    return day ? `${day[3]}-${day[2]}-${day[1]}` : value
  }
  if (Array.isArray(value)) return value.map((item) => valor(campo, item)).join(', ')
  if (typeof value === 'object' && 'texto' in value && typeof value.texto === 'string') return value.texto
  return JSON.stringify(value)
}

/** The fields of a record a citizen may ask to correct. */
export function corregibles(registro: Registro): Registro['campos'] {
  return registro.campos.filter((campo) => campo.rectificable)
}
