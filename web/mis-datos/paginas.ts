/*
 * "Mis datos"' pages (web/app.tsx's `/mis-datos/*paso`): rutas.tsx's screens are keyed by
 * `PANTALLAS` (a screen missing here, or one more, fails the type check), and the budget test
 * (tests/e2e/budget.test.ts) measures every one of `paginas`. Data only.
 */

export const PANTALLAS = [
  '',
  'correccion',
  'correccion/valor',
  'correccion/explicacion',
  'correccion/revisar',
  'correccion/enviada',
  'supresion',
  'supresion/resultado',
  'cuenta-eliminada',
] as const
export type Pantalla = (typeof PANTALLAS)[number]

export const paginas: readonly string[] = PANTALLAS.map((pagina) =>
  pagina ? `/mis-datos/${pagina}` : '/mis-datos',
)
