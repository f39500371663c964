import type { Capacidad } from '../../../core/capacidades.ts'
import type { ConsultaResultado } from '../../../worker/reencuentro/campos.ts'
import type { cifrasDeReencuentro } from '../../../worker/reencuentro/cifras.ts'
import { colaApi } from '../casos/api.ts'

export { RESULTADOS } from '../../../core/reencuentro/tipos.ts'
export type { ConsultaResultado }

/** The team's capability (core/capacidades.ts). */
export const BUSCAR = 'reencuentro.buscar' satisfies Capacidad

export const COLA_PATH = '/funcionarios/reencuentro'
/** A request's page for the team: `/funcionarios/reencuentro/<número>`. */
export const casoPath = (numero: string) => `${COLA_PATH}/${encodeURIComponent(numero)}`
export const COLA_API = colaApi('reencuentro')

/** A registry look-up for a request (worker/reencuentro/consultas-route.ts). */
export const consultasApi = (numero: string) =>
  `/api/funcionarios/reencuentro/${encodeURIComponent(numero)}/consultas`

export const CIFRAS_PATH = '/funcionarios/reencuentro/cifras'
export const CIFRAS_API = '/api/supervisor/reencuentro/cifras'

/** The searches' figures, `GET /api/supervisor/reencuentro/cifras` (worker/reencuentro/cifras.ts). */
export type CifrasReencuentro = Awaited<ReturnType<typeof cifrasDeReencuentro>>
/** One region's figures, or the country's (no region). */
export type CifrasFila = CifrasReencuentro['total'] & { region?: string; regionNombre?: string }
