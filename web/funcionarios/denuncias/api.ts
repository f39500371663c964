import type { cifrasDeCasos } from '../../../worker/casos/cifras.ts'
import type { estadoDeEnvio } from '../../../worker/casos/envio.ts'
import type { listarJurisdiccion } from '../../../worker/casos/jurisdiccion.ts'
import { colaApi } from '../casos/api.ts'

/** Its way to the Fiscalía, `GET /api/funcionarios/casos/:numero/envio` (nothing of the person). */
export type EstadoEnvio = Awaited<ReturnType<typeof estadoDeEnvio>>

/** A day's figures, `GET /api/supervisor/denuncias/cifras`. */
export type CifrasDenuncias = Awaited<ReturnType<typeof cifrasDeCasos>>

/** A comuna of the jurisdiction table, `GET /api/admin/jurisdiccion`. */
export type FilaJurisdiccion = Awaited<ReturnType<typeof listarJurisdiccion>>['comunas'][number]

export const BANDEJA_PATH = '/funcionarios/denuncias'
export const UNIDAD_PATH = '/funcionarios/denuncias/unidad'
export const CIFRAS_PATH = '/funcionarios/denuncias/cifras'
export const JURISDICCION_PATH = '/funcionarios/denuncias/jurisdiccion'
/** A report's page: `/funcionarios/denuncias/<número>`. */
export const casoPath = (numero: string) => `${BANDEJA_PATH}/${encodeURIComponent(numero)}`

export const COLA_API = colaApi('denuncia')
export const CIFRAS_API = '/api/supervisor/denuncias/cifras'
export const JURISDICCION_API = '/api/admin/jurisdiccion'
