import { fieldLabel } from '../../i18n/server-catalog.ts'
import { isoDate } from '../fechas.ts'

/** A request as `POST /api/funcionarios/constancias-voto/buscar` shows it to an officer. */
export interface SolicitudParaValidar {
  code: string
  estado: 'pendiente' | 'validada' | 'rechazada' | 'vencida'
  canal: string
  nombre: string
  run: string
  fechaNacimiento: string
  eleccion: { id: string; nombre: string; fecha: string; fechaPrimarias: string }
  documentoVigenteDesde: string
  comunaVotacion: string
  region: string
  unidad: string
  distanciaKm: number
  cerca: boolean
}

/** What a validation or an assisted constancia answers. */
export interface Validada {
  code: string
  estado: 'validada'
  verificacionUrl: string
}

/** The current election, as `GET /api/constancias-voto/eleccion` gives it. */
export interface EleccionActual {
  id: string
  nombre: string
  fecha: string
  fechaPrimarias: string
  estado: string
}

export const API = '/api/funcionarios/constancias-voto'
export const pdfUrl = (code: string) => `${API}/${encodeURIComponent(code)}/pdf`

/** The document answers of a form, as the API's document fields. */
export interface DocumentoAnswers {
  documento: string
  numeroDocumento: string
  vencimiento: string
  vencimientoMes: string
  vencimientoAnio: string
  runDocumento: string
  nombreCoincide: string
}

export const DOCUMENTO_VACIO: DocumentoAnswers = {
  documento: '',
  numeroDocumento: '',
  vencimiento: '',
  vencimientoMes: '',
  vencimientoAnio: '',
  runDocumento: '',
  nombreCoincide: '',
}

/** The document answers as the API's document fields. */
export function documentoInput(values: DocumentoAnswers) {
  return {
    documento: values.documento,
    numeroDocumento: values.numeroDocumento,
    vencimiento: isoDate(values.vencimiento, values.vencimientoMes, values.vencimientoAnio),
    runDocumento: values.runDocumento,
    nombreCoincide: values.nombreCoincide === 'si',
  }
}

export { fieldLabel }
