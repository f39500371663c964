import type { VerificarMessages } from './es.ts'

/** English words of the public verification page, loaded on demand. */
export const messages: VerificarMessages = {
  'vf.title': 'Verify a document',
  'vf.lead':
    "Check whether a constancia issued by the Comisaría Virtual is valid: type its code, or scan the document's QR code with your phone's camera.",
  'vf.code.hint':
    'The 10-letter-and-number code printed on the document, for example WNDT7C4Z3T. You can also paste the text of the QR code.',
  'vf.submit': 'Verify',
  'vf.checking': 'Checking…',
  'vf.malformed': 'The code must have 10 letters and numbers, for example WNDT7C4Z3T.',
  'vf.notFound': 'There is no document with that code. Check that it is spelt correctly.',
  'vf.offline': 'No connection: the document could not be checked. Try again.',
  'vf.valid': 'VALID',
  'vf.invalid': 'NOT VALID',
  'vf.valid.body': 'This document was issued by the Comisaría Virtual and is in force.',
  'vf.invalid.body': 'Do not accept this document as evidence.',
  'vf.estado.validada': 'Validated',
  'vf.estado.pendiente': 'Pending: the constancia has not been validated by Carabineros yet',
  'vf.estado.rechazada': 'Rejected by Carabineros',
  'vf.estado.vencida': 'Expired: it was not validated in time',
  'vf.estado.depurada': 'Purged: its retention period ended',
  'vf.depurada': 'RETENTION PERIOD ENDED',
  'vf.depurada.body':
    'This document was issued, but its retention period ended and its personal data was deleted on {fecha}.',
  'vf.firma.ok': 'Digital signature checked on this device.',
  'vf.firma.bad_signature':
    'The digital signature does not match: the document was altered or is not genuine.',
  'vf.firma.unknown_key': 'The signature matches no key of the Comisaría Virtual.',
  'vf.firma.malformed': 'The QR code does not hold a Comisaría Virtual document.',
  'vf.firma.sinClaves':
    'The keys to check the signature could not be fetched. Connect to the internet and try again.',
  'vf.sinConexion':
    'Offline: the signature is genuine, but whether the document is still in force could not be checked.',
  'vf.tipo': 'Document',
  'vf.tipo.constancia_voto': 'Voting constancia (art. 139 bis, Law 18.700)',
  'vf.tipo.denuncia': 'Crime report receipt',
  'vf.denuncia.body':
    'The Comisaría Virtual received a crime report with this number. What it says and who made it are not shown here.',
  'vf.tipo.reclamo': 'Complaint receipt',
  'vf.reclamo.body':
    'The Comisaría Virtual received a complaint with this number. What it says, who made it and about which unit are not shown here.',
  'vf.estado.recibido': 'Received',
  'vf.estado.respondido': 'Answered',
  'vf.estado.derivado': 'Referred',
  'vf.recibidaAt': 'Received on',
  'vf.estado.recibida': 'Received',
  'vf.estado.en_analisis': 'Being analysed',
  'vf.estado.informacion_solicitada': 'Information needed',
  'vf.estado.derivada': 'Sent to the unit',
  'vf.estado.enviada_fiscalia': 'Sent to the Fiscalía',
  'vf.estado.cerrada': 'Closed',
  'vf.tipo.certificado': 'Constancia (certificate)',
  'vf.certificado.body':
    'This constancia was issued by the Comisaría Virtual and has not been annulled. It records what its holder declared; it does not prove the facts.',
  'vf.estado.emitida': 'Issued',
  'vf.estado.anulada': 'Annulled by Carabineros',
  'vf.emitidaAt': 'Issued on',
  'vf.anuladaAt': 'Annulled on',
  'vf.codigo': 'Code',
  'vf.nombre': 'Holder',
  'vf.run': 'RUN',
  'vf.eleccion': 'Election',
  'vf.validadaAt': 'Validated on',
  'vf.estado': 'Status',
  'vf.otro': 'Verify another document',
}
