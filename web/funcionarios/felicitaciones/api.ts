import type { cifrasFelicitaciones } from '../../../worker/felicitaciones/cifras.ts'
import type { FelicitacionRecibida } from '../../../worker/felicitaciones/schema.ts'

/** Where the staff's commendation screens and their API live. */
export const UNIDAD_PATH = '/funcionarios/felicitaciones'
export const MIAS_PATH = '/funcionarios/felicitaciones/mias'
export const CIFRAS_PATH = '/funcionarios/felicitaciones/cifras'
export const API = '/api/funcionarios/felicitaciones'
export const CIFRAS_API = '/api/supervisor/felicitaciones/cifras'

export type { FelicitacionRecibida }
/** The figures as `GET /api/supervisor/felicitaciones/cifras` answers them. */
export type CifrasFelicitaciones = Awaited<ReturnType<typeof cifrasFelicitaciones>>
