import type { ContactoMessages } from './es.ts'

/** English words of the correction of a pending request's e-mail and phone, loaded on demand. */
export const messages: ContactoMessages = {
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
