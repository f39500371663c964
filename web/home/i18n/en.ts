import type { HomeMessages } from './es.ts'

/** English words of the home page, loaded on demand. */
export const messages: HomeMessages = {
  'home.title': 'Comisaría Virtual',
  'home.lead':
    'Deal with Carabineros (the Chilean police) from anywhere, on any device. Forms work offline and are sent when you are back online.',
  'home.services': 'Services',
  'home.soon': 'Coming soon',
  'home.voto': 'Unable to vote?',
  'home.voto.desc': 'See what will justify your absence, depending on where you will be on election day.',
  'service.denuncias.desc': 'Report theft, damage and other crimes without going to a police station.',
  'service.permisos.desc': 'Apply for a permit to travel when movement is restricted.',
  'service.anonima.desc':
    'Give information about organised crime, vehicles or drugs without saying who you are.',
  'service.constancias.desc':
    'Put on record events that are not crimes, including the Voting certificate when you could not vote.',
  'service.reclamos.desc': 'Tell us how Carabineros treated you.',
  'service.reencuentro.desc': 'Ask for help to find a relative you have lost contact with.',
  'service.condolencias.desc': 'Leave a message for the families of officers who died on duty.',
}
