import type { AunPuedeMessages } from './es.ts'

/** English words of what a citizen whose request was refused can still do that day, loaded on demand. */
export const messages: AunPuedeMessages = {
  'aun.title': 'What you can still do today',
  'aun.go':
    'If the reason for the refusal can be put right, go in person today, {fecha}, before {hora}, to a Carabineros police unit more than 200 km from your polling place, with your code {code} and your identity card or passport.',
  'aun.document':
    'Your identity card or passport may have expired up to twelve months before the primaries of {primarias}: it is accepted if it expired on {desde} or later.',
  'aun.document.generic':
    'Your identity card or passport may have expired up to twelve months before the primaries.',
  'aun.officer':
    'A Carabineros officer can validate your constancia there; you will then receive it as a PDF at your e-mail address.',
  'aun.closed': 'The time to validate the constancia ended on {fecha} at {hora}: it can no longer be issued.',
  'aun.juzgado':
    'If you are 200 km or less from your polling place, or your excuse is another (illness, absence from the country, a grave impediment), present it to the Juzgado de Policía Local when it summons you.',
}
