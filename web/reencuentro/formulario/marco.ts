import type { FormularioPasos } from '../../components/pasos.tsx'
import { tre } from '../i18n/index.ts'
import { draft, PASOS, type PasoForm, problemas, type Respuestas } from './respuestas.ts'

/** Where a page of the form lives (before the first, the screener). */
export const rutaDe = (id: string) => `/reencuentro/${id || 'peligro'}`

/** The request's form as its pages' frame reads it (web/components/pasos.tsx). */
export const formulario: FormularioPasos<Respuestas, PasoForm> = {
  pasos: () => PASOS,
  ruta: rutaDe,
  values: () => draft.values(),
  problemas,
  caption: (n, total) => tre('caption', { n, total }),
}
