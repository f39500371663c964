import type { constanciasVotoRoute } from '../../../worker/constancias-voto/route.ts'
import type { validacionRoute } from '../../../worker/constancias-voto/validacion-route.ts'
import type { RouteBody } from '../../forms/api.ts'
import { fieldLabel } from '../../i18n/server-catalog.ts'
import { isoDate } from '../fechas.ts'

/** A request as `POST /api/funcionarios/constancias-voto/buscar` shows it to an officer. */
export type SolicitudParaValidar = RouteBody<typeof validacionRoute, '/buscar', 'post'>

/** What a validation or an assisted constancia answers. */
export type Validada = RouteBody<typeof validacionRoute, '/:code/validar', 'post'>

/** The current election, as `GET /api/constancias-voto/eleccion` gives it (or none). */
export type EleccionActual = RouteBody<typeof constanciasVotoRoute, '/eleccion'>

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
