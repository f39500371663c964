import { part } from '../components/parte.ts'

/**
 * The citizen's election constancias for "Mis trámites", with their state and a link to each;
 * `fallback` when there are none. Tiny: the list and its words load apart, and only this part
 * waits for them.
 */
export const MisConstancias = part(
  () => import('./mis-tramites/pages.ts'),
  (m) => m.MisConstancias,
)

/**
 * The citizen's constancias of the nine types for "Mis trámites", each with «Otra igual»;
 * `fallback` when there are none. Tiny, like {@link MisConstancias}: the list and its words load
 * apart.
 */
export const MisCertificados = part(
  () => import('./certificados/emitida/lista.ts'),
  (m) => m.MisCertificados,
)
