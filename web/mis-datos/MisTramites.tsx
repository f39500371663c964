import { part } from '../components/parte.ts'

/**
 * The citizen's requests about their data (corrections, erasures) for "Mis trámites", with their
 * state, due date and answer; `fallback` when there are none. Tiny: the list and its words load
 * apart, and only this part waits for them.
 */
export const MisSolicitudes = part(
  () => import('./solicitudes/pantallas.ts'),
  (m) => m.MisSolicitudes,
)
