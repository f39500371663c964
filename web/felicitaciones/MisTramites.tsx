import { part } from '../components/parte.ts'

/**
 * The citizen's commendations for "Mis trámites"; `fallback` when there are none. Tiny: the list
 * and its words load apart.
 */
export const MisFelicitaciones = part(
  () => import('./lista.ts'),
  (m) => m.MisFelicitaciones,
)
