import type { InicioMessages } from './es.ts'

/** English words of the permits' landing page, loaded on demand. */
export const messages: InicioMessages = {
  'inicio.title': 'Travel permits',
  'inicio.lead':
    'If your comuna is under quarantine, you need a temporary permit to leave your home: to buy essential supplies, for medical care, for a funeral or to look after someone in your care. It is free and issued at once.',
  'inicio.where.title': 'Where you need one',
  'inicio.where.rule':
    'Under quarantine you need a permit every day; in transition, only on Saturdays and Sundays.',
  'inicio.where.signedOut':
    'The health authority decides which comunas are under restrictions. Sign in with ClaveÚnica to see which ones require a permit and how many permits you have left this week.',
  'inicio.where.loading': 'Checking the comunas under restrictions…',
  'inicio.where.offline': 'With no connection we cannot show which comunas are under restrictions.',
  'inicio.where.none': 'No comuna is under restrictions today: you need no permit to travel.',
  'inicio.fase.cuarentena': 'Quarantine: a permit every day',
  'inicio.fase.transicion': 'Transition: a permit on Saturdays and Sundays',
  'inicio.fase.desde': 'from {desde}',
  'inicio.fase.hasta': 'from {desde} to {hasta}',
  'inicio.types.title': 'Types of permit',
  'inicio.type': 'Up to {duracion}, between {desde} and {hasta}. You used {usados} of {cupo} this week.',
  'inicio.need.title': 'What you need',
  'inicio.need.claveunica': 'Your ClaveÚnica.',
  'inicio.need.cedula': 'Your valid identity card: we will ask for its document number.',
  'inicio.need.destino': 'The address you are going to.',
  'inicio.show':
    'The permit is personal and cannot be transferred. Show it at checkpoints together with your identity card: on your phone’s screen, also offline, or printed.',
  'inicio.start': 'Apply for a permit',
  'inicio.signedIn': 'You signed in with ClaveÚnica as {name}.',
  'inicio.self':
    'You signed in with your own account. This procedure requires signing in with ClaveÚnica, which proves your identity with the Civil Registry.',
  'inicio.kept.title': 'Your permits on this device',
  'inicio.kept.item': '{tipo} · {comuna} · {desde} to {hasta}',
  'inicio.mine': 'See all your procedures',
}
