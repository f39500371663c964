/**
 * Spanish words of the officers' election-constancia screens (validation, assisted constancia,
 * figures): the reference for en.ts and ht.ts. They travel in a staff chunk, never in the shell.
 */
export const messages = {
  'cv.menu.title': 'Constancia de votación',
  'cv.menu.validar': 'Validar una constancia',
  'cv.menu.validar.hint': 'El ciudadano trae el código de su solicitud en línea.',
  'cv.menu.asistida': 'Constancia asistida',
  'cv.menu.asistida.hint': 'Para quien no tiene internet, ClaveÚnica o habilidades digitales.',
  'cv.menu.cifras': 'Cifras del día',
  'cv.menu.cifras.hint': 'Solicitudes, validaciones y rechazos por hora y por región.',
  'cv.back': 'Volver al área de funcionarios',

  'cv.buscar.title': 'Validar una constancia de votación',
  'cv.buscar.lead':
    'Escriba el código de la solicitud en línea del ciudadano. Luego revise su cédula de identidad o pasaporte.',
  'cv.buscar.hint': '10 letras y números, por ejemplo WNDT7C4Z3T.',
  'cv.buscar.submit': 'Buscar',
  'cv.buscar.notFound': 'No hay una solicitud con ese código. Revise que esté bien escrito.',
  'cv.buscar.otro': 'Buscar otro código',

  'cv.solicitud.title': 'Solicitud {code}',
  'cv.solicitud.nombre': 'Nombre',
  'cv.solicitud.run': 'RUN',
  'cv.solicitud.nacimiento': 'Fecha de nacimiento',
  'cv.solicitud.eleccion': 'Elección',
  'cv.solicitud.votacion': 'Comuna de votación',
  'cv.solicitud.distancia': 'Distancia desde su unidad',
  'cv.solicitud.distanciaKm': '{km} km',
  'cv.solicitud.estado': 'Estado',
  'cv.solicitud.canal': 'Canal',
  'cv.solicitud.email': 'Correo donde llegará la constancia',
  'cv.correo.lead':
    'Confirme el correo con el ciudadano: la constancia firmada llegará ahí. Si está mal escrito, corríjalo con el ciudadano presente.',
  'cv.correo.abrir': 'Corregir el correo',
  'cv.correo.title': 'Corregir el correo del ciudadano',
  'cv.correo.hint': 'Pida al ciudadano que lo dicte y escríbalo dos veces.',
  'cv.correo.submit': 'Guardar el correo',
  'cv.correo.cancel': 'Cancelar',
  'cv.correo.hecho': 'Correo corregido: la constancia llegará a {email}.',
  'cv.estado.pendiente': 'Pendiente',
  'cv.estado.validada': 'Validada',
  'cv.estado.rechazada': 'Rechazada',
  'cv.estado.vencida': 'Vencida',
  'cv.canal.online': 'En línea',
  'cv.canal.asistida': 'Asistida',
  'cv.plazo.title': 'El plazo de la elección no está abierto',
  'cv.plazo.proxima':
    '{nombre}: el plazo se abre el {fecha} a las {hora} (hora de Chile continental). Hasta entonces no se pueden emitir ni validar constancias.',
  'cv.plazo.cerrada':
    '{nombre}: el plazo se cerró el {fecha} a las {hora} (hora de Chile continental). Ya no se pueden emitir, validar ni rechazar constancias.',
  'cv.rechazada.antes': 'Motivo del rechazo anterior: {motivo}',
  'cv.rechazada.volver':
    'Si el ciudadano volvió con lo que faltaba (otro documento, por ejemplo), puede validarla hoy.',
  'cv.resuelta': 'Esta solicitud ya no está pendiente: no se puede validar ni rechazar.',

  'cv.cerca.title': 'Atención: su unidad está a 200 km o menos del local de votación',
  'cv.cerca.body':
    'La constancia solo excusa a quien está a más de 200 km de su local de votación ({km} km desde su unidad hasta {comuna}): no se puede validar (art. 139 bis de la Ley N° 18.700). Rechace la solicitud con ese motivo; si el ciudadano tiene otra excusa, la presenta ante el Juzgado de Policía Local.',

  'cv.documento.title': 'Documento de identidad presentado',
  'cv.documento.lead':
    'Revise el documento: puede estar vencido, pero no más de doce meses antes de las primarias ({limit}).',
  'cv.documento.cedula': 'Cédula de identidad',
  'cv.documento.pasaporte': 'Pasaporte',
  'cv.documento.numero.hint': 'El número de documento o de serie, como aparece en él.',
  'cv.documento.run.hint': 'Debe ser el RUN de la solicitud: el código es personal e intransferible.',
  'cv.vencimiento.hint': 'Como en el documento. Por ejemplo, {ejemplo}.',
  'cv.nombre.solicitud': 'En la solicitud: {nombre}. Compare también la fotografía con la persona.',
  'cv.nombre.foto': 'Compare el nombre y la fotografía del documento con la persona.',
  'cv.validar.submit': 'Validar constancia',

  'cv.rechazar.title': 'Rechazar la solicitud',
  'cv.rechazar.lead':
    'Si el documento no corresponde, está vencido hace más de doce meses antes de las primarias, o la persona está cerca de su local de votación.',
  'cv.rechazar.hint':
    'El motivo queda registrado; el ciudadano lo recibe por correo y lo ve en Mis trámites.',
  'cv.rechazar.submit': 'Rechazar solicitud',

  'cv.validada.title': 'Constancia validada',
  'cv.validada.body': 'La constancia {code} quedó validada y se enviará en PDF al correo del ciudadano.',
  'cv.rechazada.title': 'Solicitud rechazada',
  'cv.rechazada.body': 'La solicitud {code} quedó rechazada.',
  'cv.imprimir': 'Imprimir comprobante',
  'cv.imprimir.hint': '(PDF, se abre en una pestaña nueva)',
  'cv.verificacion': 'Dirección de verificación pública:',
  'cv.verificacion.link': 'Abrir la verificación pública',
  'cv.nuevaPestana': '(se abre en una pestaña nueva)',

  'cv.asistida.title': 'Constancia asistida',
  'cv.asistida.lead':
    'Complete el trámite por el ciudadano que no puede hacerlo en línea. Si tenía una solicitud en línea pendiente, se completa esa.',
  'cv.asistida.eleccion': 'Elección: {nombre}, {fecha}',
  'cv.asistida.sinEleccion': 'Hoy no hay una elección con el plazo abierto: no se pueden emitir constancias.',
  'cv.asistida.motivo.sin_internet': 'No tiene conexión a internet ni un dispositivo',
  'cv.asistida.motivo.sin_claveunica': 'No tiene ClaveÚnica o no puede recuperarla',
  'cv.asistida.motivo.sin_habilidades_digitales': 'No sabe usar la plataforma (alfabetización digital)',
  'cv.asistida.datos': 'Datos del ciudadano',
  'cv.asistida.run.hint': 'Se busca en el padrón electoral. Por ejemplo, 12.345.678-5.',
  'cv.nacimiento.hint': 'Como en su documento. Por ejemplo, 14 3 1985.',
  'cv.asistida.telefono.hint': 'Por ejemplo, 9 1234 5678.',
  'cv.asistida.email.hint': 'Allí llegará la constancia en PDF.',
  'cv.asistida.confirmacion.hint': 'Escríbalo otra vez, sin copiarlo.',
  'cv.asistida.aviso.title': 'Lea al ciudadano este aviso',
  'cv.asistida.aviso.body':
    'Entregar datos falsos o inexactos constituye un delito sancionado por el Artículo 210 del Código Penal.',
  'cv.asistida.submit': 'Emitir constancia',
  'cv.asistida.done.title': 'Constancia emitida',
  'cv.asistida.done.body':
    'La constancia {code} quedó validada. Entregue el comprobante impreso al ciudadano; también le llegará por correo.',
  'cv.asistida.otra': 'Atender a otro ciudadano',

  'cv.cifras.title': 'Cifras del día',
  'cv.cifras.lead': 'Se actualizan cada 30 segundos. Pendientes: solicitudes que aún no se validan.',
  'cv.cifras.forbidden':
    'Solo ve las cifras quien tiene «Ver las cifras». Pídalo a quien administra el personal.',
  'cv.cifras.porHora': 'Por hora',
  'cv.cifras.porRegion': 'Por región',
  'cv.cifras.hora': 'Hora',
  'cv.cifras.region': 'Región',
  'cv.cifras.solicitudes': 'Solicitudes',
  'cv.cifras.validadas': 'Validadas',
  'cv.cifras.rechazadas': 'Rechazadas',
  'cv.cifras.pendientes': 'Pendientes',
  'cv.cifras.sinDatos': 'Todavía no hay datos.',
}

export type ConstanciaStaffKey = keyof typeof messages
export type ConstanciaStaffMessages = Record<ConstanciaStaffKey, string>
