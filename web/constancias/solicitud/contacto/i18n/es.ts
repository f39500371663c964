/**
 * Spanish words of where a pending request's constancia goes and of the correction of its e-mail
 * and phone (decision 0080): the reference for en.ts and ht.ts. In their own chunk, loaded with a
 * pending request: the page's first visit does not carry them.
 */
export const messages = {
  'pend.contact.title': 'Dónde llegará la constancia',
  'pend.contact.lead':
    'Revise su correo electrónico: la Constancia Digital en PDF llegará ahí cuando sea validada. Si hay un error, corríjalo antes de ir a la unidad.',
  'pend.contact.email': 'Correo electrónico',
  'pend.contact.phone': 'Teléfono de contacto',
  'pend.contact.correct': 'Corregir correo electrónico o teléfono',
  'pend.contact.done': 'Guardamos el cambio. Le enviamos una confirmación a {email}.',
  'contacto.loading': 'Cargando…',
  'contacto.title': 'Corregir correo electrónico o teléfono',
  'contacto.intro':
    'La Constancia Digital en PDF llegará al correo electrónico que indique aquí. Escríbalo dos veces para evitar errores.',
  'contacto.emailHint': 'Por ejemplo, nombre@ejemplo.cl',
  'contacto.save': 'Guardar correo y teléfono',
  'contacto.cancel': 'Cancelar',
  'contacto.reauth':
    'Para proteger su solicitud, le pediremos volver a iniciar sesión con ClaveÚnica. Después vuelva a escribir el correo y el teléfono.',
  'contacto.login': 'Volver a iniciar sesión con ClaveÚnica',
}

export type ContactoMessages = Record<keyof typeof messages, string>
