import type { cifrasDeReclamos } from '../../../worker/reclamos/cifras.ts'
import { colaApi } from '../casos/api.ts'

export const COLA_PATH = '/funcionarios/reclamos'
/** A complaint's page for the office: `/funcionarios/reclamos/<número>`. */
export const casoPath = (numero: string) => `${COLA_PATH}/${encodeURIComponent(numero)}`

export const COLA_API = colaApi('reclamo')

export const DESCARGOS_PATH = '/funcionarios/reclamos/descargos'
/** A request for the unit's account: `/funcionarios/reclamos/descargos/<id>`. */
export const descargoPath = (id: string) => `${DESCARGOS_PATH}/${encodeURIComponent(id)}`

export const DESCARGOS_API = '/api/funcionarios/reclamos/descargos'
export const descargoApi = (id: string) => `${DESCARGOS_API}/${encodeURIComponent(id)}`

export const CIFRAS_PATH = '/funcionarios/reclamos/cifras'
export const CIFRAS_API = '/api/funcionarios/reclamos/cifras'
/** What `GET /api/funcionarios/reclamos/cifras` answers (worker/reclamos/cifras.ts). */
export type CifrasReclamos = Awaited<ReturnType<typeof cifrasDeReclamos>>
