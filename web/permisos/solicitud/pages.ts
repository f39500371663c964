/**
 * The permit request: its questions, check your answers and "Solicitar permiso", a request waiting
 * in the outbox, a refusal; with their words.
 */
import '../permisos.css'

export { EnEspera } from './EnEspera.tsx'
export { Formulario } from './Formulario.tsx'
export { ready } from './i18n/index.ts'
export { NoEmitido } from './NoEmitido.tsx'
export { Revisar } from './Revisar.tsx'
