import type { colaDeCasos } from '../../../worker/casos/cola.ts'
import type { vistaFuncionario } from '../../../worker/casos/leer.ts'

/**
 * What every service's staff screens of cases share (denuncias, reclamos): a page of a service's
 * queue, `GET /api/funcionarios/casos/<servicio>/cola` — no one's name in it —, and one of its rows.
 */
export type Cola = Awaited<ReturnType<typeof colaDeCasos>>
export type FilaCola = Cola['casos'][number]

/** A case as staff open it, `GET /api/funcionarios/casos/:numero` (a read its citizen sees). */
export type VistaCaso = Awaited<ReturnType<typeof vistaFuncionario>>
export type EntradaHistoria = VistaCaso['historia'][number]

/**
 * A service's queue on the API.
 *
 * @example
 * colaApi('reclamo') // '/api/funcionarios/casos/reclamo/cola'
 */
export const colaApi = (servicio: string) => `/api/funcionarios/casos/${encodeURIComponent(servicio)}/cola`

/**
 * A case on the API, whatever its service.
 *
 * @example
 * casoApi('WNDT7C4Z3T') // '/api/funcionarios/casos/WNDT7C4Z3T'
 */
export const casoApi = (numero: string) => `/api/funcionarios/casos/${encodeURIComponent(numero)}`

/** What an action's page tells the queue it returns to: which case, and what was done. */
export interface Hecho {
  numero: string
  accion: string
}
