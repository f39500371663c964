import type { SupresionMessages } from './es.ts'

/** Haitian Creole words of the erasure, loaded on demand. */
export const messages: SupresionMessages = {
  'su.title': 'Mande pou yo efase done ou yo',
  'su.lead':
    'Ou ka mande pou yo efase done Comisaría Virtual pa bezwen kenbe ankò. Done lalwa oblije kenbe yo rete jiskaske delè yo fini; apre sa yo efase poukont yo.',
  'su.suprimira.title': 'Sa y ap efase',
  'su.conservara.title': 'Sa y ap kenbe, ak poukisa',
  'su.conservara.empty': 'Anyen: y ap efase tout.',
  'su.nada':
    'Pou kounye a yo pa ka efase okenn nan done ou yo: fòk yo kenbe yo tout jiska dat ki endike yo. Apre sa yo efase poukont yo.',
  'su.cuenta':
    'Piske yo pa bezwen kenbe anyen pou ou, y ap efase kont ou tou epi y ap dekonekte ou. Pou fè demach ankò, w ap oblije konekte ankò.',
  'su.confirmar.legend': 'Konfime ou vle efase done ou yo',
  'su.enviar': 'Efase done mwen yo',
  'su.enviando': 'N ap efase…',
  'su.hecha.title': 'Yo efase done ou yo',
  'su.hecha.ref': 'Nimewo demann lan',
  'su.hecha.suprimidos': 'Sa yo efase',
  'su.hecha.conservados': 'Sa yo kenbe, ak poukisa',
  'su.hecha.nadaSuprimido': 'Yo pa efase okenn done.',
  'su.hecha.nadaConservado': 'Yo pa kenbe okenn done.',
  'su.hecha.sin': 'Pa gen okenn efasman resan pou montre sou aparèy sa a.',
  'su.hecha.tramites': 'Demann ou ak repons li nan Demach mwen yo.',
  'su.eliminada.title': 'Yo efase kont ou',
  'su.eliminada.body':
    'Yo efase done ou yo ak kont ou nan Comisaría Virtual, epi yo dekonekte ou sou aparèy sa a.',
  'su.eliminada.ref': 'Nimewo demann ou:',
  'su.eliminada.inicio': 'Ale nan paj dakèy la',
}
