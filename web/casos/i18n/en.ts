import type { CasoMessages } from './es.ts'

/** English words of a citizen's case, loaded on demand. */
export const messages: CasoMessages = {
  'caso.cargando': 'Loading the history of your request…',
  'caso.error': 'We could not load the history of your request. Please try again later.',
  'caso.pregunta.title': 'Carabineros need more information from you',
  'caso.pregunta.fecha': 'Asked on {fecha}',
  'caso.responder.hint':
    'Answer in your own words. If you have photos or documents that help, attach them below.',
  'caso.responder.enviar': 'Send answer',
  'caso.agregar.title': 'Add information',
  'caso.agregar.lead':
    'If you remembered something else or found a document, add it here. Carabineros will see it with your request.',
  'caso.agregar.enviar': 'Add information',
  'caso.archivos.label': 'Photos, documents or videos (optional)',
  'caso.archivosSubiendo': 'Wait until your files have finished uploading before sending.',
  'caso.hecho.title': 'Sent',
  'caso.hecho.respuesta': 'We received your answer. Your request is being reviewed again.',
  'caso.hecho.informacion': 'We received the information you added.',
  'caso.enEspera':
    'What you sent is on this device and has not arrived yet: it will be sent by itself, only once, as soon as there is a connection.',
  'caso.conflicto.title': 'What you sent could not be saved',
  'caso.conflicto':
    'Your request changed before what you sent arrived (for example, it was already answered or closed). Below is how it stands now. If you still can, send it again.',
  'caso.historia.title': 'History',
  'caso.historia.pregunta': 'Question from Carabineros',
  'caso.historia.respuesta': 'Your answer',
  'caso.historia.informacion': 'Information you added',
  'caso.historia.numeroAnterior': 'Number of the earlier request: {numero}',
  'caso.historia.dondeAcudir': 'Where to go: {texto}',
  'caso.quien.usted': 'You',
  'caso.quien.carabineros': 'Carabineros',
  'caso.quien.sistema': 'System',
}
