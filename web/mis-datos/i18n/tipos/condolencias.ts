/**
 * The words of a condolence message's records on 'Mis datos' that no other kind shares, in the three languages:
 * loaded when a record of that kind is shown (`../../palabras.ts`, `palabrasDe`).
 */
export const palabras = {
  es: {
    'md.campo.memorial': 'Memorial',
    'md.campo.publicarDesde': 'Público desde',
    'md.campo.motivoRetencion': 'Por qué se retuvo para revisión',
    'md.campo.moderadoAt': 'Revisado el',
    'md.estado.retenido': 'En revisión',
    'md.estado.publicado': 'Publicado',
  },
  en: {
    'md.campo.memorial': 'Memorial',
    'md.campo.publicarDesde': 'Public since',
    'md.campo.motivoRetencion': 'Why it was held for review',
    'md.campo.moderadoAt': 'Reviewed on',
    'md.estado.retenido': 'Under review',
    'md.estado.publicado': 'Published',
  },
  ht: {
    'md.campo.memorial': 'Memoryal',
    'md.campo.publicarDesde': 'Piblik depi',
    'md.campo.motivoRetencion': 'Poukisa yo kenbe l pou revize',
    'md.campo.moderadoAt': 'Revize le',
    'md.estado.retenido': 'Y ap revize l',
    'md.estado.publicado': 'Pibliye',
  },
}
