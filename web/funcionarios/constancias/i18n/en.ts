import type { ConstanciaStaffMessages } from './es.ts'

/** English words of the officers' election-constancia screens, loaded on demand. */
export const messages: ConstanciaStaffMessages = {
  'cv.menu.title': 'Voting constancia',
  'cv.menu.validar': 'Validate a constancia',
  'cv.menu.validar.hint': 'The citizen brings the code of their online request.',
  'cv.menu.asistida': 'Assisted constancia',
  'cv.menu.asistida.hint': 'For people without internet, ClaveÚnica or digital skills.',
  'cv.menu.cifras': "Today's figures",
  'cv.menu.cifras.hint': 'Requests, validations and rejections by hour and by region.',
  'cv.back': 'Back to the staff area',

  'cv.buscar.title': 'Validate a voting constancia',
  'cv.buscar.lead':
    "Enter the code of the citizen's online request. Then check their identity card or passport.",
  'cv.buscar.hint': '10 letters and numbers, for example WNDT7C4Z3T.',
  'cv.buscar.submit': 'Search',
  'cv.buscar.notFound': 'There is no request with that code. Check that it is spelt correctly.',
  'cv.buscar.otro': 'Search for another code',

  'cv.solicitud.title': 'Request {code}',
  'cv.solicitud.nombre': 'Name',
  'cv.solicitud.run': 'RUN',
  'cv.solicitud.nacimiento': 'Date of birth',
  'cv.solicitud.eleccion': 'Election',
  'cv.solicitud.votacion': 'Voting comuna',
  'cv.solicitud.distancia': 'Distance from your unit',
  'cv.solicitud.distanciaKm': '{km} km',
  'cv.solicitud.estado': 'Status',
  'cv.solicitud.canal': 'Channel',
  'cv.solicitud.email': 'E-mail the constancia will be sent to',
  'cv.correo.lead':
    'Confirm the e-mail address with the citizen: the signed constancia will be sent there. If it is mistyped, correct it with the citizen present.',
  'cv.correo.abrir': 'Correct the e-mail',
  'cv.correo.title': 'Correct the citizen’s e-mail',
  'cv.correo.hint': 'Ask the citizen to dictate it and type it twice.',
  'cv.correo.submit': 'Save the e-mail',
  'cv.correo.cancel': 'Cancel',
  'cv.correo.hecho': 'E-mail corrected: the constancia will be sent to {email}.',
  'cv.estado.pendiente': 'Pending',
  'cv.estado.validada': 'Validated',
  'cv.estado.rechazada': 'Rejected',
  'cv.estado.vencida': 'Expired',
  'cv.canal.online': 'Online',
  'cv.canal.asistida': 'Assisted',
  'cv.plazo.title': 'The election’s window is not open',
  'cv.plazo.proxima':
    '{nombre}: the window opens on {fecha} at {hora} (mainland Chile time). Until then no constancia can be issued or validated.',
  'cv.plazo.cerrada':
    '{nombre}: the window closed on {fecha} at {hora} (mainland Chile time). Constancias can no longer be issued, validated or rejected.',
  'cv.rechazada.antes': 'Reason for the earlier rejection: {motivo}',
  'cv.rechazada.volver':
    'If the citizen came back with what was missing (another document, for example), you can validate it today.',
  'cv.resuelta': 'This request is no longer pending: it cannot be validated or rejected.',

  'cv.cerca.title': 'Warning: your unit is 200 km or less from the polling place',
  'cv.cerca.body':
    'The constancia only excuses people more than 200 km from their polling place ({km} km from your unit to {comuna}): it cannot be validated (art. 139 bis of Law No. 18,700). Reject the request with that reason; if the citizen has another excuse, they present it to the local police court (Juzgado de Policía Local).',

  'cv.documento.title': 'Identity document shown',
  'cv.documento.lead':
    'Check the document: it may have expired, but not more than twelve months before the primaries ({limit}).',
  'cv.documento.cedula': 'Identity card (cédula)',
  'cv.documento.pasaporte': 'Passport',
  'cv.documento.numero.hint': 'The document or serial number, as printed on it.',
  'cv.documento.run.hint': "It must be the request's RUN: the code is personal and non-transferable.",
  'cv.vencimiento.hint': 'As on the document. For example, {ejemplo}.',
  'cv.nombre.solicitud': 'On the request: {nombre}. Compare the photograph with the person too.',
  'cv.nombre.foto': 'Compare the name and the photograph on the document with the person.',
  'cv.validar.submit': 'Validate constancia',

  'cv.rechazar.title': 'Reject the request',
  'cv.rechazar.lead':
    'If the document does not match, expired more than twelve months before the primaries, or the person is near their polling place.',
  'cv.rechazar.hint': 'The reason is recorded; the citizen receives it by e-mail and sees it in My requests.',
  'cv.rechazar.submit': 'Reject request',

  'cv.validada.title': 'Constancia validated',
  'cv.validada.body':
    "Constancia {code} is validated and will be e-mailed as a PDF to the citizen's address.",
  'cv.rechazada.title': 'Request rejected',
  'cv.rechazada.body': 'Request {code} is rejected.',
  'cv.imprimir': 'Print receipt',
  'cv.imprimir.hint': '(PDF, opens in a new tab)',
  'cv.verificacion': 'Public verification address:',
  'cv.verificacion.link': 'Open the public verification',
  'cv.nuevaPestana': '(opens in a new tab)',

  'cv.asistida.title': 'Assisted constancia',
  'cv.asistida.lead':
    'Complete the procedure for a citizen who cannot do it online. If they had a pending online request, that one is completed.',
  'cv.asistida.eleccion': 'Election: {nombre}, {fecha}',
  'cv.asistida.sinEleccion': 'There is no election with an open window today: no constancias can be issued.',
  'cv.asistida.motivo.sin_internet': 'No internet connection or device',
  'cv.asistida.motivo.sin_claveunica': 'No ClaveÚnica, or cannot recover it',
  'cv.asistida.motivo.sin_habilidades_digitales': 'Cannot use the platform (digital literacy)',
  'cv.asistida.datos': "Citizen's details",
  'cv.asistida.run.hint': 'Looked up in the electoral roll. For example, 12.345.678-5.',
  'cv.nacimiento.hint': 'As on their document. For example, 14 3 1985.',
  'cv.asistida.telefono.hint': 'For example, 9 1234 5678.',
  'cv.asistida.email.hint': 'The PDF constancia will be sent there.',
  'cv.asistida.confirmacion.hint': 'Type it again, without copying it.',
  'cv.asistida.aviso.title': 'Read this notice to the citizen',
  'cv.asistida.aviso.body':
    'Giving false or inaccurate information is a crime punished by Article 210 of the Chilean Penal Code.',
  'cv.asistida.submit': 'Issue constancia',
  'cv.asistida.done.title': 'Constancia issued',
  'cv.asistida.done.body':
    'Constancia {code} is validated. Give the printed receipt to the citizen; it will also arrive by e-mail.',
  'cv.asistida.otra': 'Serve another citizen',

  'cv.cifras.title': "Today's figures",
  'cv.cifras.lead': 'Updated every 30 seconds. Pending: requests not validated yet.',
  'cv.cifras.forbidden': 'Only staff granted “See the figures” see them. Ask whoever manages staff.',
  'cv.cifras.porHora': 'By hour',
  'cv.cifras.porRegion': 'By region',
  'cv.cifras.hora': 'Hour',
  'cv.cifras.region': 'Region',
  'cv.cifras.solicitudes': 'Requests',
  'cv.cifras.validadas': 'Validated',
  'cv.cifras.rechazadas': 'Rejected',
  'cv.cifras.pendientes': 'Pending',
  'cv.cifras.sinDatos': 'No data yet.',
}
