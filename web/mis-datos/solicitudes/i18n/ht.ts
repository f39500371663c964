import type { SolicitudesMessages } from './es.ts'

/** Haitian Creole words of the requests about one's data in "Mis trámites", loaded on demand. */
export const messages: SolicitudesMessages = {
  'so.title': 'Demann sou done ou yo',
  'so.loading': 'N ap chaje demann ou yo sou done ou yo…',
  'so.failed': 'Nou pa t ka chaje demann ou yo sou done ou yo.',
  'so.numero': 'Demann {code}',
  'so.rectificacion': 'Koreksyon: {campo}',
  'so.rectificacion.sinCampo': 'Koreksyon done',
  'so.supresion': 'Efasman done',
  'so.fechas': 'Mande le {creada}. Delè pou reponn: {vence}.',
  'so.respuesta': 'Repons: {texto}',
  'so.resultado': 'Yo efase {suprimidos} dosye epi yo kenbe {conservados}.',
}
