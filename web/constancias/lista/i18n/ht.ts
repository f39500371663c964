import type { ListaMessages } from './es.ts'

/**
 * Haitian Creole words of the Constancias screens (the list of constancias), loaded on demand.
 * Chilean institutions keep their Spanish names, as citizens will meet them at the police unit.
 */
export const messages: ListaMessages = {
  'list.title': 'Konstans (constancias)',
  'list.lead': 'Fè Carabineros anrejistre fè ou bezwen pwouve. Chwazi ki kalite konstans.',
  'list.voto': 'Konstans vòt (Constancias Votación)',
  'list.voto.desc':
    'Pou jistifye ou pa t vote paske jou eleksyon an ou te nan yon kote ki a plis pase 200 kilomèt de biwo vòt ou.',
}
