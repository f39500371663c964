import type { DenunciaMessages } from './es.ts'

/** English words of a denuncia's own pages and its list in "Mis trámites", loaded on demand. */
export const messages: DenunciaMessages = {
  'recibida.title': 'Report sent',
  'recibida.numero': 'Your reference number is',
  'siguiente.title': 'What happens next',
  'siguiente.revision': 'The Comisaría Virtual staff will review your report before {fecha}.',
  'siguiente.derivar':
    'They will then send it to the Carabineros unit of your home address, which will forward it to the Fiscalía.',
  'siguiente.correo':
    'We sent you the receipt by e-mail. You will get an e-mail each time the status of your report changes, and you can follow it here and in “Mis trámites”.',
  'siguiente.numero': 'Keep the number: you will need it if you ask about your report.',
  pdf: 'Download the receipt (PDF)',
  'denuncia.title': 'Report {numero}',
  'denuncia.numero': 'Reference number',
  'denuncia.tipo': 'Offence',
  'denuncia.cuando': 'When it happened',
  'denuncia.rango': 'Between {desde} and {hasta}',
  'denuncia.lugar': 'Where it happened',
  'denuncia.denunciante': 'Reported by',
  'denuncia.recibida': 'Received on',
  'denuncia.estado': 'Status',
  'estado.recibida': 'Received',
  'estado.en_analisis': 'Being analysed',
  'estado.informacion_solicitada': 'Information needed',
  'estado.derivada': 'Sent to the unit',
  'estado.enviada_fiscalia': 'Sent to the Fiscalía',
  'estado.cerrada': 'Closed',
  'noEncontrada.title': 'We could not find that report',
  'noEncontrada.body': 'Check the number. You can only see the reports you made.',
  'sinConexion.title': 'No connection',
  'sinConexion.body': 'Your report cannot be shown without a connection.',
  'espera.title': 'Your report is on this device, waiting for a connection',
  'espera.body':
    'It will be sent by itself, only once, as soon as the connection returns. Do not sign out until then. Once it is sent, you will see its reference number here.',
  'espera.rechazada': 'The report was not received',
  'espera.noEsta': 'There is no pending submission with that identifier on this device.',
  tramites: 'See all your procedures',
  'lista.title': 'Reports',
  'lista.loading': 'Loading your reports…',
  'lista.failed': 'We could not load your reports.',
  'lista.item': '{tipo} · {estado} · received on {fecha}',
}
