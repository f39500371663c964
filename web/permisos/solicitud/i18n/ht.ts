import type { SolicitudMessages } from './es.ts'

/** Haitian Creole words of the permit request, loaded on demand. */
export const messages: SolicitudMessages = {
  'gate.loading': 'N ap chaje enfòmasyon ou yo…',
  'gate.signin.title': 'Konekte ak ClaveÚnica',
  'gate.signin.body':
    'Pou w mande yon pèmi deplasman ou dwe konekte ak ClaveÚnica: se li ki pwouve idantite w devan Rejis Sivil la.',
  'gate.self.title': 'Demach sa a mande ClaveÚnica',
  'gate.self.body':
    'Ou konekte ak pwòp kont ou. Yo bay pèmi deplasman sèlman bay moun ki konekte ak ClaveÚnica.',
  'gate.failed.title': 'Ou pa ka kontinye',
  'gate.offline.title': 'Pa gen koneksyon',
  'gate.offline.body':
    'Pou n louvri fòmilè a nou bezwen chèche enfòmasyon ou yo yon fwa. Eseye ankò lè w gen koneksyon; apre sa ou ka ranpli l epi voye l menm si rezo a koupe.',
  'gate.retry': 'Eseye ankò',

  'form.title': 'Mande yon pèmi deplasman',
  'form.titular': 'Sou non',
  'form.run': 'RUN',
  'form.tipo.hint': 'Jiska {duracion}, ant {desde} ak {hasta}. Ou itilize {usados} sou {cupo} semèn sa a.',
  'form.tipo.hintProxima':
    'Jiska {duracion}, ant {desde} ak {hasta}. Semèn pwochèn: ou itilize {usados} sou {cupo}.',
  'form.comuna.hint': 'Komin kote w ap deplase a. Se sèlman komin ki gen restriksyon ki parèt.',
  'form.comuna.placeholder': 'Chwazi yon komin',
  'form.comuna.cuarentena': 'An karantèn (chak jou)',
  'form.comuna.transicion': 'An tranzisyon (samdi ak dimanch)',
  'form.comuna.desde': '{comuna} (depi {desde})',
  'form.comuna.transicionAviso': 'Komin sa a an tranzisyon: soti lendi rive vandredi ou ka deplase san pèmi.',
  'form.fecha.hint': 'Jodi a oswa jiska {dias} jou pita.',
  'form.fecha.placeholder': 'Chwazi yon jou',
  'form.fecha.hoy': 'jodi a',
  'form.fecha.manana': 'demen',
  'form.fecha.estaSemana': 'Semèn sa a',
  'form.fecha.proximaSemana': 'Semèn pwochèn',
  'form.hora.hint': 'Lè Chili kontinantal. Pèmi sa a dire {duracion} epi li dwe fini anvan {hasta}.',
  'form.hora.hintSinTipo': 'Lè Chili kontinantal. Lè ou ka chwazi yo depann de kalite pèmi a.',
  'form.hora.ninguna': 'Pa rete okenn lè jou sa a pou pèmi sa a: chwazi yon lòt jou.',
  'form.hora.placeholder': 'Chwazi yon lè',
  'form.hora.manana': 'Maten',
  'form.hora.tarde': 'Apremidi',
  'form.hora.noche': 'Aswè',
  'form.destino.hint': 'Lari, nimewo epi, si sa nesesè, kote a. Pa egzanp: Supermercado, Av. Matta 1200.',
  'form.establecimiento.hint': 'Non klinik la oswa lopital la ak adrès li.',
  'form.fallecido.hint': 'Non konplè fanmi w lan.',
  'form.dependiente.hint': 'Non konplè moun w ap okipe a.',
  'form.serie.hint':
    'Se pa RUN ou. Sou kat aktyèl la se «NÚMERO DOCUMENTO», 9 chif (pa egzanp 123.456.789); sou ansyen kat la se «N° SERIE», yon lèt ak 9 chif (pa egzanp A012345678).',

  'check.title': 'Verifye demann ou',
  'check.window': 'Depi {desde} rive {hasta}',
  'check.personal':
    'Pèmi a pèsonèl, ou pa ka bay lòt moun li. Lè w voye l, n ap verifye nan Rejis Sivil la, Gendarmería de Chile ak Otorite Sante a.',
  'check.send': 'Mande pèmi a',
  'check.sending': 'N ap voye…',

  'queued.title': 'Demann anrejistre pou voye',
  'queued.body':
    'Pa gen koneksyon. Demann ou anrejistre sou aparèy sa a epi l ap pati pou kont li lè rezo a tounen; pèmi w ap parèt isit la. Pa dekonekte.',
  'queued.gone': 'Demann sa a pa sou aparèy sa a ankò. Gade sa ou voye yo.',
  'queued.failed.title': 'Yo pa bay pèmi a',
  'queued.failed.again': 'Tounen nan fòmilè a',

  'refused.title': 'Pèmi pa bay',
  'refused.final': 'Repons sa a definitif: si w mande ankò sa p ap chanje rezilta a.',
  'refused.emergency': 'Nan yon ijans rele 133 (Carabineros) oswa 131 (SAMU).',
  'refused.home': 'Tounen nan paj dakèy la',
}
