import type { MisTramitesMessages } from './es.ts'

/** Haitian Creole words of the citizen's election constancias in “Mis trámites”, loaded on demand. */
export const messages: MisTramitesMessages = {
  'state.pendiente': 'An atant',
  'state.validada': 'Valide',
  'state.rechazada': 'Refize',
  'state.vencida': 'Ekspire',
  'mine.title': 'Konstans vòt',
  'mine.loading': 'N ap chaje demann ou yo…',
  'mine.failed': 'Nou pa t ka chaje demann ou yo.',
  'mine.code': 'Kòd {code}',
  'mine.motivo': 'Rezon refi a: {motivo}',
}
