/**
 * "Mis datos": the words that no other kind of record shares, of complaints and commendations
 * (their service, fields, states, values), es/en/ht together, loaded when such a record is shown
 * (`palabrasDe` in ../../palabras.ts).
 */
export const palabras = {
  es: {
    'md.campo.unidad': 'Unidad',
    'md.campo.fecha': 'Fecha de los hechos',
    'md.campo.lugar': 'Lugar',
    'md.campo.relato': 'Lo que relató',
    'md.campo.peticion': 'Lo que pidió',
    'md.campo.motivoReapertura': 'Por qué lo reabrió',
    'md.campo.funcionario': 'Funcionario',
    'md.estado.recibido': 'Recibido',
    'md.estado.en_analisis': 'En análisis',
    'md.estado.informacion_solicitada': 'Se le pidió información',
    'md.estado.respondido': 'Respondido',
    'md.estado.derivado': 'Derivado a otra institución',
  },
  en: {
    'md.campo.unidad': 'Unit',
    'md.campo.fecha': 'Date of the facts',
    'md.campo.lugar': 'Place',
    'md.campo.relato': 'What you told',
    'md.campo.peticion': 'What you asked for',
    'md.campo.motivoReapertura': 'Why you reopened it',
    'md.campo.funcionario': 'Officer',
    'md.estado.recibido': 'Received',
    'md.estado.en_analisis': 'Under review',
    'md.estado.informacion_solicitada': 'Information requested from you',
    'md.estado.respondido': 'Answered',
    'md.estado.derivado': 'Referred to another institution',
  },
  ht: {
    'md.campo.unidad': 'Inite',
    'md.campo.fecha': 'Dat sa k te pase a',
    'md.campo.lugar': 'Kote',
    'md.campo.relato': 'Sa ou te rakonte',
    'md.campo.peticion': 'Sa ou te mande',
    'md.campo.motivoReapertura': 'Poukisa ou te relouvri l',
    'md.campo.funcionario': 'Polisye',
    'md.estado.recibido': 'Resevwa',
    'md.estado.en_analisis': 'Y ap analize l',
    'md.estado.informacion_solicitada': 'Yo mande w plis enfòmasyon',
    'md.estado.respondido': 'Reponn',
    'md.estado.derivado': 'Voye bay yon lòt enstitisyon',
  },
}
