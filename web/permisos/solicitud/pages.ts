/**
 * The permit request: its questions, check your answers and "Solicitar permiso", a request waiting
 * in the outbox, a refusal; with their words.
 */
import '../permisos.css'

export { EnEspera } from './EnEspera.tsx'
export { Formulario } from './Formulario.tsx'

import { ready as compartido } from '../../components/DispositivoCompartido.tsx'
import { ready as palabras } from './i18n/index.ts'

/** The request's words and those of the shared-device choice on its form. */
export const ready: Promise<void> = Promise.all([palabras, compartido]).then(() => undefined)
export { NoEmitido } from './NoEmitido.tsx'
export { Revisar } from './Revisar.tsx'
