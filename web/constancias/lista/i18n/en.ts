import type { ListaMessages } from './es.ts'

/**
 * English words of the Constancias screens (the list of constancias), loaded on demand. Chilean
 * institutions and procedures keep their Spanish names, as citizens will meet them at the police
 * unit.
 */
export const messages: ListaMessages = {
  'list.title': 'Constancias (certificates)',
  'list.lead': 'Put on record with Carabineros facts you need to prove. Choose the type of constancia.',
  'list.soon': 'Coming soon',
  'list.voto': 'Voting constancia (Constancias Votación)',
  'list.voto.desc':
    'To justify not voting because on election day you were more than 200 kilometres from your polling place.',
  'list.bomberos': 'Injured firefighters',
  'list.bomberos.desc':
    'Injuries suffered by firefighters on duty, for claims before the Financial Market Commission.',
  'list.laboral': 'Breach of employment',
  'list.laboral.desc': 'Breach of an employment contract or agreement.',
  'list.abandono': 'Abandonment of the home',
  'list.abandono.desc': 'A family member leaving the shared home of their own will.',
  'list.pension': 'Unpaid child support',
  'list.pension.desc': 'Failure to pay child support set by law.',
  'list.documentos': 'Lost documents',
  'list.documentos.desc': 'Loss of your identity card, passport or other documents.',
  'list.celular': 'Lost mobile phone',
  'list.celular.desc': 'Loss of a mobile phone, to block it or for your insurance.',
  'list.patente': 'Lost number plate',
  'list.patente.desc': 'Loss of a vehicle number plate, or a request for a duplicate.',
  'list.visitas': 'Breach of visitation rights',
  'list.visitas.desc': 'Failure to keep to visitation arrangements set by a court.',
  'list.residencia': 'Lost permanent residence certificate',
  'list.residencia.desc': "Loss of a foreign resident's permanent residence certificate.",
}
