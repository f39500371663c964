import { camposPermiso } from '../../../worker/permisos/campos.ts'
import type { PermisoSupervision } from '../../../worker/permisos/supervision.ts'
import type { FINALIDADES_DE_BUSQUEDA, RESERVA_DIAS as RESERVA } from '../../../worker/privacy/accesos.ts'

export type { PermisoSupervision }

/** The extra questions a permit type may ask. */
export const CAMPOS = camposPermiso
export type Campo = (typeof CAMPOS)[number]

/** A permit type as `GET /api/admin/permisos/tipos` lists it. */
export interface TipoPermiso {
  id: string
  nombre: string
  descripcion: string
  duracionMaxMin: number
  horaDesde: string
  horaHasta: string
  cupoSemanal: number
  campos: Campo[]
  activo: boolean
}

/** A comuna's phase as `GET /api/admin/permisos/fases` lists it (in force today or later). */
export interface FaseComuna {
  id: string
  comunaCut: string
  comuna: string
  fase: 'cuarentena' | 'transicion'
  desde: string
  hasta: string | null
}

/** `GET /api/supervisor/permisos/cifras`: a day's permits issued and refused. */
export interface CifrasPermisos {
  fecha: string
  porHora: { desde: string; emitidos: number; rechazados: number }[]
  porComuna: { cut: string; comuna: string; emitidos: number; rechazados: number }[]
}

export const SUPERVISOR_API = '/api/supervisor/permisos'
export const ADMIN_API = '/api/admin/permisos'
export const REGLAS_PATH = '/funcionarios/permisos/reglas'

/**
 * Why a supervisor looks a person's permits up by RUN (`finalidad`, required by the API): the
 * person sees each such consultation in «Quién vio mis datos». The server's list, repeated here
 * only because its module (worker/privacy/accesos.ts) brings the database with it; the type holds
 * the two equal, in the same order.
 */
export const FINALIDADES = [
  'fiscalizacion',
  'requerimiento_fiscalia',
  'requerimiento_tribunal',
  'reclamo_ciudadano',
  'investigacion_reservada',
] as const satisfies typeof FINALIDADES_DE_BUSQUEDA

/**
 * Days a consultation for a reserved criminal investigation stays out of the person's view
 * (Código Procesal Penal art. 182); only the hint quotes it, the server applies it. The type
 * holds it equal to the server's.
 */
export const RESERVA_DIAS: typeof RESERVA = 40
