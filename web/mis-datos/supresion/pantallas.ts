/** The erasure: what goes and what stays, the result, and the page of an account erased. */
import { ready as area } from '../i18n/index.ts'
import { ready as own } from './i18n/index.ts'
import '../mis-datos.css'

export const ready: Promise<void> = Promise.all([area, own]).then(() => undefined)
export { CuentaEliminada } from './CuentaEliminada.tsx'
export { Resultado } from './Resultado.tsx'
export { Supresion } from './Supresion.tsx'
