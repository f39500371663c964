/** The denuncias' start page and screener, with their words. */
import '../denuncias.css'

export { Derivar, Llame133 } from './Derivar.tsx'
export { Inicio } from './Inicio.tsx'
export { ready } from './i18n/index.ts'
export { Pregunta } from './Pregunta.tsx'
