/*
 * The request's schema is the server's (worker/reencuentro/schema.ts): the form checks each page
 * with it, under the form's own field names (respuestas.ts maps them).
 */
export { ReencuentroInput, revisarAnios } from '../../../worker/reencuentro/schema.ts'
export { RELACIONES } from '../../../worker/reencuentro/tipos.ts'
