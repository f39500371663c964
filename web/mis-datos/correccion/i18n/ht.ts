import type { CorreccionMessages } from './es.ts'

/** Haitian Creole words of "Pedir una corrección", loaded on demand. */
export const messages: CorreccionMessages = {
  'co.caption': 'Mande yon koreksyon',
  'co.dato.title': 'Ki done ou vle korije?',
  'co.dato.hint':
    'Se sèlman done ou ka korije isit la ki parèt. Lòt yo soti nan lòt rejis, tankou Rejis Sivil oswa SERVEL, epi se la yo korije yo.',
  'co.dato.actual': 'Kounye a li di: {valor}',
  'co.dato.none': 'Ou pa ka korije okenn nan done ou yo isit la.',
  'co.valor.label': '{campo}: ki done ki kòrèk la?',
  'co.valor.hint': 'Kounye a li di: {actual}',
  'co.explicacion.label': 'Èske ou vle eksplike yon lòt bagay? (si ou vle)',
  'co.explicacion.hint':
    'Pa egzanp, poukisa done a pa bon oswa ki kote yo ka verifye sa ki kòrèk la. Pa plis pase 1.000 karaktè.',
  'co.check.title': 'Verifye demann ou anvan ou voye l',
  'co.check.registro': 'Dosye',
  'co.check.campo': 'Done',
  'co.check.actual': 'Kounye a li di',
  'co.check.valor': 'Done ki kòrèk',
  'co.check.explicacion': 'Eksplikasyon',
  'co.check.sinExplicacion': 'San eksplikasyon',
  'co.check.plazo':
    'Yon sipèvizè Carabineros ap egzamine demann ou epi l ap reponn ou nan {dias} jou kalandriye. Si li aksepte l, y ap korije done a.',
  'co.check.send': 'Voye demann lan',
  'co.check.sending': 'N ap voye…',
  'co.check.missing': 'Anvan, chwazi done ou vle korije a.',
  'co.check.choose': 'Chwazi done a',
  'co.sent.title': 'Demann lan ale',
  'co.sent.ref': 'Nimewo demann lan',
  'co.sent.plazo': 'N ap reponn ou pi ta le {fecha}: lalwa bay {dias} jou kalandriye pou reponn.',
  'co.sent.tramites': 'Ou ka swiv li nan Demach mwen yo.',
  'co.queued.title': 'Demann lan anrejistre pou voye',
  'co.queued.body':
    'Pa gen koneksyon kounye a. Demann ou anrejistre sou aparèy sa a epi l ap ale poukont li lè koneksyon an tounen. Ou pa bezwen voye l ankò.',
  'co.rejected.title': 'Nou pa t ka voye demann lan',
  'co.unknown': 'Demann sa a pa sou aparèy sa a.',
  'co.otra': 'Mande yon lòt koreksyon',
}
