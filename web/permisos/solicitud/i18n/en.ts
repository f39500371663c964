import type { SolicitudMessages } from './es.ts'

/** English words of the permit request, loaded on demand. */
export const messages: SolicitudMessages = {
  'gate.loading': 'Loading your details…',
  'gate.signin.title': 'Sign in with ClaveÚnica',
  'gate.signin.body':
    'To apply for a travel permit you must sign in with ClaveÚnica: it proves your identity with the Civil Registry.',
  'gate.self.title': 'This procedure requires ClaveÚnica',
  'gate.self.body':
    'You signed in with your own account. Travel permits are only issued to people who sign in with ClaveÚnica.',
  'gate.failed.title': 'You cannot continue',
  'gate.offline.title': 'No connection',
  'gate.offline.body':
    'To open the form we need to look up your details once. Try again when you are online; after that you can complete and send it even if the network drops.',
  'gate.retry': 'Try again',

  'form.title': 'Apply for a travel permit',
  'form.titular': 'In the name of',
  'form.run': 'RUN',
  'form.tipo.hint': 'Up to {duracion}, between {desde} and {hasta}. You used {usados} of {cupo} this week.',
  'form.tipo.hintProxima':
    'Up to {duracion}, between {desde} and {hasta}. Next week: you used {usados} of {cupo}.',
  'form.comuna.hint': 'The comuna where you will travel. Only comunas under restrictions are listed.',
  'form.comuna.placeholder': 'Choose a comuna',
  'form.comuna.cuarentena': 'Under quarantine (every day)',
  'form.comuna.transicion': 'In transition (Saturdays and Sundays)',
  'form.comuna.desde': '{comuna} (from {desde})',
  'form.comuna.transicionAviso':
    'This comuna is in transition: from Monday to Friday you may travel without a permit.',
  'form.fecha.hint': 'Today or up to {dias} days ahead.',
  'form.fecha.placeholder': 'Choose a day',
  'form.fecha.hoy': 'today',
  'form.fecha.manana': 'tomorrow',
  'form.fecha.estaSemana': 'This week',
  'form.fecha.proximaSemana': 'Next week',
  'form.hora.hint': 'Mainland Chile time. This permit lasts {duracion} and must end by {hasta}.',
  'form.hora.hintSinTipo': 'Mainland Chile time. The times you can choose depend on the type of permit.',
  'form.hora.ninguna': 'There are no times left that day for this permit: choose another day.',
  'form.hora.placeholder': 'Choose a time',
  'form.hora.manana': 'Morning',
  'form.hora.tarde': 'Afternoon',
  'form.hora.noche': 'Evening',
  'form.destino.hint': 'Street, number and, if needed, the place. For example: Supermercado, Av. Matta 1200.',
  'form.establecimiento.hint': 'The name of the clinic or hospital and its address.',
  'form.fallecido.hint': 'Your relative’s full name.',
  'form.dependiente.hint': 'The full name of the person in your care.',
  'form.serie.hint':
    'It is not your RUN. On the current card it is the “NÚMERO DOCUMENTO”, 9 digits (for example 123.456.789); on the old card it is the “N° SERIE”, a letter and 9 digits (for example A012345678).',

  'check.title': 'Check your application',
  'check.window': 'From {desde} to {hasta}',
  'check.personal':
    'The permit is personal and cannot be transferred. When you send it, we will check with the Civil Registry, Gendarmería de Chile and the Health Authority.',
  'check.send': 'Apply for the permit',
  'check.sending': 'Sending…',

  'queued.title': 'Application saved to send',
  'queued.body':
    'There is no connection. Your application is saved on this device and will be sent by itself when the network returns; your permit will appear here. Do not sign out.',
  'queued.gone': 'This application is no longer on this device. Check what you sent.',
  'queued.failed.title': 'The permit was not issued',
  'queued.failed.again': 'Back to the form',

  'refused.title': 'Permit not issued',
  'refused.final': 'This answer is final: applying again will not change the result.',
  'refused.emergency': 'In an emergency call 133 (Carabineros) or 131 (SAMU).',
  'refused.home': 'Back to the home page',
}
