/**
 * Spanish words of the Constancias screens (the request, its code and the nearest units): the
 * reference for en.ts and ht.ts. Where the instructions (seeds/instructivo-constancia-
 * voto-2025.md) say something, these are its words. They travel with these screens' own chunk, so
 * no other page downloads them.
 */
export const messages = {
  warning: 'Importante',
  'info.title': 'Constancias Votación',
  'info.login': 'Iniciar sesión con ClaveÚnica',
  'gate.signin.title': 'Inicie sesión con ClaveÚnica',
  'pend.title': 'Solicitud Pendiente',
  'pend.codeLabel': 'Su código',
  'pend.copy': 'Copiar código',
  'pend.copied': 'Código copiado.',
  'pend.copyFailed': 'No se pudo copiar. Seleccione el código y cópielo.',
  'pend.personal': 'El código es personal e intransferible.',
  'pend.noValue': 'Esta solicitud todavía no tiene validez legal.',
  'pend.todo.title': 'Lo que debe hacer hoy',
  'pend.todo.go':
    'Acuda hoy, {fecha}, antes de las {hora}, a la Unidad Territorial de Carabineros más cercana, con este código y su Cédula de Identidad o Pasaporte.',
  'pend.todo.document':
    'Su Cédula de Identidad o Pasaporte puede estar vencido hasta doce meses antes de las elecciones primarias del {primarias}: se acepta si venció el {desde} o después.',
  'pend.todo.document.generic':
    'Su Cédula de Identidad o Pasaporte puede estar vencido hasta doce meses antes de las elecciones primarias.',
  'pend.todo.officer':
    'Un funcionario de Carabineros verificará la información y validará la constancia, otorgándole plena validez legal. Una vez validada, la Constancia Digital llegará en formato PDF a su correo electrónico.',
  'pend.todo.ifNot':
    'Si este paso no se completa, la solicitud no tendrá validez legal y no será considerada como medio de prueba ante el Juzgado de Policía Local.',
  'pend.mail': 'También le enviamos este código a su correo electrónico.',
  'pend.details': 'Detalles de la solicitud',
  'pend.election': 'Elección',
  'pend.name': 'Nombre',
  'pend.run': 'RUN',
  'pend.comuna': 'Comuna de votación',
  'pend.created': 'Solicitada el',
  'pend.state': 'Estado',
  'pend.loading': 'Cargando su solicitud…',
  'pend.notFound': 'No encontramos una solicitud con ese código entre las suyas.',
  'pend.offline': 'Sin conexión no podemos mostrar el estado de su solicitud. Su código es {code}.',
  'pend.signin': 'Inicie sesión con ClaveÚnica para ver su solicitud.',
  'state.pendiente': 'Pendiente',
  'state.validada': 'Validada',
  'state.rechazada': 'Rechazada',
  'state.vencida': 'Vencida',
  'units.title': 'Unidades de Carabineros más cercanas',
  'units.lead':
    'Busque las unidades cercanas al lugar donde se encuentra ahora, no a su local de votación, que está a más de 200 kilómetros.',
  'units.locate': 'Usar mi ubicación',
  'units.locateHint': 'Su navegador le pedirá permiso. Su ubicación solo se usa para esta búsqueda.',
  'units.byComuna': 'Buscar por comuna',
}

export type SolicitudMessageKey = keyof typeof messages
export type SolicitudMessages = Record<SolicitudMessageKey, string>
