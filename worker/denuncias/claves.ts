import { parseImei, parsePatente } from '../../core/identificadores.ts'
import type { denuncias, denunciasClaves } from '../../db/schema/index.ts'

/**
 * The keys that make two reports likely the same fact, whoever made them (issue 15, point 6;
 * decision 0037): the same phone (IMEI), the same vehicle (plate), the same thing (serial number),
 * or the same comuna around the same hour. Computed once, when the report is sent, and stored
 * beside it (`denuncias_claves`): finding another report with one of them is an index lookup.
 */

/** Two points of the same comuna and hour farther apart than this are two places. */
export const MISMO_LUGAR_M = 500
/** A time known only to within more than this says too little to match by place and hour. */
export const MAX_HORAS_LUGAR = 12
/** A serial number shorter than this (`123`, `A1`) names too many things to match by. */
export const MIN_SERIE = 6
/** Metres per degree of latitude (and of longitude at the equator). */
export const METROS_POR_GRADO = 111_320

const HORA_MS = 3_600_000

/** The kinds of key, in the order staff read why two reports match. */
export const TIPOS_CLAVE = ['imei', 'patente', 'serie', 'lugar'] as const
export type TipoClave = (typeof TIPOS_CLAVE)[number]

type Reporte = Pick<
  typeof denuncias.$inferSelect,
  'respuestas' | 'hechoDesde' | 'hechoHasta' | 'comunaCut' | 'lat' | 'lon'
>
type Clave = Omit<typeof denunciasClaves.$inferInsert, 'casoId'>

/**
 * The hours a report's time touches once widened by half an hour each way: an instant touches one
 * or two, a span each of its hours. Two reports touch a common hour whenever their widened times
 * overlap — always when they are less than an hour apart, never when more than two. None for a
 * span over {@link MAX_HORAS_LUGAR} hours.
 *
 * @example
 * horasDe(new Date('2026-11-23T00:30:00Z'), null) // ['2026-11-23T00']
 * horasDe(new Date('2026-11-23T00:45:00Z'), null) // ['2026-11-23T00', '2026-11-23T01']
 */
export function horasDe(desde: Date, hasta: Date | null): string[] {
  const fin = hasta ?? desde
  if (fin.getTime() - desde.getTime() > MAX_HORAS_LUGAR * HORA_MS) return []
  const primera = Math.floor((desde.getTime() - HORA_MS / 2) / HORA_MS)
  // The widened span ends just before fin + 30 min: a time on the half hour touches one hour.
  const ultima = Math.floor((fin.getTime() + HORA_MS / 2 - 1) / HORA_MS)
  const horas: string[] = []
  for (let hora = primera; hora <= ultima; hora += 1)
    horas.push(new Date(hora * HORA_MS).toISOString().slice(0, 13))
  return horas
}

/**
 * A serial number as its key: its letters and digits in capitals, `imei:` when it is a valid IMEI
 * (a phone's written in the serial field), none when shorter than {@link MIN_SERIE}.
 *
 * @example
 * claveDeSerie('sn-4421 88a') // 'serie:SN442188A'
 * claveDeSerie('35 209900 176148 1') // 'imei:352099001761481'
 */
export function claveDeSerie(serie: string): string | null {
  const imei = parseImei(serie)
  if (imei) return `imei:${imei}`
  const compacta = serie.toUpperCase().replace(/[^0-9A-Z]/g, '')
  return compacta.length >= MIN_SERIE ? `serie:${compacta}` : null
}

/**
 * A report's keys, each once: its items' IMEIs and serial numbers, its vehicle's plate (either
 * Chilean format, as printed, without separators), and its comuna at each hour its time touches —
 * with its point, if it has one, and the metres per degree of longitude there.
 *
 * @example
 * clavesDeDenuncia({ respuestas, hechoDesde, hechoHasta: null, comunaCut: '13101', lat: null, lon: null })
 * // [{ clave: 'imei:352099001761481' }, { clave: 'lugar:13101:2026-11-23T00', lat: null, lon: null, escalaLon: null }]
 */
export function clavesDeDenuncia(reporte: Reporte): Clave[] {
  const claves = new Map<string, Clave>()
  const agregar = (clave: string | null, punto: Omit<Clave, 'clave'> = {}) => {
    if (clave !== null && !claves.has(clave)) claves.set(clave, { clave, ...punto })
  }
  const { objetos, detalles } = reporte.respuestas
  for (const objeto of objetos) {
    const imei = parseImei(String(objeto.imei ?? ''))
    if (imei) agregar(`imei:${imei}`)
    if (objeto.serie !== undefined) agregar(claveDeSerie(String(objeto.serie)))
  }
  const patente = parsePatente(String(detalles.patente ?? ''))
  if (patente) agregar(`patente:${patente.patente}`)
  const { lat, lon } = reporte
  const punto =
    lat !== null && lon !== null
      ? { lat, lon, escalaLon: METROS_POR_GRADO * Math.cos((lat * Math.PI) / 180) }
      : { lat: null, lon: null, escalaLon: null }
  for (const hora of horasDe(reporte.hechoDesde, reporte.hechoHasta))
    agregar(`lugar:${reporte.comunaCut}:${hora}`, punto)
  return [...claves.values()]
}

/**
 * Why two reports match, as staff read it: the kind of key and its value (the IMEI, the plate,
 * the serial number; for a place, the hour's start as an instant).
 *
 * @example
 * coincidencia('patente:BBBB12') // { tipo: 'patente', valor: 'BBBB12' }
 * coincidencia('lugar:13101:2026-11-23T00') // { tipo: 'lugar', valor: '2026-11-23T00:00:00.000Z' }
 */
export function coincidencia(clave: string): { tipo: TipoClave; valor: string } | null {
  const [tipo = '', ...resto] = clave.split(':')
  const valor = resto.join(':')
  if (tipo === 'lugar') {
    const hora = new Date(`${resto[1] ?? ''}:00:00Z`)
    return Number.isNaN(hora.getTime()) ? null : { tipo, valor: hora.toISOString() }
  }
  const conocido = TIPOS_CLAVE.find((known) => known === tipo)
  return conocido ? { tipo: conocido, valor } : null
}
