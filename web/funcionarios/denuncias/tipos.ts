/**
 * The offence types a report may be reclassified to, and the queue filtered by: the denuncia's own
 * list (MERGE: worker/denuncias/tipos.ts's TIPOS_DENUNCIA once on main).
 */
export { TIPOS_DE_REFERENCIA as TIPOS } from '../../../worker/denuncias/estados.ts'
