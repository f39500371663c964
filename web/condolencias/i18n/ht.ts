import type { CondolenciasMessages } from './es.ts'

/** Haitian Creole words of the condolence book's screens, loaded on demand. */
export const messages: CondolenciasMessages = {
  'cond.lead': 'Kite yon mesaj kondoleyans pou fanmi ak kolèg polisye ki mouri nan sèvis.',
  'cond.before': 'Anvan ou kòmanse',
  'cond.beforeName': 'Y ap pibliye mesaj ou nan liv sa a ak non ou bay la.',
  'cond.beforeOffline': 'Ou ka ekri l san koneksyon: l ap voye pou kont li lè rezo a tounen.',
  'cond.recent': 'Dènye mesaj yo',
  'cond.recentEmpty': 'Poko gen mesaj.',
  'cond.recentOffline': 'Nou pa ka montre mesaj liv la san koneksyon.',
  'cond.recentLoading': 'N ap chaje mesaj yo…',
  'cond.nombre.label': 'Ki non ou?',
  'cond.nombre.hint': 'L ap parèt ak mesaj ou. Ou ka sèvi ak non yon fanmi oswa yon enstitisyon.',
  'cond.mensaje.label': 'Ekri mesaj ou',
  'cond.mensaje.hint': 'Pa plis pase 2 000 karaktè.',
  'cond.check.nombre': 'Non',
  'cond.check.mensaje': 'Mesaj',
  'cond.sent.title': 'Mesaj la voye',
  'cond.sent.body': 'Mèsi. Mesaj ou anrejistre nan liv kondoleyans lan.',
  'cond.sent.ref': 'Nimewo anrejistreman',
  'cond.queued.title': 'Mesaj la anrejistre pou voye',
  'cond.queued.body':
    'Pa gen koneksyon kounye a. Mesaj ou anrejistre sou aparèy sa a epi l ap voye pou kont li lè koneksyon an tounen. Ou pa bezwen voye l ankò.',
  'cond.another': 'Ekri yon lòt mesaj',
}
