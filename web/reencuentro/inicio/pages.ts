/** The family reunification's landing pages with their words: all a first visit to `/reencuentro` loads of the service. */
import '../reencuentro.css'

export { Inicio, Peligro, PresuntaDesgracia } from './Inicio.tsx'
export { ready } from './i18n/index.ts'
