/**
 * Spanish words of a citizen's case (web/casos: the question staff asked and the answer, adding
 * information, the dated history), shared by every service with cases: the reference for en.ts
 * and ht.ts.
 */
export const messages = {
  'caso.cargando': 'Cargando la historia de su trámite…',
  'caso.error': 'No pudimos cargar la historia de su trámite. Inténtelo de nuevo más tarde.',
  'caso.pregunta.title': 'Carabineros le pide más información',
  'caso.pregunta.fecha': 'Preguntado el {fecha}',
  'caso.responder.hint':
    'Responda con sus palabras. Si tiene fotos o documentos que ayuden, adjúntelos abajo.',
  'caso.responder.enviar': 'Enviar respuesta',
  'caso.agregar.title': 'Agregar información',
  'caso.agregar.lead':
    'Si recordó algo más o encontró un documento, agréguelo aquí. Carabineros lo verá junto con su trámite.',
  'caso.agregar.enviar': 'Agregar información',
  'caso.archivos.label': 'Fotos, documentos o videos (opcional)',
  'caso.archivosSubiendo': 'Espere a que sus archivos terminen de subir antes de enviar.',
  'caso.hecho.title': 'Enviado',
  'caso.hecho.respuesta': 'Recibimos su respuesta. Su trámite vuelve a revisión.',
  'caso.hecho.informacion': 'Recibimos la información que agregó.',
  'caso.enEspera':
    'Lo que envió quedó en este dispositivo y aún no llega: se enviará solo, una sola vez, en cuanto haya conexión.',
  'caso.conflicto.title': 'No se pudo guardar lo que envió',
  'caso.conflicto':
    'Su trámite cambió antes de que llegara su envío (por ejemplo, ya fue respondido o cerrado). Abajo está como quedó. Si todavía puede, envíelo de nuevo.',
  'caso.historia.title': 'Historia',
  'caso.historia.pregunta': 'Pregunta de Carabineros',
  'caso.historia.respuesta': 'Su respuesta',
  'caso.historia.informacion': 'Información que agregó',
  'caso.historia.numeroAnterior': 'Número del trámite anterior: {numero}',
  'caso.historia.dondeAcudir': 'Dónde acudir: {texto}',
  'caso.quien.usted': 'Usted',
  'caso.quien.carabineros': 'Carabineros',
  'caso.quien.sistema': 'Sistema',
}

export type CasoMessageKey = keyof typeof messages
export type CasoMessages = Record<CasoMessageKey, string>
