import type { vistaCiudadano } from '../../worker/casos/leer.ts'
import { callApi } from '../forms/api.ts'
import { locale } from '../i18n/index.ts'

/** A citizen's own case as `GET /api/casos/:numero` answers it (worker/casos/leer.ts). */
export type VistaCaso = Awaited<ReturnType<typeof vistaCiudadano>>
/** One dated entry of its history, in the citizen's words. */
export type EntradaCaso = VistaCaso['historia'][number]

/**
 * Where a case's citizen routes are: its view, `…/respuestas` and `…/informacion`.
 *
 * @example
 * casoUrl('WNDT7C4Z3T') // '/api/casos/WNDT7C4Z3T'
 */
export const casoUrl = (numero: string) => `/api/casos/${encodeURIComponent(numero)}`

/** What loading a case gave: the case, not found (another's, or not in the database yet), or no answer. */
export type Carga = { kind: 'ready'; vista: VistaCaso } | { kind: 'not_found' } | { kind: 'failed' }

/**
 * The case in the page's language (its history's words are the server's).
 *
 * @example
 * const carga = await cargarCaso('WNDT7C4Z3T')
 */
export async function cargarCaso(numero: string): Promise<Carga> {
  const answer = await callApi<VistaCaso>('GET', `${casoUrl(numero)}?lang=${locale()}`)
  if (answer.ok) return { kind: 'ready', vista: answer.body }
  return answer.status === 404 ? { kind: 'not_found' } : { kind: 'failed' }
}
