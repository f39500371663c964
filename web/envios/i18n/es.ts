/**
 * Spanish words of `/envios` (web/envios/Envios.tsx), the list of what this device sent: the
 * reference for en.ts and ht.ts. They load with that page; the shell keeps only the banner's.
 */
export const messages = {
  'envios.title': 'Sus envíos',
  'envios.lead': 'Lo que envió desde este dispositivo y qué pasó con cada envío.',
  'envios.empty': 'No hay envíos desde este dispositivo.',
  'envios.state.pending': 'Pendiente',
  'envios.state.sent': 'Enviado',
  'envios.state.rejected': 'Rechazado',
  'envios.pendingNote': 'Se enviará cuando haya conexión. Guardado el {date}.',
  'envios.sentNote': 'Recibido el {date}. Número de registro: {id}.',
  'envios.retry': 'Intentar enviar ahora',
  'envios.dismiss': 'Quitar de la lista',
  'envios.edit': 'Corregir y volver a enviar',
}

export type EnviosMessages = typeof messages
