/*
 * The condolence book's pages (web/app.tsx's `/condolencias/*`): condolencias.tsx's screens are keyed
 * by `PANTALLAS` (a screen missing here, or one more, fails the type check), and the budget test
 * (tests/e2e/budget.test.ts) measures every one of `paginas`. Data only.
 */

export const PANTALLAS = ['', 'mensaje', 'firma', 'revisar'] as const
export type Pantalla = (typeof PANTALLAS)[number]

/** Every page: a memorial's by the demo's (`general`), the sent page's by an example id. */
export const paginas: readonly string[] = [...PANTALLAS, 'enviado/ejemplo', 'general'].map((pagina) =>
  pagina ? `/condolencias/${pagina}` : '/condolencias',
)
