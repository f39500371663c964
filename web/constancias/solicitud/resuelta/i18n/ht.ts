import type { ResueltaMessages } from './es.ts'

/** Haitian Creole words of a request no longer pending (validated, refused or expired), loaded on demand. */
export const messages: ResueltaMessages = {
  'done.validada.title': 'Konstans valide',
  'done.validada.body': 'Carabineros valide konstans ou. Yo voye konstans dijital la an PDF nan imèl ou.',
  'done.validada.pdf': 'Telechaje konstans lan (PDF)',
  'done.rechazada.title': 'Demann refize',
  'done.rechazada.body': 'Carabineros refize demann sa a.',
  'done.rechazada.reason': 'Rezon: {motivo}',
  'done.vencida.title': 'Demann ekspire',
  'done.vencida.body':
    'Yo pa t valide demann sa a nan yon inite Carabineros jou eleksyon an, kidonk li pa gen valè legal.',
}
