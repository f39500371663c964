import { palabrasDe } from '../casos/palabras.tsx'
import { messages } from './i18n/es.ts'
import { tfe } from './i18n/index.ts'

/** These screens' words as the shared case screens read them (web/funcionarios/casos). */
export const pe = palabrasDe('re', messages, tfe)
