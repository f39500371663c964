import { CATEGORIAS } from './preguntas.ts'
import { paths, VOLVER_PATH } from './rutas.ts'

/*
 * Información anónima's pages (web/app.tsx's `/informacion/*`), for the budget test
 * (tests/e2e/budget.test.ts), which measures every one: informacion.tsx picks them from rutas.ts's
 * `paths`, listed here whole, and each category's first question (every question is one screen).
 * Not imported by the pages.
 */
export const paginas: readonly string[] = [
  paths.start,
  VOLVER_PATH,
  ...CATEGORIAS.map((categoria) => paths.pregunta(categoria, 1)),
  paths.archivos,
  paths.review,
  paths.recibo,
]
