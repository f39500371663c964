import type { TramiteMessages } from './es.ts'

/**
 * English words of the Constancias screens (sign-in and the legal notice), loaded on demand.
 * Chilean institutions and procedures keep their Spanish names, as citizens will meet them at the
 * police unit.
 */
export const messages: TramiteMessages = {
  warning: 'Important',
  'info.title': 'Voting constancia (Constancias Votación)',
  'info.when.body': 'The service is open from 00:00 to 23:59 on election day (mainland Chile time).',
  'info.when.next': 'It opens on {fecha} at {hora}.',
  'info.when.closed': 'It closed on {fecha} at {hora}.',
  'info.login': 'Sign in with ClaveÚnica',
  'gate.loading': 'Loading your details…',
  'gate.signin.title': 'Sign in with ClaveÚnica',
  'gate.signin.body':
    'To continue, you need to sign in with your ClaveÚnica, which securely proves who you are.',
  'gate.self.title': 'This service requires ClaveÚnica',
  'gate.self.body':
    'You signed in with a Comisaría Virtual account, whose RUN was not verified by the Civil Registry. The Constancia Votación can only be requested with ClaveÚnica.',
  'gate.self.help':
    'No ClaveÚnica? You can get one at the Civil Registry, or ask for the Constancia Asistida at a Carabineros police unit on election day.',
  'gate.refused.title': 'You cannot continue with this request',
  'gate.offline.title': 'No connection',
  'gate.offline.body':
    'A connection is needed to show your details from the Civil Registry and the electoral roll. Try again when you are back online.',
  'gate.retry': 'Try again',
  'gate.back': 'Back to the voting constancia',
  'aviso.title': 'Legal notice',
  'aviso.warning':
    'Giving false or inaccurate information is a crime punished by Article 210 of the Chilean Penal Code.',
  'aviso.body':
    'Once you have understood and accepted this warning, you can go on to enter your details and generate the digital constancia correctly and securely.',
  'aviso.accept': 'I accept the legal notice and want to continue',
  'aviso.accepting': 'Recording…',
  'aviso.accepted': 'You have already accepted this legal notice.',
  'aviso.decline': 'I do not accept: go back',
}
