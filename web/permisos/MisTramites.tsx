import { part } from '../components/parte.ts'

/**
 * The citizen's permits for "Mis trámites", with their state and a link to each, also with no
 * network (those kept on the device); `fallback` when there are none. Tiny: the list and its words
 * load apart, and only this part waits for them.
 */
export const MisPermisos = part(
  () => import('./permiso/lista.ts'),
  (m) => m.MisPermisos,
)
