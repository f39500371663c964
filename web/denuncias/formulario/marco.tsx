import { type FormularioPasos, MarcoDe, usePasoDe } from '../../components/pasos.tsx'
import { compartido } from '../dispositivo.ts'
import { td } from './i18n/index.ts'
import { draft, type PasoForm, pasosDe, problemas, type Respuestas } from './respuestas.ts'

/** Where a page of the form lives. */
export const rutaDe = (id: string) => `/denuncias/${id}`

/**
 * The report's form as its pages' frame reads it (web/components/pasos.tsx): the pages the offence
 * asks, after the screener's last question (`/denuncias/autor`); every move replaces the tab's
 * history entry (the quick exit then leaves no trace); on a shared device the answers are only in
 * memory, and the frame says so.
 */
const formulario: FormularioPasos<Respuestas, PasoForm> = {
  pasos: pasosDe,
  ruta: rutaDe,
  antes: '/denuncias/autor',
  reemplazar: true,
  values: () => draft.values(),
  problemas,
  caption: (n, total) => td('caption', { n, total }),
  nota: () => (compartido() ? td('nota.memoria') : undefined),
}

/**
 * One page of the report's form.
 *
 * @example
 * const paso = usePaso(PASOS[0])
 */
export const usePaso = (paso: PasoForm) => usePasoDe(formulario, paso)
/** The frame of a page of the report's form. */
export const Marco = MarcoDe
