import { camposCertificado } from '../../../worker/certificados/palabras.ts'
import { registerFieldLabels } from '../../i18n/server-catalog.ts'
import { ready as staffReady } from '../i18n/index.ts'
import { ready as ownReady } from './i18n/index.ts'
import './certificados.css'

/**
 * The staff screens for constancias (issue 16): an officer's look-up by number with a
 * supervisor's annulment, the supervisors' figures, and the staff home's entries. A chunk of its
 * own in assets/staff/, never precached, never loaded by citizens. `ready`: the staff screens'
 * words and these screens' own.
 */
export { CifrasCertificados } from './Cifras.tsx'
export { Consulta } from './Consulta.tsx'
export { CertificadosMenu } from './Menu.tsx'

// The answers' and the annulment's labels, as the API words them (worker/certificados/palabras.ts).
registerFieldLabels(camposCertificado)
registerFieldLabels({
  es: { motivoAnulacion: camposCertificado.es['certificados.motivo'] ?? '' },
  en: { motivoAnulacion: camposCertificado.en['certificados.motivo'] ?? '' },
  ht: { motivoAnulacion: camposCertificado.ht['certificados.motivo'] ?? '' },
})

export const ready: Promise<void> = Promise.all([staffReady, ownReady]).then(() => undefined)
