import type { MisTramitesMessages } from './es.ts'

/** English words of the citizen's election constancias in “Mis trámites”, loaded on demand. */
export const messages: MisTramitesMessages = {
  'state.pendiente': 'Pending',
  'state.validada': 'Validated',
  'state.rechazada': 'Refused',
  'state.vencida': 'Expired',
  'mine.title': 'Voting constancias',
  'mine.loading': 'Loading your requests…',
  'mine.failed': 'Your requests could not be loaded.',
  'mine.code': 'Code {code}',
  'mine.motivo': 'Reason for the refusal: {motivo}',
}
