/*
 * The nearest units' search of a request's page (../solicitud/Unidades.tsx, its words and its
 * styles), for the guide's >200 km answer: a chunk of its own, loaded once that answer shows.
 */
import '../constancias.css'

export { ready } from '../solicitud/i18n/index.ts'
export { Unidades } from '../solicitud/Unidades.tsx'
