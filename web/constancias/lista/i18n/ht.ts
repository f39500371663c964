import type { ListaMessages } from './es.ts'

/**
 * Haitian Creole words of the Constancias screens (the list of constancias), loaded on demand.
 * Chilean institutions keep their Spanish names, as citizens will meet them at the police unit.
 */
export const messages: ListaMessages = {
  'list.title': 'Konstans (constancias)',
  'list.lead': 'Fè Carabineros anrejistre fè ou bezwen pwouve. Chwazi ki kalite konstans.',
  'list.soon': 'Ap disponib byento',
  'list.voto': 'Konstans vòt (Constancias Votación)',
  'list.voto.desc':
    'Pou jistifye ou pa t vote paske jou eleksyon an ou te nan yon kote ki a plis pase 200 kilomèt de biwo vòt ou.',
  'list.bomberos': 'Ponpye ki blese',
  'list.bomberos.desc': 'Blesi ponpye sibi pandan sèvis, pou reklamasyon devan Komisyon Mache Finansye a.',
  'list.laboral': 'Pwoblèm nan travay',
  'list.laboral.desc': 'Yon kontra oswa yon akò travay ki pa respekte.',
  'list.abandono': 'Abandon kay',
  'list.abandono.desc': 'Yon manm fanmi ki kite kay la pou kont li.',
  'list.pension': 'Pansyon alimantè ki pa peye',
  'list.pension.desc': 'Yon pansyon alimantè lalwa fikse ki pa peye.',
  'list.documentos': 'Dokiman ki pèdi',
  'list.documentos.desc': 'Kat idantite, paspò oswa lòt dokiman ou pèdi.',
  'list.celular': 'Telefòn selilè ki pèdi',
  'list.celular.desc': 'Yon telefòn selilè ou pèdi, pou bloke l oswa pou asirans lan.',
  'list.patente': 'Plak machin ki pèdi',
  'list.patente.desc': 'Yon plak machin ou pèdi, oswa yon demann pou yon kopi.',
  'list.visitas': 'Dwa vizit ki pa respekte',
  'list.visitas.desc': 'Yon orè vizit yon tribinal fikse ki pa respekte.',
  'list.residencia': 'Sètifika rezidans definitif ki pèdi',
  'list.residencia.desc': 'Sètifika rezidans definitif yon etranje pèdi.',
}
