import type { HomeMessages } from './es.ts'

/** Haitian Creole words of the home page, loaded on demand. */
export const messages: HomeMessages = {
  'home.title': 'Comisaría Virtual',
  'home.lead':
    'Fè demach ou ak Carabineros (lapolis Chili) kote ou ye, sou nenpòt aparèy. Fòmilè yo mache san koneksyon epi y ap voye lè rezo a tounen.',
  'home.services': 'Sèvis yo',
  'home.soon': 'Ap disponib byento',
  'home.voto': 'Ou pa p ka vote?',
  'home.voto.desc': 'Gade kisa ki ka jistifye absans ou, dapre kote w ap ye jou eleksyon an.',
  'service.denuncias.desc': 'Denonse vòl, domaj ak lòt krim san ou pa bezwen ale nan yon komisarya.',
  'service.permisos.desc': 'Mande yon pèmi pou deplase lè gen restriksyon sou mouvman moun.',
  'service.anonima.desc': 'Bay enfòmasyon sou krim òganize, machin oswa dwòg san ou pa di kiyès ou ye.',
  'service.constancias.desc': 'Fè anrejistre evènman ki pa krim, tankou Konstans Vòt la lè ou pa t ka vote.',
  'service.reclamos.desc': 'Di nou kijan Carabineros te trete ou.',
  'service.reencuentro.desc': 'Mande èd pou jwenn yon fanmi ou pèdi kontak avè l.',
  'service.condolencias.desc': 'Kite yon mesaj pou fanmi polisye ki mouri nan sèvis.',
}
