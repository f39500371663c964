import { apiFields } from '../../../worker/i18n/api-only.ts'
import { registerFieldLabels } from '../../i18n/server-catalog.ts'
import { ready as verificacionReady } from '../../verificar/permiso/i18n/index.ts'
import { ready as staffReady } from '../i18n/index.ts'
import { ready as ownReady } from './i18n/index.ts'
import './permisos.css'

/**
 * The officers' permit screens (verification with the camera, revocation, figures, rules): a
 * chunk of its own in assets/staff/, never precached, never loaded by citizens; the service
 * worker keeps it once loaded, so the verification opens offline. `ready`: the staff screens'
 * words, these screens' own and a permit verification's, to await before the first render.
 */
export { CifrasPermisos } from './Cifras.tsx'
export { PermisosMenu } from './Menu.tsx'
export { Reglas } from './Reglas.tsx'
export { Revocar } from './Revocar.tsx'
export { VerificarPermiso } from './Verificar.tsx'

// The rules' and the figures' fields are named only by the API (worker/i18n/api-only.ts): these
// forms' own checks name them as the server does.
registerFieldLabels(apiFields)
// The revocation's reason (Revocacion.tsx): the API's `motivo` is labelled for a rejection.
registerFieldLabels({
  es: { motivoRevocacion: 'Motivo de la revocación' },
  en: { motivoRevocacion: 'Reason for revocation' },
  ht: { motivoRevocacion: 'Rezon anilasyon an' },
})

export const ready: Promise<void> = Promise.all([staffReady, ownReady, verificacionReady]).then(
  () => undefined,
)
