import type { EmitidaMessages } from './es.ts'

/** English words of an issued constancia's page and of the constancias in My requests. */
export const messages: EmitidaMessages = {
  'emitida.title': 'Constancia issued',
  'emitida.numero': 'Your constancia number is',
  'emitida.heading': 'Constancia {numero}',
  'emitida.correo': 'We have also e-mailed it to you, and it is listed in “My requests”.',
  'emitida.tramites.nota': 'You will also find it in “My requests”.',
  'emitida.pdf': 'Download the constancia (PDF)',
  'emitida.guardada': 'The constancia is kept on this device: you can open it without a connection too.',
  'emitida.siguiente.title': 'What to do now',
  'emitida.verificar':
    'Whoever receives it can verify it on the Comisaría Virtual with its number or the PDF’s QR code.',
  'emitida.otra': 'Ask for another one like it',
  'emitida.tramites': 'See my requests',
  'emitida.tipo': 'Type',
  'emitida.numeroLabel': 'Number',
  'emitida.fecha': 'Issued',
  'emitida.estado': 'Status',
  'emitida.vigente': 'Valid',
  'emitida.anulada': 'Annulled',
  'emitida.anulada.aviso': 'This constancia was annulled on {fecha}. Reason: {motivo}',
  'emitida.fuente.dispositivo': 'No connection: this is the copy kept on this device.',
  'emitida.cargando': 'Loading the constancia…',
  'emitida.noEncontrada.title': 'We could not find this constancia',
  'emitida.noEncontrada.body':
    'Check the number. Here you can only see your own constancias; someone else’s is verified with its number or its QR code.',
  'emitida.verificarLink': 'Verify a constancia',
  'emitida.signin.title': 'Sign in to see your constancia',
  'emitida.signin.body': 'Your constancias are seen with your ClaveÚnica or your Comisaría Virtual account.',
  'emitida.signin.link': 'Sign in',
  'emitida.sinConexion.title': 'No connection',
  'emitida.sinConexion.body':
    'This constancia is not kept on this device. Open it again when you are back online.',
  'regimen_visitas.siguiente':
    'Present this constancia to the family court that set the arrangement, in the RIT case you gave.',
  'extravio_documentos.siguiente':
    'With this constancia, ask the institution that issued it for a new document.',
  'extravio_documentos.siguiente.cedula':
    'Block your identity card at the Civil Registry (Servicio de Registro Civil e Identificación, www.registrocivil.cl or any office) so that nobody can use it.',
  'extravio_celular.siguiente':
    'Ask your phone carrier to block the handset by its IMEI, showing this constancia.',
  'placa_patente.siguiente':
    'With this constancia, ask the Civil Registry (Servicio de Registro Civil e Identificación) for a replacement plate.',
  'pension_alimentos.siguiente':
    'Present this constancia to the family court, in the RIT case you gave, when you ask for the debt to be calculated.',
  'abandono_hogar.siguiente':
    'Keep this constancia: it serves as evidence before the family court (for example, in a case about custody, child support or divorce).',
  'fines_laborales.siguiente':
    'Present this constancia to the Labour Inspectorate or the labour court, as the case may be.',
  'bomberos_lesionados.siguiente':
    'Present this constancia with your claim to the Financial Market Commission (CMF), which handles compensation for firefighters injured on duty.',
  'permanencia_definitiva.siguiente':
    'With this constancia, ask the National Migration Service (Servicio Nacional de Migraciones) for a new certificate.',
  'mine.title': 'Constancias',
  'mine.loading': 'Loading your constancias…',
  'mine.failed': 'We could not load your constancias. Please try again later.',
  'mine.item': '{tipo} · issued on {fecha}',
  'mine.otra': 'Another like it',
  'mine.otra.de': 'like constancia {numero}',
}
