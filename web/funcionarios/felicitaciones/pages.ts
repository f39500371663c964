import { camposFelicitacion } from '../../../worker/felicitaciones/palabras.ts'
import { registerFieldLabels } from '../../i18n/server-catalog.ts'
import { ready as staffReady } from '../i18n/index.ts'
import { ready as ownReady } from './i18n/index.ts'

/**
 * The staff screens for commendations (issue 18): the unit's, the officer's own, the supervisors'
 * figures, and the staff home's entries. A chunk of its own in assets/staff/, never precached,
 * never loaded by citizens. `ready`: the staff screens' words and these screens' own.
 */
export { CifrasFelicitaciones } from './Cifras.tsx'
export { FelicitacionesMenu } from './Menu.tsx'
export { FelicitacionesUnidad, MisFelicitaciones } from './Recibidas.tsx'

// The assignment's field, as the API words it (worker/felicitaciones/palabras.ts).
registerFieldLabels(camposFelicitacion)

export const ready: Promise<void> = Promise.all([staffReady, ownReady]).then(() => undefined)
