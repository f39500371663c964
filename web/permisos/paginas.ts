/*
 * The permits' pages (web/app.tsx's `/permisos/*`): where they live (comun.ts re-exports `paths`
 * for the screens), and every one of them for the budget test (tests/e2e/budget.test.ts), a
 * parameter's by an example. Data only, importable without the screens.
 */

/** Where the permit screens live. */
export const paths = {
  inicio: '/permisos',
  form: '/permisos/solicitud',
  review: '/permisos/revisar',
  refused: '/permisos/no-emitido',
  queued: (id: string) => `/permisos/envio/${id}`,
  permiso: (code: string) => `/permisos/${code}`,
} as const

export const paginas: readonly string[] = [
  paths.inicio,
  paths.form,
  paths.review,
  paths.refused,
  paths.queued('ejemplo'),
  paths.permiso('K7PXQ2MZ9A'),
]
