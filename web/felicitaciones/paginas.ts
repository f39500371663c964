/*
 * Commendations' pages (web/app.tsx's `/felicitaciones/*`): felicitaciones.tsx's screens are keyed by
 * `PANTALLAS` (a screen missing here, or one more, fails the type check), and the budget test
 * (tests/e2e/budget.test.ts) measures every one of `paginas`. Data only.
 */

export const PANTALLAS = ['', 'unidad', 'funcionario', 'mensaje', 'nombre', 'revisar'] as const
export type Pantalla = (typeof PANTALLAS)[number]

/** Every page, the sent page's by an example id. */
export const paginas: readonly string[] = [...PANTALLAS, 'enviado/ejemplo'].map((pagina) =>
  pagina ? `/felicitaciones/${pagina}` : '/felicitaciones',
)
