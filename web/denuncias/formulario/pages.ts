/** The denuncia's form, with its words (its fields' labels and its checks' messages: respuestas.ts). */
import '../denuncias.css'

export { ready } from './i18n/index.ts'
export { Paso } from './Paso.tsx'
