/*
 * The request's schema is the server's (worker/reencuentro/schema.ts): the form checks each page
 * with it, under the form's own field names (respuestas.ts maps them).
 */

export { RELACIONES } from '../../../core/reencuentro/tipos.ts'
export { ReencuentroInput, revisarAnios } from '../../../worker/reencuentro/schema.ts'
