/**
 * The offence types a report may be reclassified to, and the queue filtered by. MERGE: the
 * denuncia's own list (worker/denuncias/tipos.ts's TIPOS_DENUNCIA, a module without imports) once
 * it is on main; not worker/denuncias/estados.ts's reference list, whose module brings the API's
 * error codes into the forms' chunk every citizen loads.
 */
export const TIPOS: readonly string[] = [
  'hurto_simple',
  'robo_por_sorpresa',
  'robo_accesorios_vehiculo',
  'robo_lugar_no_habitado',
  'hurto_hallazgo',
  'apropiacion_indebida',
  'estafa',
  'danos',
  'maltrato_animal',
]
