/** The erasure: what goes and what stays, the result, and the page of an account erased. */
import { apiFields } from '../../../worker/i18n/api-only.ts'
import { registerFieldLabels } from '../../i18n/server-catalog.ts'
import { ready as area } from '../i18n/index.ts'
import { ready as own } from './i18n/index.ts'
import '../mis-datos.css'

// Its fields are named only by the API (worker/i18n/api-only.ts): its own checks name them alike.
registerFieldLabels(apiFields)

export const ready: Promise<void> = Promise.all([area, own]).then(() => undefined)
export { CuentaEliminada } from './CuentaEliminada.tsx'
export { Resultado } from './Resultado.tsx'
export { Supresion } from './Supresion.tsx'
