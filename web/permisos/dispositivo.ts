/**
 * The permits kept on this device, so the permit page opens with no network (at a checkpoint, in
 * airplane mode): the offline kit's kept documents (web/offline/guardados.ts), per citizen, shown
 * only for the citizen the server last confirmed here, deleted on signing out.
 */
import type { PermisoView } from '../../worker/permisos/schema.ts'
import { guardadosEn } from '../offline/guardados.ts'

/** Its name is also in web/cuenta/session.ts, which deletes it on signing out. */
export const { guardados, confirmarTitular, guardar, guardarTodos } = guardadosEn<PermisoView>({
  database: 'comisaria-permisos',
  // The store's name from before the kit kept other services' documents.
  store: 'permisos',
  clave: (view) => view.code,
  titular: (view) => view.run,
  recientes: (a, b) => b.createdAt.localeCompare(a.createdAt),
})
