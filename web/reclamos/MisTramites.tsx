import { part } from '../components/parte.ts'

/**
 * The citizen's complaints for "Mis trámites", with their state and due date and a link to each;
 * `fallback` when there are none. Tiny: the list and its words load apart.
 */
export const MisReclamos = part(
  () => import('./reclamo/lista.ts'),
  (m) => m.MisReclamos,
)
