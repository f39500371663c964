import type { ListaMessages } from './es.ts'

/**
 * English words of the Constancias screens (the list of constancias), loaded on demand. Chilean
 * institutions and procedures keep their Spanish names, as citizens will meet them at the police
 * unit.
 */
export const messages: ListaMessages = {
  'list.title': 'Constancias (certificates)',
  'list.lead': 'Put on record with Carabineros facts you need to prove. Choose the type of constancia.',
  'list.voto': 'Voting constancia (Constancias Votación)',
  'list.voto.desc':
    'To justify not voting because on election day you were more than 200 kilometres from your polling place.',
}
