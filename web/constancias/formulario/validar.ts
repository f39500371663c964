/**
 * The shared schema and the API's own message builder (valibot), loaded when the citizen first
 * uses the form rather than with the page: the form's first visit stays within its budget.
 */
export { SolicitudInput } from '../../../worker/constancias-voto/schema.ts'
export { validateFields } from '../../forms/validate.ts'
