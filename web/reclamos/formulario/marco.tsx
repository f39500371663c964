import { type FormularioPasos, MarcoDe, type PasoDe, usePasoDe } from '../../components/pasos.tsx'
import { tr } from '../i18n/index.ts'
import { draft, PASOS, type PasoForm, problemas, type Respuestas } from './respuestas.ts'

/** Where a page of the form lives. */
export const rutaDe = (id: string) => `/reclamos/${id}`

/** The complaint's form as its pages' frame reads it (web/components/pasos.tsx). */
const formulario: FormularioPasos<Respuestas, PasoForm> = {
  pasos: () => PASOS,
  ruta: rutaDe,
  values: () => draft.values(),
  problemas,
  caption: (n, total) => tr('caption', { n, total }),
}

/**
 * One page of the complaint's form.
 *
 * @example
 * const paso = usePaso(PASOS[0])
 */
export const usePaso = (paso: PasoForm) => usePasoDe(formulario, paso)
export type Paso = PasoDe
/** The frame of a page of the complaint's form. */
export const Marco = MarcoDe
