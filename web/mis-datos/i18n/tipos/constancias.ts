/**
 * The words of a voting constancia's and an accepted legal notice's records on 'Mis datos' that no other kind shares, in the three languages:
 * loaded when a record of that kind is shown (`../../palabras.ts`, `palabrasDe`).
 */
export const palabras = {
  es: {
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
