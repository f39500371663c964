/**
 * "Mis datos": the words that no other kind of record shares, of a condolence message's records
 * (their service, fields, states, values), es/en/ht together, loaded when such a record is shown
 * (`palabrasDe` in ../../palabras.ts).
 */
export const palabras = {
  es: {
    'md.servicio.condolencias': 'Libro de condolencias',
    'md.campo.memorial': 'Memorial',
    'md.campo.publicarDesde': 'Público desde',
    'md.campo.motivoRetencion': 'Por qué se retuvo para revisión',
    'md.campo.moderadoAt': 'Revisado el',
    'md.estado.retenido': 'En revisión',
    'md.estado.publicado': 'Publicado',
  },
  en: {
    'md.servicio.condolencias': 'Book of condolences',
    'md.campo.memorial': 'Memorial',
    'md.campo.publicarDesde': 'Public since',
    'md.campo.motivoRetencion': 'Why it was held for review',
    'md.campo.moderadoAt': 'Reviewed on',
    'md.estado.retenido': 'Under review',
    'md.estado.publicado': 'Published',
  },
  ht: {
    'md.servicio.condolencias': 'Liv kondoleyans',
    'md.campo.memorial': 'Memoryal',
    'md.campo.publicarDesde': 'Piblik depi',
    'md.campo.motivoRetencion': 'Poukisa yo kenbe l pou revize',
    'md.campo.moderadoAt': 'Revize le',
    'md.estado.retenido': 'Y ap revize l',
    'md.estado.publicado': 'Pibliye',
  },
}
