import type { EnviosMessages } from './es.ts'

/** Haitian Creole words of `/envios`, loaded on demand. */
export const messages: EnviosMessages = {
  'envios.title': 'Sa ou voye yo',
  'envios.lead': 'Sa ou voye depi aparèy sa a ak sa ki rive chak.',
  'envios.empty': 'Ou poko voye anyen depi aparèy sa a.',
  'envios.state.pending': 'K ap tann',
  'envios.state.sent': 'Voye',
  'envios.state.rejected': 'Refize',
  'envios.pendingNote': 'L ap voye lè gen koneksyon. Anrejistre {date}.',
  'envios.sentNote': 'Resevwa {date}. Nimewo anrejistreman: {id}.',
  'envios.retry': 'Eseye voye kounye a',
  'envios.dismiss': 'Retire nan lis la',
  'envios.edit': 'Korije epi voye ankò',
}
