/**
 * The offence types a report may be reclassified to, and the queue filtered by: the denuncia's own
 * list (a module without imports: it brings nothing into the forms' chunk every citizen loads).
 */
export { TIPOS_DENUNCIA as TIPOS } from '../../../core/denuncias/tipos.ts'
