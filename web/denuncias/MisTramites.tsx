import { part } from '../components/parte.ts'

/**
 * The citizen's reports for "Mis trámites", with their state and a link to each; `fallback` when
 * there are none. Tiny: the list and its words load apart, and only this part waits for them.
 */
export const MisDenuncias = part(
  () => import('./denuncia/lista.ts'),
  (m) => m.MisDenuncias,
)
