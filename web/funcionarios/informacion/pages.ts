import { ready as tipsterReady } from '../../informacion/i18n/index.ts'
import { ready as staffReady } from '../i18n/index.ts'
import { ready as ownReady } from './i18n/index.ts'

/**
 * The analysts' screens of información anónima (issue 17; decision 0049): their own key on this
 * device, each desk's keys and colleagues waiting for them, the desk's queue and a tip opened in the browser, and the administrators' section that
 * puts staff on desks, and their page of the desks
 * (the unit behind each, renamed there). A chunk of its own in assets/staff/, never precached, never loaded by
 * citizens. `ready`: the staff screens' words, these screens' own, and the tipster's (a tip's answers
 * are labelled with the questions the tipster read).
 */
export { ClavesMesa } from './ClavesMesa.tsx'
export { Cola } from './Cola.tsx'
export { InformacionMenu } from './Menu.tsx'
export { MesasAdmin } from './MesasAdmin.tsx'
export { MesasDelFuncionario } from './MesasDelFuncionario.tsx'
export { MiClave } from './MiClave.tsx'
export { Tip } from './Tip.tsx'

export const ready: Promise<void> = Promise.all([staffReady, ownReady, tipsterReady]).then(() => undefined)
