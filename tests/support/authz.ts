/**
 * The authorisation matrix: every route of the API, public or guarded. A new route joins it in
 * the same change; the matrix test fails for a route that is in neither list.
 */
export type Audience = 'signed-in' | 'citizen' | 'claveunica' | 'officer' | 'supervisor' | 'admin'

export const PUBLIC_ROUTES = [
  'GET /api/health',
  'GET /api/unidades',
  'GET /api/condolencias',
  'POST /api/condolencias',
  'POST /api/auth/register',
  'POST /api/auth/verify-email',
  'POST /api/auth/login',
  'POST /api/auth/password-reset',
  'POST /api/auth/password',
  'POST /api/staff/login',
  'POST /api/staff/login/totp',
  'GET /auth/claveunica/login',
  'GET /auth/claveunica/callback',
  'GET /.well-known/comisaria-virtual/keys.json',
  'GET /api/constancias-voto/eleccion',
  'GET /api/verificar/:code',
  'POST /api/verificar',
] as const

export const PROTECTED_ROUTES: { route: string; audience: Audience; body?: unknown }[] = [
  { route: 'GET /api/me', audience: 'signed-in' },
  { route: 'POST /api/auth/logout', audience: 'signed-in', body: {} },
  { route: 'GET /api/admin/staff', audience: 'admin' },
  { route: 'POST /api/admin/staff', audience: 'admin', body: {} },
  { route: 'PATCH /api/admin/staff/:id', audience: 'admin', body: {} },
  { route: 'GET /api/admin/elecciones', audience: 'admin' },
  { route: 'POST /api/admin/elecciones', audience: 'admin', body: {} },
  { route: 'PATCH /api/admin/elecciones/:id', audience: 'admin', body: {} },
  { route: 'GET /api/mis-tramites', audience: 'citizen' },
  { route: 'GET /api/constancias-voto/ficha', audience: 'claveunica' },
  { route: 'POST /api/constancias-voto/aviso', audience: 'claveunica', body: {} },
  { route: 'POST /api/constancias-voto', audience: 'claveunica', body: {} },
  { route: 'GET /api/constancias-voto/:code', audience: 'citizen' },
  { route: 'GET /api/constancias-voto/:code/pdf', audience: 'citizen' },
  { route: 'POST /api/funcionarios/constancias-voto/buscar', audience: 'officer', body: {} },
  { route: 'POST /api/funcionarios/constancias-voto/asistida', audience: 'officer', body: {} },
  { route: 'POST /api/funcionarios/constancias-voto/:code/validar', audience: 'officer', body: {} },
  { route: 'POST /api/funcionarios/constancias-voto/:code/rechazar', audience: 'officer', body: {} },
  { route: 'GET /api/funcionarios/constancias-voto/:code/pdf', audience: 'officer' },
  { route: 'GET /api/supervisor/constancias-voto/cifras', audience: 'supervisor' },
  { route: 'GET /api/permisos/ficha', audience: 'claveunica' },
  { route: 'POST /api/permisos', audience: 'claveunica', body: {} },
  { route: 'GET /api/permisos/:code', audience: 'citizen' },
  { route: 'GET /api/permisos/:code/pdf', audience: 'citizen' },
  { route: 'GET /api/supervisor/permisos', audience: 'supervisor' },
  { route: 'GET /api/supervisor/permisos/cifras', audience: 'supervisor' },
  { route: 'GET /api/supervisor/permisos/:code', audience: 'supervisor' },
  { route: 'POST /api/supervisor/permisos/:code/revocar', audience: 'supervisor', body: {} },
  { route: 'GET /api/admin/permisos/tipos', audience: 'admin' },
  { route: 'PUT /api/admin/permisos/tipos/:id', audience: 'admin', body: {} },
  { route: 'GET /api/admin/permisos/fases', audience: 'admin' },
  { route: 'POST /api/admin/permisos/fases', audience: 'admin', body: {} },
  { route: 'PUT /api/admin/permisos/fases/:id', audience: 'admin', body: {} },
]

/** Which kinds of caller an audience admits (staff ranks include the ranks below them). */
export function admits(audience: Audience, caller: 'citizen' | 'officer' | 'supervisor' | 'admin'): boolean {
  switch (audience) {
    case 'signed-in':
      return true
    case 'citizen':
      return caller === 'citizen'
    case 'claveunica':
      return false // a self-registered citizen is not enough
    case 'officer':
      return caller !== 'citizen'
    case 'supervisor':
      return caller === 'supervisor' || caller === 'admin'
    case 'admin':
      return caller === 'admin'
  }
}
