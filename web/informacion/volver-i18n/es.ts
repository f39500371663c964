/** Spanish words of the way back (`/informacion/volver`): its own catalogue, loaded with its page. */
export const messages = {
  'vol.title': 'Volver con su clave de recibo',
  'vol.lead':
    'Escriba la clave que recibió al enviar la información: podrá leer las preguntas del equipo, responderlas y agregar información.',
  'vol.memoria':
    'La clave queda solo en esta página mientras la tenga abierta: no se guarda en este dispositivo ni va en la dirección.',
  'vol.clave': 'Clave de recibo',
  'vol.clave.hint':
    'Siete grupos de cuatro letras y números. Da igual si usa mayúsculas, minúsculas, espacios o guiones.',
  'vol.entrar': 'Ver mi información',
  'vol.error.typo': 'La clave tiene un error de escritura: compare cada grupo con lo que anotó',
  'vol.error.noEncontrada':
    'No encontramos información con esa clave. Si la envió hace un momento, inténtelo de nuevo en un minuto.',
  'vol.error.red': 'No hay conexión. Inténtelo de nuevo.',
  'vol.buscando': 'Resolviendo la prueba y buscando…',
  'vol.mesa': 'La recibe',
  'vol.dia': 'Enviada',
  'vol.estado': 'Estado',
  'vol.estado.recibida': 'Recibida: aún no la revisan',
  'vol.estado.en_curso': 'En curso: el equipo la está revisando',
  'vol.estado.cerrada': 'Cerrada',
  'vol.historia': 'Mensajes',
  'vol.historia.nada': 'Aún no hay mensajes.',
  'vol.deMesa': 'Pregunta del equipo, {dia}',
  'vol.deUsted': 'Usted, {dia}',
  'vol.adjuntos': 'Archivos: {nombres}',
  'vol.noAbre': 'Este mensaje no se pudo descifrar.',
  'vol.responder': 'Responder o agregar información',
  'vol.texto': 'Su respuesta o información nueva',
  'vol.texto.hint': 'No escriba su nombre ni detalles que solo usted podría conocer.',
  'vol.archivos': 'Fotos o archivos (opcional)',
  'vol.enviar': 'Enviar',
  'vol.error.texto': 'Escriba su respuesta o adjunte un archivo',
  'vol.enviado': 'Mensaje enviado.',
  'vol.salir': 'Terminar y borrar la clave de esta página',
  'vol.esperar': 'Espere a que terminen de enviarse los archivos',
  'vol.sinClave':
    'El equipo que recibe su información no puede recibir mensajes en este momento. Inténtelo más tarde.',
  'vol.enviando': 'Resolviendo la prueba y enviando…',
  'vol.otraMesa':
    'Su información pasó a otro equipo mientras escribía. Su mensaje sigue aquí: envíelo de nuevo.',
} as const

export type VolverKey = keyof typeof messages
export type VolverMessages = Record<VolverKey, string>
