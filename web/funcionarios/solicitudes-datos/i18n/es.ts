/**
 * Spanish words of the staff screens for requests about personal data (Ley 21.719): the queue,
 * a request and its answer, the staff home's entry. The reference for en.ts and ht.ts; they travel
 * in a staff chunk, never in the shell.
 */
export const messages = {
  'sd.menu.title': 'Datos personales',
  'sd.menu.cola': 'Solicitudes de datos',
  'sd.menu.cola.hint':
    'Correcciones que las personas piden de sus datos. Se responden en {dias} días corridos.',
  'sd.back': 'Volver al área de funcionarios',
  'sd.volver': 'Volver a las solicitudes de datos',

  'sd.cola.title': 'Solicitudes de datos',
  'sd.cola.forbidden': 'Solo atiende las solicitudes de datos quien tiene «Responder solicitudes de datos».',
  'sd.cola.lead':
    'Las personas piden desde «Mis datos» que se corrija un dato suyo. La ley da {dias} días corridos para responder; las vencidas van primero.',
  'sd.cola.pendientes': 'Por responder ({n})',
  'sd.cola.respondidas': 'Respondidas',
  'sd.cola.vacia': 'No hay solicitudes por responder.',
  'sd.cola.cargando': 'Cargando las solicitudes…',
  'sd.cola.error': 'No se pudieron obtener las solicitudes. Revise su conexión e intente de nuevo.',
  'sd.cola.abrir': 'Solicitud {code}',

  'sd.col.numero': 'Número',
  'sd.col.tipo': 'Tipo',
  'sd.col.dato': 'Dato',
  'sd.col.registro': 'Registro',
  'sd.col.recibida': 'Recibida',
  'sd.col.vence': 'Plazo de respuesta',
  'sd.col.estado': 'Estado',

  'sd.tipo.rectificacion': 'Rectificación',
  'sd.tipo.supresion': 'Supresión',
  'sd.estado.pendiente': 'Por responder',
  'sd.estado.acogida': 'Acogida',
  'sd.estado.rechazada': 'Rechazada',
  'sd.estado.resuelta': 'Resuelta',
  'sd.vencida': 'Vencida',
  'sd.registro.cuenta': 'Cuenta en el portal',
  'sd.registro.constancia_voto': 'Constancia de voto',
  'sd.registro.permiso': 'Permiso de desplazamiento',
  'sd.campo.nombres': 'Nombres',
  'sd.campo.apellidos': 'Apellidos',
  'sd.campo.email': 'Correo electrónico',
  'sd.campo.telefono': 'Teléfono',
  'sd.campo.destino': 'Destino',

  'sd.detalle.title': 'Solicitud {code}',
  'sd.detalle.registrada':
    'Esta consulta queda registrada: la persona verá en «Quién vio mis datos» que usted abrió su solicitud.',
  'sd.detalle.cargando': 'Cargando la solicitud…',
  'sd.detalle.noExiste': 'No existe una solicitud con el número {code}.',
  'sd.detalle.error': 'No se pudo obtener la solicitud. Revise su conexión e intente de nuevo.',
  'sd.detalle.solicitante': 'Solicitante',
  'sd.detalle.valorActual': 'Valor actual',
  'sd.detalle.valorSolicitado': 'Valor solicitado',
  'sd.detalle.explicacion': 'Explicación de la persona',
  'sd.detalle.sinExplicacion': 'No dio una explicación.',
  'sd.detalle.respuesta': 'Respuesta',
  'sd.detalle.vacio': '(vacío)',

  'sd.responder.title': 'Responder',
  'sd.responder.acoger': 'Acoger',
  'sd.responder.acoger.hint': 'El dato se corrige de inmediato con el valor solicitado.',
  'sd.responder.rechazar': 'Rechazar',
  'sd.responder.rechazar.hint': 'El dato queda como está.',
  'sd.responder.respuesta.hint':
    'La persona la lee tal como la escriba, en «Mis datos». Si rechaza, diga por qué y que puede reclamar ante la Agencia de Protección de Datos Personales.',
  'sd.responder.enviar': 'Enviar la respuesta',
  'sd.responder.yaRespondida':
    'Otro funcionario ya respondió esta solicitud. Vuelva a la lista para ver su respuesta.',
  'sd.responder.hecho': 'Respuesta enviada',
  'sd.responder.hecho.acogida': 'La solicitud {code} quedó acogida y el dato ya está corregido.',
  'sd.responder.hecho.rechazada': 'La solicitud {code} quedó rechazada; el dato no cambió.',
}

export type SolicitudesDatosKey = keyof typeof messages
export type SolicitudesDatosMessages = Record<SolicitudesDatosKey, string>
