/** Who the relative sought is to the requester. */
export const RELACIONES = [
  'madre',
  'padre',
  'hijo',
  'hermano',
  'abuelo',
  'nieto',
  'tio',
  'sobrino',
  'primo',
  'pareja',
  'otro',
] as const
export type Relacion = (typeof RELACIONES)[number]

/**
 * How a search ended (staff-side only, decision 0064): the person found chose to share their
 * contact, to send a message only, or nothing; or they were not found, or had died.
 */
export const RESULTADOS = [
  'compartir_contacto',
  'solo_mensaje',
  'sin_consentimiento',
  'no_encontrado',
  'fallecido',
] as const
export type Resultado = (typeof RESULTADOS)[number]

/** How the team reached the person found. */
export const MEDIOS_CONTACTO = ['telefono', 'correo', 'visita', 'otro'] as const

/** The registries the reencuentro team may consult (worker/reencuentro/consultas.ts). */
export const REGISTROS_CONSULTABLES = ['civil', 'domicilio'] as const
