/**
 * Spanish words of the correction of a pending request's e-mail and phone (decision 0080): the
 * reference for en.ts and ht.ts. In the correction's own chunk: the pending page does not carry them.
 */
export const messages = {
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
