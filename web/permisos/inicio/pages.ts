/** The permits' landing page, with its words and those of ClaveÚnica's button. */
import '../permisos.css'
import { ready as cuenta } from '../../cuenta/i18n/index.ts'
import { ready as inicio } from './i18n/index.ts'

export { Inicio } from './Inicio.tsx'
export const ready = Promise.all([inicio, cuenta])
