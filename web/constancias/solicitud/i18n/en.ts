import type { SolicitudMessages } from './es.ts'

/**
 * English words of the Constancias screens (the request, its code and the nearest units), loaded
 * on demand. Chilean institutions and the names of procedures keep their Spanish names, as
 * citizens will meet them at the police unit.
 */
export const messages: SolicitudMessages = {
  warning: 'Important',
  'info.title': 'Voting constancia (Constancias Votación)',
  'info.login': 'Sign in with ClaveÚnica',
  'gate.signin.title': 'Sign in with ClaveÚnica',
  'pend.title': 'Request pending',
  'pend.codeLabel': 'Your code',
  'pend.copy': 'Copy code',
  'pend.copied': 'Code copied.',
  'pend.copyFailed': 'It could not be copied. Select the code and copy it.',
  'pend.personal': 'The code is personal and non-transferable.',
  'pend.noValue': 'This request has no legal value yet.',
  'pend.todo.title': 'What you must do today',
  'pend.todo.go':
    'Today, {fecha}, before {hora}, go to the nearest Carabineros police unit with this code and your identity card or passport.',
  'pend.todo.document':
    'Your identity card or passport may have expired up to twelve months before the primaries of {primarias}: it is accepted if it expired on {desde} or later.',
  'pend.todo.document.generic':
    'Your identity card or passport may have expired up to twelve months before the primaries.',
  'pend.todo.officer':
    'A Carabineros officer will check the information and validate the constancia, giving it full legal value. Once validated, the digital constancia will reach your e-mail as a PDF.',
  'pend.todo.ifNot':
    'If this step is not completed, the request will have no legal value and will not be accepted as evidence by the Juzgado de Policía Local.',
  'pend.mail': 'We have also sent this code to your e-mail address.',
  'pend.details': 'Request details',
  'pend.election': 'Election',
  'pend.name': 'Name',
  'pend.run': 'RUN',
  'pend.comuna': 'Voting comuna',
  'pend.created': 'Requested on',
  'pend.state': 'Status',
  'pend.loading': 'Loading your request…',
  'pend.notFound': 'We found no request of yours with that code.',
  'pend.offline': 'With no connection we cannot show the status of your request. Your code is {code}.',
  'pend.signin': 'Sign in with ClaveÚnica to see your request.',
  'state.pendiente': 'Pending',
  'state.validada': 'Validated',
  'state.rechazada': 'Refused',
  'state.vencida': 'Expired',
  'units.title': 'Nearest Carabineros police units',
  'units.lead':
    'Look for units near where you are now, not near your polling place, which is more than 200 kilometres away.',
  'units.locate': 'Use my location',
  'units.locateHint': 'Your browser will ask for permission. Your location is used only for this search.',
  'units.byComuna': 'Search by comuna',
}
