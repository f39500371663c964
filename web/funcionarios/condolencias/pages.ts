import { ready as staffReady } from '../i18n/index.ts'
import { ready as ownReady } from './i18n/index.ts'
import './condolencias.css'

/**
 * The staff screens of the condolence book (issue 19): the moderators' queue, the administrators'
 * memorials, and the staff home's entries. A chunk of its own in assets/staff/, never precached,
 * never loaded by citizens. `ready`: the staff screens' words and these screens' own.
 */
export { CifrasCondolencias } from './Cifras.tsx'
export { ColaCondolencias } from './Cola.tsx'
export { MemorialEditar } from './MemorialEditar.tsx'
export { MemorialesAdmin } from './Memoriales.tsx'
export { CondolenciasMenu } from './Menu.tsx'

export const ready: Promise<void> = Promise.all([staffReady, ownReady]).then(() => undefined)
