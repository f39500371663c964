/*
 * Family reunification's pages (web/app.tsx's `/reencuentro/*`): reencuentro.tsx picks its screens
 * from these lists, and the budget test (tests/e2e/budget.test.ts) measures every one of `paginas`,
 * so a page added here is measured without anyone adding it there. Data only.
 */

/** The start page's companions, before any sign-in: the screener and the guidance. */
export const PORTADA = ['', 'peligro', 'presunta-desgracia']
/** The form's pages. */
export const PASOS = ['familiar', 'relacion', 'ultimo', 'motivo', 'mensaje', 'contacto', 'revisar']
export const NUMERO = /^[A-HJ-NP-Z2-9]{10}$/
export const QUEUED = /^envio\/([\w-]{1,64})$/

/** Every page, a parameter's by an example (a request's número, an outbox item's id). */
export const paginas: readonly string[] = [...PORTADA, ...PASOS, 'envio/ejemplo', 'K7PXQ2MZ9A'].map(
  (pagina) => (pagina ? `/reencuentro/${pagina}` : '/reencuentro'),
)
