import { apiFields } from '../../../worker/i18n/api-only.ts'
import { registerFieldLabels } from '../../i18n/server-catalog.ts'
import { ready as staffReady } from '../i18n/index.ts'
import { ready as ownReady } from './i18n/index.ts'
import '../casos/casos.css'
import './denuncias.css'

/**
 * The staff screens for denuncias: the analysts' queue, a report opened with its actions, a unit's
 * reports and their sending to the Fiscalía, the supervisors' figures, the jurisdiction table and
 * the staff home's entries. A chunk of its own in assets/staff/, never precached, never loaded by
 * citizens. `ready`: the staff screens' words and these screens' own.
 */
export { Caso } from './Caso.tsx'
export { CifrasDenuncias } from './Cifras.tsx'
export { Bandeja, DenunciasUnidad } from './Cola.tsx'
export { Jurisdiccion } from './Jurisdiccion.tsx'
export { DenunciasMenu } from './Menu.tsx'

// The actions' and the filters' fields are named only by the API (worker/i18n/api-only.ts).
registerFieldLabels(apiFields)
// The close's reason (Acciones.tsx): the API's `motivo` is labelled for a rejection.
registerFieldLabels({
  es: { motivoCierre: 'Motivo del cierre' },
  en: { motivoCierre: 'Reason for closing' },
  ht: { motivoCierre: 'Rezon pou fèmen l' },
})

export const ready: Promise<void> = Promise.all([staffReady, ownReady]).then(() => undefined)
