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
