import { camposPermiso } from '../../../core/permisos/campos.ts'
import type { PermisoSupervision } from '../../../worker/permisos/supervision.ts'

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

// The purposes a search by RUN may give, and the days a reserved one stays out of the person's
// view: the server's own (worker/privacy/finalidades.ts has no imports).
export { FINALIDADES_DE_BUSQUEDA as FINALIDADES, RESERVA_DIAS } from '../../../worker/privacy/finalidades.ts'
