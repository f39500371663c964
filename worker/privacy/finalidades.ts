/*
 * No imports: the staff's permit search (web/funcionarios/permisos) offers the same purposes and
 * says the same number of days.
 */

/**
 * Why a staff member read a person's data. Reads inside a workflow carry the workflow's purpose;
 * searches (by RUN) ask the officer to choose one of `FINALIDADES_DE_BUSQUEDA`.
 */
export const FINALIDADES = [
  'validacion_constancia',
  'control_permiso',
  'atencion_derechos',
  'fiscalizacion',
  'requerimiento_fiscalia',
  'requerimiento_tribunal',
  'reclamo_ciudadano',
  'investigacion_reservada',
  /** Working on the person's own case (a denuncia they made): triage, a unit, the Fiscalía. */
  'atencion_tramite',
  /** A family search (reencuentro): the team looked the person sought up in a registry. */
  'busqueda_reencuentro',
] as const
export type Finalidad = (typeof FINALIDADES)[number]

export const FINALIDADES_DE_BUSQUEDA = [
  'fiscalizacion',
  'requerimiento_fiscalia',
  'requerimiento_tribunal',
  'reclamo_ciudadano',
  'investigacion_reservada',
] as const satisfies readonly Finalidad[]

/**
 * The written rule for what the police may withhold (docs/decisions/0025): a read made for a
 * reserved criminal investigation is left out of the person's access record for 40 days — the
 * longest secrecy the prosecutor may order at once (Código Procesal Penal, art. 182) — and shown
 * from then on.
 */
export const RESERVA_DIAS = 40
