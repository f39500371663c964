import { camposPermiso } from '../../../core/permisos/campos.ts'
import type { permisosAdminRoute, permisosSupervisorRoute } from '../../../worker/permisos/staff-route.ts'
import type { PermisoSupervision } from '../../../worker/permisos/supervision.ts'
import type { RouteBody } from '../../forms/api.ts'

export type { PermisoSupervision }

/** The extra questions a permit type may ask. */
export const CAMPOS = camposPermiso
export type Campo = (typeof CAMPOS)[number]

/** A permit type as `GET /api/admin/permisos/tipos` lists it. */
export type TipoPermiso = RouteBody<typeof permisosAdminRoute, '/tipos'>['items'][number]

/** A comuna's phase as `GET /api/admin/permisos/fases` lists it (in force today or later). */
export type FaseComuna = RouteBody<typeof permisosAdminRoute, '/fases'>['items'][number]

/** `GET /api/supervisor/permisos/cifras`: a day's permits issued and refused. */
export type CifrasPermisos = RouteBody<typeof permisosSupervisorRoute, '/cifras'>

export const SUPERVISOR_API = '/api/supervisor/permisos'
export const ADMIN_API = '/api/admin/permisos'
export const REGLAS_PATH = '/funcionarios/permisos/reglas'

// The purposes a search by RUN may give, and the days a reserved one stays out of the person's
// view: the server's own (worker/privacy/finalidades.ts has no imports).
export { FINALIDADES_DE_BUSQUEDA as FINALIDADES, RESERVA_DIAS } from '../../../worker/privacy/finalidades.ts'
