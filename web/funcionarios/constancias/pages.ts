import { ready as staffReady } from '../i18n/index.ts'
import { ready as ownReady } from './i18n/index.ts'
import './validacion.css'

/**
 * The officers' election-constancia screens (validation, assisted constancia, figures): a chunk
 * of its own in assets/staff/, never precached, never loaded by citizens. `ready`: both the staff
 * screens' words and these screens' own, to await before the first render.
 */
export { Asistida } from './Asistida.tsx'
export { Cifras } from './Cifras.tsx'
export { ConstanciasMenu } from './Menu.tsx'
export { Validar } from './Validar.tsx'
export const ready: Promise<void> = Promise.all([staffReady, ownReady]).then(() => undefined)
