import type { ContactoMessages } from './es.ts'

/** English words of where a pending request's constancia goes and of its correction, loaded on demand. */
export const messages: ContactoMessages = {
  'pend.contact.title': 'Where the constancia will be sent',
  'pend.contact.lead':
    'Check your e-mail address: the digital constancia will be sent there as a PDF once it is validated. If there is a mistake, correct it before going to the unit.',
  'pend.contact.email': 'E-mail address',
  'pend.contact.phone': 'Contact phone',
  'pend.contact.correct': 'Correct the e-mail address or phone',
  'pend.contact.done': 'We saved the change. We sent a confirmation to {email}.',
  'contacto.loading': 'Loading…',
  'contacto.title': 'Correct the e-mail address or phone',
  'contacto.intro':
    'The digital constancia will be sent as a PDF to the e-mail address you give here. Type it twice to avoid mistakes.',
  'contacto.emailHint': 'For example, name@example.cl',
  'contacto.save': 'Save e-mail and phone',
  'contacto.cancel': 'Cancel',
  'contacto.reauth':
    'To protect your request, we will ask you to sign in again with ClaveÚnica. Then type the e-mail and phone again.',
  'contacto.login': 'Sign in again with ClaveÚnica',
}
