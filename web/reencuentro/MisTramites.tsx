import { part } from '../components/parte.ts'

/**
 * The citizen's family reunification requests for "Mis trámites"; `fallback` when there are none.
 * Tiny: the list and its words load apart.
 */
export const MisReencuentros = part(
  () => import('./solicitud/lista.ts'),
  (m) => m.MisReencuentros,
)
