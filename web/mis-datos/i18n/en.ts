import type { MisDatosMessages } from './es.ts'

/** English words of "Mis datos", loaded on demand. */
export const messages: MisDatosMessages = {
  'md.title': 'My data',
  'md.lead':
    'Here is everything Comisaría Virtual keeps about you, how long it keeps it and which officers have looked at it. You can download it, ask for it to be corrected or ask for it to be erased.',
  'md.loading': 'Loading your data…',
  'md.failed': 'Your data could not be loaded. Check your connection and try again.',
  'md.offline': 'Your data cannot be shown offline.',
  'md.staff': 'You are signed in as a member of staff. This page is for people who use the services.',
  'md.staffLink': 'Go to the staff area',
  'md.contents': 'On this page',
  'md.generado': 'Data as of {fecha}.',

  'md.cuenta.title': 'Your account details',
  'md.cuenta.nombre': 'Name',
  'md.cuenta.run': 'RUN',
  'md.cuenta.sinRun': 'No RUN',
  'md.cuenta.verificado': 'RUN checked with',
  'md.cuenta.verificado.claveunica': 'ClaveÚnica (Civil Registry)',
  'md.cuenta.verificado.self': 'Declared by you when you registered',
  'md.cuenta.verificado.none': 'Not checked',
  'md.cuenta.email': 'E-mail address',
  'md.cuenta.telefono': 'Telephone',
  'md.cuenta.creada': 'Account created on',
  'md.cuenta.ultimoIngreso': 'Last sign-in',
  'md.vacio': 'Not given',

  'md.registros.title': 'What we keep about you',
  'md.registros.lead':
    'Each record, service by service, with its details, how long it is kept and whether it can be erased.',
  'md.registros.empty': 'There are no other records about you.',
  'md.registro.creado': 'Created on {fecha}',
  'md.registro.estado': 'State: {estado}',
  'md.registro.hasta': 'Kept until {fecha}.',
  'md.registro.mientras': 'Kept while you use your account.',
  'md.registro.alResponder': 'Its retention period starts when it is answered.',
  'md.registro.suprimible': 'You can ask for it to be erased.',
  'md.registro.corregible': 'You can ask for a correction of: {campos}.',

  'md.servicio.cuenta': 'Your account',
  'md.servicio.solicitudes': 'Your requests about your data',

  'md.tipo.cuenta': 'Comisaría Virtual account',
  'md.tipo.certificado': 'Constancia (certificate)',
  'md.tipo.constancia_voto': 'Voting certificate',
  'md.tipo.aviso_legal': 'Legal notice accepted',
  'md.tipo.permiso': 'Travel permit',
  'md.tipo.permiso_rechazado': 'Permit not issued because of a registry’s answer',
  'md.tipo.solicitud_datos': 'Request about your data',
  'md.tipo.persona': 'Your personal details (search by RUN)',
  'md.tipo.reclamo': 'Complaint',
  'md.tipo.felicitacion': 'Commendation',
  'md.tipo.denuncia': 'Police report',
  'md.tipo.reencuentro': 'Family reunification search',
  'md.tipo.condolencia': 'Message in the book of condolences',

  'md.campo.nombres': 'Given names',
  'md.campo.apellidos': 'Surnames',
  'md.campo.run': 'RUN',
  'md.campo.fechaNacimiento': 'Date of birth',
  'md.campo.email': 'E-mail address',
  'md.campo.telefono': 'Telephone',
  'md.campo.motivoRechazo': 'Reason for the refusal',
  'md.campo.comuna': 'Comuna',
  'md.campo.destino': 'Destination',
  'md.campo.campo': 'Detail',
  'md.campo.tipoSolicitud': 'Type of request',
  'md.campo.valorSolicitado': 'Value asked for',
  'md.campo.explicacion': 'Your explanation',
  'md.campo.respuesta': 'Answer',
  'md.campo.mensaje': 'Message',
  'md.campo.firma': 'Signed as',

  'md.valor.rectificacion': 'Correction',
  'md.valor.supresion': 'Erasure',

  'md.estado.pendiente': 'Pending',
  'md.estado.rechazada': 'Refused',
  'md.estado.vencida': 'Expired',
  'md.estado.rechazado': 'Refused',
  'md.estado.acogida': 'Granted',
  'md.estado.resuelta': 'Resolved',

  'md.motivo.constancia_decidida':
    'It cannot be erased yet: the certificate has been validated or refused and is the evidence for the local police court.',
  'md.motivo.permiso_en_plazo':
    'It cannot be erased yet: a permit is kept after it ends, to answer a check or a complaint.',
  'md.motivo.rechazo_en_plazo':
    'It cannot be erased yet: the refusal is kept so that you can complain about it.',
  'md.motivo.cuenta_con_registros': 'Your account cannot be erased while it has records that must be kept.',
  'md.motivo.solicitud_en_curso': 'It cannot be erased while the request is open: it must be answered first.',
  'md.motivo.hasta': 'It can be erased from {fecha}.',
  'md.motivo.busqueda_en_plazo':
    'It cannot be erased yet: a search is kept while it is under way and five years after it concluded.',
  'md.motivo.certificado_en_plazo':
    'It cannot be erased yet: a constancia is kept five years from its issue, the time within which a court may ask for it.',
  'md.motivo.caso_en_plazo':
    'It cannot be erased yet: a complaint is kept while it is dealt with and five years after it closed, the time within which it may be asked about.',

  'md.accesos.title': 'Who has seen my data',
  'md.accesos.lead':
    'Every time a Carabineros officer looks at your data it is recorded: who, from which unit, which record and why.',
  'md.accesos.reservada':
    'A look made for a confidential investigation is shown here 40 days later (Code of Criminal Procedure, art. 182).',
  'md.accesos.empty': 'No officer has looked at your data.',
  'md.accesos.caption': 'Officers who looked at your data, most recent first',
  'md.accesos.fecha': 'Date',
  'md.accesos.funcionario': 'Officer',
  'md.accesos.unidad': 'Unit',
  'md.accesos.registro': 'Record',
  'md.accesos.finalidad': 'Why',
  'md.accesos.sinUnidad': 'No unit',

  'md.finalidad.validacion_constancia': 'To validate your voting certificate',
  'md.finalidad.control_permiso': 'To check a travel permit',
  'md.finalidad.fiscalizacion': 'Inspection',
  'md.finalidad.requerimiento_fiscalia': 'Request from a public prosecutor',
  'md.finalidad.requerimiento_tribunal': 'Request from a court',
  'md.finalidad.reclamo_ciudadano': 'To deal with a complaint',
  'md.finalidad.investigacion_reservada': 'Confidential investigation',
  'md.finalidad.atencion_derechos': 'To deal with your request about your data',
  'md.finalidad.atencion_tramite': 'To deal with your request',
  'md.finalidad.busqueda_reencuentro': 'To find you at a relative’s request (family reunification)',

  'md.acciones.title': 'Correct or erase your data',
  'md.acciones.lead':
    'You have the right to have inaccurate data corrected and to have data erased that no longer has to be kept. We will answer within the time the law allows.',
  'md.acciones.corregir': 'Ask for a correction',
  'md.acciones.suprimir': 'Ask for my data to be erased',
  'md.acciones.tramites': 'Your requests and their answers appear in My requests.',
  'md.acciones.sinCorregibles': 'None of your data can be corrected from here.',

  'md.descargas.title': 'Download your data',
  'md.descargas.lead':
    'A copy of everything on this page, to keep or to take to another service (right to data portability).',
  'md.descargas.json': 'Download my data (JSON)',
  'md.descargas.jsonHint': 'A file other programs can read.',
  'md.descargas.pdf': 'Download my data (PDF)',
  'md.descargas.pdfHint': 'A document to read or print.',

  'md.volver': 'Back to My data',
}
