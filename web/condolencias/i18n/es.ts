/** Spanish words of the condolence book's screens, in their chunk (the reference: the others have these keys). */
export const messages = {
  'cond.lead':
    'Deje un mensaje de condolencias para las familias y los compañeros de los carabineros caídos en servicio.',
  'cond.before': 'Antes de empezar',
  'cond.beforeName': 'Su mensaje se publicará en este libro junto al nombre que indique.',
  'cond.beforeOffline': 'Puede escribirlo sin conexión: se enviará solo cuando vuelva la red.',
  'cond.recent': 'Mensajes recientes',
  'cond.recentEmpty': 'Todavía no hay mensajes.',
  'cond.recentOffline': 'Los mensajes del libro no se pueden mostrar sin conexión.',
  'cond.recentLoading': 'Cargando mensajes…',
  'cond.nombre.label': '¿Cuál es su nombre?',
  'cond.nombre.hint': 'Aparecerá junto a su mensaje. Puede usar el nombre de una familia o institución.',
  'cond.mensaje.label': 'Escriba su mensaje',
  'cond.mensaje.hint': 'Como máximo 2.000 caracteres.',
  'cond.check.nombre': 'Nombre',
  'cond.check.mensaje': 'Mensaje',
  'cond.sent.title': 'Mensaje enviado',
  'cond.sent.body': 'Gracias. Su mensaje quedó registrado en el libro de condolencias.',
  'cond.sent.ref': 'Número de registro',
  'cond.queued.title': 'Mensaje guardado para enviar',
  'cond.queued.body':
    'No hay conexión en este momento. Su mensaje está guardado en este dispositivo y se enviará solo cuando vuelva la conexión. No hace falta enviarlo de nuevo.',
  'cond.another': 'Escribir otro mensaje',
}

export type CondolenciasMessages = Record<keyof typeof messages, string>
