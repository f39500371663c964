import { registerFieldLabels } from '../../i18n/server-catalog.ts'
import { ready as staffReady } from '../i18n/index.ts'
import { ready as ownReady } from './i18n/index.ts'
import '../casos/casos.css'

/**
 * The staff screens for complaints: the complaints office's queue and a complaint opened with its
 * actions, and the staff home's entries. A chunk of its own in assets/staff/, never precached,
 * never loaded by citizens. `ready`: the staff screens' words and these screens' own.
 */
export { CasoReclamo } from './Caso.tsx'
export { CifrasReclamos } from './Cifras.tsx'
export { ColaReclamos } from './Cola.tsx'
export { Descargo, DescargosUnidad } from './Descargos.tsx'
export { ReclamosMenu } from './Menu.tsx'

// The actions' fields under the form's own names (the API's `mensaje`, `texto`, `destino`,
// `donde`, `motivo` — and `respuesta`, the data requests' — mean other things elsewhere): their labels, for the inputs and the messages.
registerFieldLabels({
  es: {
    pedido: 'Qué se pregunta a la unidad',
    respuestaReclamo: 'Respuesta a quien reclamó',
    destinoRemision: 'Adónde se deriva',
    dondeRemision: 'Qué oficina',
    motivoRemision: 'Por qué se deriva',
    descargo: 'Descargo',
  },
  en: {
    pedido: 'What the unit is asked',
    respuestaReclamo: 'Answer to the complainant',
    destinoRemision: 'Where it is referred',
    dondeRemision: 'Which office',
    motivoRemision: 'Why it is referred',
    descargo: 'Account',
  },
  ht: {
    pedido: 'Kisa yo mande inite a',
    respuestaReclamo: 'Repons pou moun ki fè plent lan',
    destinoRemision: 'Ki kote yo voye l',
    dondeRemision: 'Ki biwo',
    motivoRemision: 'Poukisa yo voye l',
    descargo: 'Vèsyon',
  },
})

export const ready: Promise<void> = Promise.all([staffReady, ownReady]).then(() => undefined)
