/*
 * Where the anonymous tip's pages live (issue 17): a module of its own, without the form, so that
 * the screen picker loads no form code.
 */
import type { Categoria } from './preguntas.ts'

/** The return page, where a tipster comes back with the receipt key (web/informacion/Volver.tsx). */
export const VOLVER_PATH = '/informacion/volver'

/** Where the tip's pages live. */
export const paths = {
  start: '/informacion',
  pregunta: (categoria: Categoria, paso: number) => `/informacion/${categoria}/${paso}`,
  archivos: '/informacion/archivos',
  review: '/informacion/revisar',
  recibo: '/informacion/recibo',
} as const

/** The API the pages call: the no-trace sub-app (decision 0043). */
export const API = {
  mesas: '/api/informacion/mesas',
  enviar: '/api/informacion',
  consulta: '/api/informacion/consulta',
  mensajes: '/api/informacion/mensajes',
} as const
