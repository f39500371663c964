/*
 * The complaints' pages (web/app.tsx's `/reclamos/*`): reclamos.tsx picks its screens from these
 * lists, and the budget test (tests/e2e/budget.test.ts) measures every one of `paginas`, so a page
 * added here is measured without anyone adding it there. Data only: the picker's chunk stays small.
 */

/** The form's pages (formulario/respuestas.ts has what each asks). */
export const PASOS = [
  'tipo',
  'relato',
  'cuando',
  'donde',
  'quien',
  'testigos',
  'archivos',
  'peticion',
  'contacto',
  'revisar',
]
export const NUMERO = /^[A-HJ-NP-Z2-9]{10}$/
export const QUEUED = /^envio\/([\w-]{1,64})$/

/** Every page, a parameter's by an example (a complaint's número, an outbox item's id). */
export const paginas: readonly string[] = ['', ...PASOS, 'envio/ejemplo', 'K7PXQ2MZ9A'].map((pagina) =>
  pagina ? `/reclamos/${pagina}` : '/reclamos',
)
