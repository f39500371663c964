import type { cifrasDeCasos } from '../../../worker/casos/cifras.ts'
import type { colaDeCasos } from '../../../worker/casos/cola.ts'
import type { estadoDeEnvio } from '../../../worker/casos/envio.ts'
import type { listarJurisdiccion } from '../../../worker/casos/jurisdiccion.ts'
import type { vistaFuncionario } from '../../../worker/casos/leer.ts'

/** A page of the queue, `GET /api/funcionarios/casos/denuncia/cola`: no one's name in it. */
export type Cola = Awaited<ReturnType<typeof colaDeCasos>>
export type FilaCola = Cola['casos'][number]

/** A report as staff open it, `GET /api/funcionarios/casos/:numero` (a read its citizen sees). */
export type VistaCaso = Awaited<ReturnType<typeof vistaFuncionario>>
export type EntradaHistoria = VistaCaso['historia'][number]

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

export const COLA_API = '/api/funcionarios/casos/denuncia/cola'
export const casoApi = (numero: string) => `/api/funcionarios/casos/${encodeURIComponent(numero)}`
export const CIFRAS_API = '/api/supervisor/denuncias/cifras'
export const JURISDICCION_API = '/api/admin/jurisdiccion'

/** What an action's page tells the queue it returns to: which report, and what was done. */
export interface Hecho {
  numero: string
  accion: string
}
