import type { SolicitudesDatosMessages } from './es.ts'

/** English words of the staff screens for requests about personal data, loaded on demand. */
export const messages: SolicitudesDatosMessages = {
  'sd.menu.title': 'Personal data',
  'sd.menu.cola': 'Data requests',
  'sd.menu.cola.hint':
    'Corrections people ask for in their data. They are answered within {dias} calendar days.',
  'sd.back': 'Back to the staff area',
  'sd.volver': 'Back to the data requests',

  'sd.cola.title': 'Data requests',
  'sd.cola.forbidden': 'Only staff granted “Answer data requests” handle data requests.',
  'sd.cola.lead':
    'People ask in "My data" for something about them to be corrected. The law gives {dias} calendar days to answer; overdue requests come first.',
  'sd.cola.pendientes': 'To answer ({n})',
  'sd.cola.respondidas': 'Answered',
  'sd.cola.vacia': 'There are no requests to answer.',
  'sd.cola.cargando': 'Loading the requests…',
  'sd.cola.error': 'The requests could not be fetched. Check your connection and try again.',
  'sd.cola.abrir': 'Request {code}',

  'sd.col.numero': 'Number',
  'sd.col.tipo': 'Type',
  'sd.col.dato': 'Data',
  'sd.col.registro': 'Record',
  'sd.col.recibida': 'Received',
  'sd.col.vence': 'Answer due',
  'sd.col.estado': 'Status',

  'sd.tipo.rectificacion': 'Correction',
  'sd.tipo.supresion': 'Erasure',
  'sd.estado.pendiente': 'To answer',
  'sd.estado.acogida': 'Granted',
  'sd.estado.rechazada': 'Refused',
  'sd.estado.resuelta': 'Resolved',
  'sd.vencida': 'Overdue',
  'sd.registro.cuenta': 'Portal account',
  'sd.registro.constancia_voto': 'Voting certificate',
  'sd.registro.permiso': 'Travel permit',
  'sd.campo.nombres': 'Given names',
  'sd.campo.apellidos': 'Surnames',
  'sd.campo.email': 'Email address',
  'sd.campo.telefono': 'Phone',
  'sd.campo.destino': 'Destination',

  'sd.detalle.title': 'Request {code}',
  'sd.detalle.registrada':
    'This look-up is recorded: the person will see in "Who saw my data" that you opened their request.',
  'sd.detalle.cargando': 'Loading the request…',
  'sd.detalle.noExiste': 'There is no request numbered {code}.',
  'sd.detalle.error': 'The request could not be fetched. Check your connection and try again.',
  'sd.detalle.solicitante': 'Requester',
  'sd.detalle.valorActual': 'Current value',
  'sd.detalle.valorSolicitado': 'Requested value',
  'sd.detalle.explicacion': "The person's explanation",
  'sd.detalle.sinExplicacion': 'No explanation given.',
  'sd.detalle.respuesta': 'Answer',
  'sd.detalle.vacio': '(empty)',

  'sd.responder.title': 'Answer',
  'sd.responder.acoger': 'Grant',
  'sd.responder.acoger.hint': 'The data is corrected at once with the requested value.',
  'sd.responder.rechazar': 'Refuse',
  'sd.responder.rechazar.hint': 'The data stays as it is.',
  'sd.responder.respuesta.hint':
    'The person reads it exactly as you write it, in "My data". If you refuse, say why and that they may complain to the Personal Data Protection Agency.',
  'sd.responder.enviar': 'Send the answer',
  'sd.responder.yaRespondida':
    'Another officer has already answered this request. Go back to the list to see their answer.',
  'sd.responder.hecho': 'Answer sent',
  'sd.responder.hecho.acogida': 'Request {code} was granted and the data is already corrected.',
  'sd.responder.hecho.rechazada': 'Request {code} was refused; the data did not change.',
}
