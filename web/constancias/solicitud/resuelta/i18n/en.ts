import type { ResueltaMessages } from './es.ts'

/** English words of a request no longer pending (validated, refused or expired), loaded on demand. */
export const messages: ResueltaMessages = {
  'done.validada.title': 'Constancia validated',
  'done.validada.body':
    'Carabineros validated your constancia. The digital constancia was sent as a PDF to your e-mail address.',
  'done.validada.pdf': 'Download the constancia (PDF)',
  'done.rechazada.title': 'Request refused',
  'done.rechazada.body': 'Carabineros refused this request.',
  'done.rechazada.reason': 'Reason: {motivo}',
  'done.vencida.title': 'Request expired',
  'done.vencida.body':
    'This request was not validated at a Carabineros police unit on election day, so it has no legal value.',
}
