import { apiFields } from '../../../worker/i18n/api-only.ts'
import { registerFieldLabels } from '../../i18n/server-catalog.ts'
import { ready as staffReady } from '../i18n/index.ts'
import { ready as ownReady } from './i18n/index.ts'
import './solicitudes-datos.css'

/**
 * The staff screens for citizens' requests about their data (Ley 21.719): the queue, a request
 * and its answer, the staff home's entry. A chunk of its own in assets/staff/, never precached,
 * never loaded by citizens. `ready`: the staff screens' words and these screens' own.
 */
export { Cola } from './Cola.tsx'
export { SolicitudesDatosMenu } from './Menu.tsx'
export { Solicitud } from './Solicitud.tsx'

// The answer's fields (decisión, respuesta) are named only by the API (worker/i18n/api-only.ts).
registerFieldLabels(apiFields)

export const ready: Promise<void> = Promise.all([staffReady, ownReady]).then(() => undefined)
