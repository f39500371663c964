/**
 * What a complaint is about: the closed list a citizen picks from (issue 18, decision 0060). It
 * follows the kinds of police misconduct the INDH's programme on human rights and police work
 * records (disproportionate force, abuse of people in custody, discrimination of vulnerable
 * groups, officers without identification) and what the OIRS of Carabineros receives about
 * service (refusal to take a report, delays, bad treatment), grouped so a citizen can tell them
 * apart. A new kind is a decision, never free text: the figures count per kind.
 *
 * @example
 * TIPOS_RECLAMO.includes('uso_fuerza') // true
 */
export const TIPOS_RECLAMO = [
  'trato_indebido',
  'uso_fuerza',
  'negativa_atencion',
  'demora',
  'procedimiento_irregular',
  'solicitud_indebida',
  'discriminacion',
  'otro',
] as const
export type TipoReclamo = (typeof TIPOS_RECLAMO)[number]
