/** Spanish words of the citizen's requests about their data in "Mis trámites": the reference for en.ts and ht.ts. */
export const messages = {
  'so.title': 'Solicitudes sobre sus datos',
  'so.loading': 'Cargando sus solicitudes sobre sus datos…',
  'so.failed': 'No se pudieron cargar sus solicitudes sobre sus datos.',
  'so.numero': 'Solicitud {code}',
  'so.rectificacion': 'Corrección: {campo}',
  'so.rectificacion.sinCampo': 'Corrección de datos',
  'so.supresion': 'Supresión de datos',
  'so.fechas': 'Pedida el {creada}. Plazo de respuesta: {vence}.',
  'so.respuesta': 'Respuesta: {texto}',
  'so.resultado': 'Se suprimieron {suprimidos} registros y se conservan {conservados}.',
}

export type SolicitudesKey = keyof typeof messages
export type SolicitudesMessages = Record<SolicitudesKey, string>
