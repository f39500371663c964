import { colaApi } from '../casos/api.ts'

export const COLA_PATH = '/funcionarios/reclamos'
/** A complaint's page for the office: `/funcionarios/reclamos/<número>`. */
export const casoPath = (numero: string) => `${COLA_PATH}/${encodeURIComponent(numero)}`

export const COLA_API = colaApi('reclamo')
