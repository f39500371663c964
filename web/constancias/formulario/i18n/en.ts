import type { FormularioMessages } from './es.ts'

/**
 * English words of the Constancias screens (the form, the review and a request waiting to be
 * sent), loaded on demand. Chilean institutions and procedures keep their Spanish names, as
 * citizens will meet them at the police unit.
 */
export const messages: FormularioMessages = {
  warning: 'Important',
  'info.title': 'Voting constancia (Constancias Votación)',
  'gate.back': 'Back to the voting constancia',
  'form.title': 'Check your personal and electoral details',
  'form.lead':
    'These are the details held by the Civil Registry and by the electoral roll of the Electoral Service (SERVEL). Fill in or confirm the following required fields.',
  'form.registry': 'Your registered details',
  'form.registry.name': 'Name',
  'form.registry.run': 'RUN',
  'form.registry.domicilio': 'Electoral address',
  'form.registry.comuna': 'Comuna',
  'form.registry.region': 'Region',
  'form.registry.local': 'Polling place',
  'form.registry.mesa': 'Polling table',
  'form.registry.note':
    'If these details are wrong, do not go on: ask the Electoral Service (SERVEL) or the Civil Registry.',
  'form.yours': 'Your contact details',
  'form.yours.why':
    'These details are needed so that the system can send you the digital constancia as a PDF once it is validated.',
  'form.birth.hint': 'As on your identity card. For example: 14 3 1985',
  'form.day': 'Day',
  'form.month': 'Month',
  'form.year': 'Year',
  'form.email.hint': 'You will get the code here and, once validated, the digital constancia as a PDF.',
  'form.emailConfirm.hint': 'Type it again, to avoid mistakes.',
  'form.phone.hint': 'A Chilean phone number. For example: +56 9 1234 5678',
  'form.declaration.legend': 'Declaration',
  'form.declaration.hint': 'Tick the box to continue.',
  'form.continue': 'Continue',
  'form.checking': 'Checking…',
  'check.title': 'Check your request before sending it',
  'check.registry': 'Details from the Civil Registry and the electoral roll',
  'check.yours': 'Your answers',
  'check.declaration': 'Declaration',
  'check.warning':
    'By sending the request you declare that these details are true. Giving false or inaccurate information is a crime punished by Article 210 of the Chilean Penal Code.',
  'check.send': 'Send request',
  'check.sending': 'Sending…',
  'check.offline':
    'No connection: when you send it, the request is saved on this device and goes by itself when the network is back.',
  'queued.title': 'Request saved to send',
  'queued.body':
    'There is no connection right now. Your request is saved on this device and will be sent by itself when the network is back; you will then see your code here. You do not need to send it again.',
  'queued.deadline':
    'It must arrive before {hora} on {fecha}: after that time no requests are accepted. If your connection does not come back, ask for the Constancia Asistida at a Carabineros police unit.',
  'queued.rejected.title': 'The request was not accepted',
  'queued.rejected.fix': 'Correct the request',
  'queued.gone': 'This request is no longer on this device.',
}
