import type { SolicitudesMessages } from './es.ts'

/** English words of the requests about one's data in "Mis trámites", loaded on demand. */
export const messages: SolicitudesMessages = {
  'so.title': 'Requests about your data',
  'so.loading': 'Loading your requests about your data…',
  'so.failed': 'Your requests about your data could not be loaded.',
  'so.numero': 'Request {code}',
  'so.rectificacion': 'Correction: {campo}',
  'so.rectificacion.sinCampo': 'Correction of data',
  'so.supresion': 'Erasure of data',
  'so.fechas': 'Asked on {creada}. To be answered by: {vence}.',
  'so.respuesta': 'Answer: {texto}',
  'so.resultado': '{suprimidos} records were erased and {conservados} are kept.',
}
