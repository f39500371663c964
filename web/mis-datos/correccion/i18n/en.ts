import type { CorreccionMessages } from './es.ts'

/** English words of "Pedir una corrección", loaded on demand. */
export const messages: CorreccionMessages = {
  'co.caption': 'Ask for a correction',
  'co.dato.title': 'What do you want to correct?',
  'co.dato.hint':
    'Only the details that can be corrected from here are listed. The others come from other registries, such as the Civil Registry or SERVEL, and are corrected there.',
  'co.dato.actual': 'Now says: {valor}',
  'co.dato.none': 'None of your data can be corrected from here.',
  'co.valor.label': '{campo}: what is the correct value?',
  'co.valor.hint': 'Now says: {actual}',
  'co.explicacion.label': 'Do you want to explain anything else? (optional)',
  'co.explicacion.hint':
    'For example, why the value is wrong or where the correct one can be checked. At most 1,000 characters.',
  'co.check.title': 'Check your request before sending it',
  'co.check.registro': 'Record',
  'co.check.campo': 'Detail',
  'co.check.actual': 'Now says',
  'co.check.valor': 'Correct value',
  'co.check.explicacion': 'Explanation',
  'co.check.sinExplicacion': 'No explanation',
  'co.check.plazo':
    'A Carabineros supervisor will review your request and answer within {dias} calendar days. If it is granted, the detail will be corrected.',
  'co.check.send': 'Send request',
  'co.check.sending': 'Sending…',
  'co.check.missing': 'First choose what you want to correct.',
  'co.check.choose': 'Choose the detail',
  'co.sent.title': 'Request sent',
  'co.sent.ref': 'Request number',
  'co.sent.plazo': 'We will answer by {fecha} at the latest: the law allows {dias} calendar days to answer.',
  'co.sent.tramites': 'You can follow it in My requests.',
  'co.queued.title': 'Request saved to send',
  'co.queued.body':
    'There is no connection right now. Your request is saved on this device and will be sent by itself when the connection returns. There is no need to send it again.',
  'co.rejected.title': 'The request could not be sent',
  'co.unknown': 'This request is not on this device.',
  'co.otra': 'Ask for another correction',
}
