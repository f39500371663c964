import type { FelicitacionesMessages } from './es.ts'

/** English words of the commendation's screens, loaded on demand. */
export const messages: FelicitacionesMessages = {
  'fel.title': 'Commend the police',
  'fel.lead':
    'Thank a police unit or an officer for their help. Your message reaches the unit and, if you name them, the officer.',
  'fel.before': 'Before you start',
  'fel.beforeSignIn': 'You need to sign in with ClaveÚnica or your portal account.',
  'fel.beforeName':
    'You decide whether the unit sees your name. Unless you choose to show it, the unit reads only the message and the date.',
  'fel.beforeOfficer':
    'To name an officer, type the name and rank you saw on their uniform. The portal does not publish lists of officers.',
  'fel.beforeOffline': 'You can write it offline: it is sent by itself when the network is back.',
  'fel.unidad.label': 'Which police unit do you want to commend?',
  'fel.unidad.hint': 'The officer’s unit, if you want to commend one.',
  'fel.unidad.placeholder': 'Choose a unit',
  'fel.unidad.loading': 'Loading the units…',
  'fel.unidad.offline': 'The list of units cannot be loaded offline. Try again with a connection.',
  'fel.funcionario.title': 'Do you want to name an officer?',
  'fel.funcionario.hint':
    'Leave it blank to commend the whole unit. If you name one, type what you saw on their uniform.',
  'fel.funcionario.nombre': 'Officer’s name (optional)',
  'fel.funcionario.nombreHint': 'For example: Soto, or J. Soto.',
  'fel.funcionario.grado': 'Rank (optional)',
  'fel.funcionario.gradoHint': 'For example: Cabo, Sargento 2°, Teniente.',
  'fel.mensaje.label': 'Write your message',
  'fel.mensaje.hint': 'Between 10 and 1,000 characters. Do not write other people’s personal data.',
  'fel.nombre.legend': 'Do you want the unit to see your name?',
  'fel.nombre.hint': 'Your RUN and e-mail are never shown. Unless you choose, your name is not shown.',
  'fel.nombre.no': 'No, only the message',
  'fel.nombre.si': 'Yes, show my name to the unit',
  'fel.check.unidad': 'Unit',
  'fel.check.funcionario': 'Officer',
  'fel.check.toda': 'The whole unit',
  'fel.check.mensaje': 'Message',
  'fel.check.nombre': 'Your name',
  'fel.check.nombreSi': 'Shown to the unit',
  'fel.check.nombreNo': 'Not shown',
  'fel.staff': 'Commendations are sent with a citizen’s account.',
  'fel.sent.title': 'Commendation sent',
  'fel.sent.ref': 'Your commendation number',
  'fel.sent.body': 'Thank you. Your message reached the unit. You will find it in My requests.',
  'fel.queued.title': 'Commendation saved to send',
  'fel.queued.body':
    'There is no connection right now. Your commendation is saved on this device and will be sent by itself when the connection is back. You do not need to send it again.',
  'fel.another': 'Send another commendation',
  'fel.mine.title': 'Commendations',
  'fel.mine.loading': 'Loading your commendations…',
  'fel.mine.failed': 'Your commendations cannot be shown now.',
  'fel.mine.to': 'To {a}',
}
