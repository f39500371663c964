/**
 * "Mis datos": the words that no other kind of record shares, of a constancia's (certificado) records
 * (their service, fields, states, values), es/en/ht together, loaded when such a record is shown
 * (`palabrasDe` in ../../palabras.ts).
 */
export const palabras = {
  es: {
    'md.campo.tipoConstancia': 'Constancia',
    'md.campo.declarado': 'Lo declarado',
    'md.campo.motivoAnulacion': 'Motivo de la anulación',
    'md.estado.activa': 'Activa',
    'md.estado.anulada': 'Anulada',
  },
  en: {
    'md.campo.tipoConstancia': 'Constancia',
    'md.campo.declarado': 'What was declared',
    'md.campo.motivoAnulacion': 'Reason for the annulment',
    'md.estado.activa': 'Active',
    'md.estado.anulada': 'Annulled',
  },
  ht: {
    'md.campo.tipoConstancia': 'Konstans',
    'md.campo.declarado': 'Sa yo te deklare',
    'md.campo.motivoAnulacion': 'Rezon anilasyon an',
    'md.estado.activa': 'Aktif',
    'md.estado.anulada': 'Anile',
  },
}
