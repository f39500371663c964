/**
 * "Mis datos": the words that no other kind of record shares, of voting constancias and legal notices
 * (their service, fields, states, values), es/en/ht together, loaded when such a record is shown
 * (`palabrasDe` in ../../palabras.ts).
 */
export const palabras = {
  es: {
    'md.servicio.constancias': 'Constancias de votación',
    'md.campo.eleccion': 'Elección',
    'md.campo.comunaVotacion': 'Comuna de votación',
    'md.campo.canal': 'Cómo se pidió',
    'md.campo.documentoNumero': 'Número del documento de identidad',
    'md.campo.distanciaKm': 'Distancia al local de votación (km)',
    'md.campo.aceptadoAt': 'Aceptado el',
    'md.estado.validada': 'Validada',
    'md.valor.online': 'En línea',
    'md.valor.asistida': 'En una unidad de Carabineros',
  },
  en: {
    'md.servicio.constancias': 'Voting certificates',
    'md.campo.eleccion': 'Election',
    'md.campo.comunaVotacion': 'Comuna where you vote',
    'md.campo.canal': 'How it was requested',
    'md.campo.documentoNumero': 'Identity document number',
    'md.campo.distanciaKm': 'Distance to the polling place (km)',
    'md.campo.aceptadoAt': 'Accepted on',
    'md.estado.validada': 'Validated',
    'md.valor.online': 'Online',
    'md.valor.asistida': 'At a Carabineros unit',
  },
  ht: {
    'md.servicio.constancias': 'Konstans vòt',
    'md.campo.eleccion': 'Eleksyon',
    'md.campo.comunaVotacion': 'Komin kote ou vote',
    'md.campo.canal': 'Kijan yo te mande l',
    'md.campo.documentoNumero': 'Nimewo dokiman idantite',
    'md.campo.distanciaKm': 'Distans ak biwo vòt la (km)',
    'md.campo.aceptadoAt': 'Aksepte le',
    'md.estado.validada': 'Valide',
    'md.valor.online': 'Sou entènèt',
    'md.valor.asistida': 'Nan yon inite Carabineros',
  },
}
