import { Hono } from 'hono'
import { archivosRoute } from './archivos/route.ts'
import { borradoresRoute } from './borradores/route.ts'
import { casosRoute, informacionSubmission, respuestaSubmission } from './casos/route.ts'
import { casosFuncionariosRoute, cifrasDenunciasRoute, jurisdiccionAdminRoute } from './casos/staff-route.ts'
import {
  certificadoSubmission,
  certificadosFuncionariosRoute,
  certificadosRoute,
  cifrasCertificadosRoute,
} from './certificados/route.ts'
import {
  condolenciaSubmission,
  condolenciasModeracionRoute,
  condolenciasRoute,
  memorialesAdminRoute,
} from './condolencias/route.ts'
import { cifrasRoute } from './constancias-voto/cifras.ts'
import {
  avisoSubmission,
  constanciasVotoRoute,
  contactoSubmission,
  misTramitesRoute,
  solicitudSubmission,
} from './constancias-voto/route.ts'
import { validacionRoute } from './constancias-voto/validacion-route.ts'
import { type AppEnv, requestContext } from './context.ts'
import { denunciaSubmission, denunciasRoute } from './denuncias/route.ts'
import { verificarRoute } from './documents/verificar-route.ts'
import { eleccionesAdminRoute } from './elecciones/route.ts'
import {
  cifrasFelicitacionesRoute,
  felicitacionesFuncionariosRoute,
  felicitacionesRoute,
  felicitacionSubmission,
} from './felicitaciones/route.ts'
import { healthRoute } from './health/route.ts'
import { accountsRoute, meRoute } from './identity/accounts-route.ts'
import { claveUnicaRoute } from './identity/claveunica-route.ts'
import { authenticate, sessionCookieName } from './identity/session.ts'
import { staffAdminRoute, staffLoginRoute } from './identity/staff-route.ts'
import { archivosFuncionariosRoute } from './informacion/archivos-funcionarios.ts'
import { informacionFuncionariosRoute } from './informacion/mesas-route.ts'
import { informacionRoute } from './informacion/route.ts'
import { informacionTrabajoRoute } from './informacion/trabajo-route.ts'
import { keysRoute } from './keys/route.ts'
import { originCheck } from './middleware/csrf.ts'
import { type EdgeCache, edgeCache, LIBRO_PUBLICO } from './middleware/edge-cache.ts'
import { onError, onNotFound } from './middleware/errors.ts'
import { idempotency } from './middleware/idempotency.ts'
import { jsonBodyLimit } from './middleware/json-body-limit.ts'
import { securityHeaders } from './middleware/security-headers.ts'
import { permisoSubmission, permisosRoute } from './permisos/route.ts'
import { permisosAdminRoute, permisosSupervisorRoute } from './permisos/staff-route.ts'
import type { Ports } from './ports.ts'
import { misDatosRoute, solicitudesDatosRoute } from './privacy/route.ts'
import { cifrasReclamosRoute } from './reclamos/cifras-route.ts'
import { descargosRoute } from './reclamos/oficina-route.ts'
import {
  reaperturaSubmission,
  reclamoSubmission,
  reclamosRoute,
  valoracionSubmission,
} from './reclamos/route.ts'
import { reencuentroConsultasRoute } from './reencuentro/consultas-route.ts'
import { cifrasReencuentroRoute, reencuentroRoute, reencuentroSubmission } from './reencuentro/route.ts'
import { boundedRegistries } from './registries/index.ts'
import { unidadesRoute } from './unidades/route.ts'

export { MAX_JSON_BODY } from './middleware/json-body-limit.ts'

export type App = Hono<AppEnv>

/** What one runtime adds to the app. */
export interface AppOptions {
  /** The Workers runtime's `caches.default`: the condolence book's public reads kept there. */
  edgeCache?: EdgeCache
}

/**
 * Builds the whole application from its ports. Each runtime's entry point only wires real
 * adapters into it (see `worker/embedded.ts` and `worker/workers.ts`); no route knows where it runs.
 *
 * @example
 * const app = createApp({ db, mailer, files, clock: systemClock, keys, config, log })
 * serve({ fetch: app.fetch, port: 8787 })
 */
export function createApp(ports: Ports, options: AppOptions = {}): App {
  const app = new Hono<AppEnv>()
  const { registries, config, log } = ports
  app.use(securityHeaders())
  // At the edge, the condolence book's public reads from the data centre's cache, before any
  // session or database read (decision 0065).
  if (options.edgeCache) app.use('/api/condolencias/*', edgeCache(options.edgeCache, LIBRO_PUBLICO))
  // Información anónima first: nothing after this line (the caller's context, cookies, sessions,
  // request ids) ever sees its requests (decision 0043).
  app.route('/api/informacion', informacionRoute(ports))
  app.use(
    ...requestContext({ ...ports, registries: boundedRegistries(registries, config.registryTimeoutMs, log) }),
  )
  app.use('/api/*', jsonBodyLimit())
  for (const path of ['/api/*', '/auth/*']) app.use(path, originCheck(sessionCookieName))
  // Citizens' submissions read their session and their key's stored answer with their own reads,
  // in one batch (worker/submission.ts, decision 0023): they come before the middleware that
  // would read each alone.
  app.post('/api/condolencias', condolenciaSubmission)
  app.post('/api/constancias-voto', solicitudSubmission)
  app.post('/api/constancias-voto/aviso', avisoSubmission)
  app.post('/api/constancias-voto/:code/contacto', contactoSubmission)
  app.post('/api/permisos', permisoSubmission)
  app.post('/api/denuncias', denunciaSubmission)
  app.post('/api/reclamos', reclamoSubmission)
  app.post('/api/certificados', certificadoSubmission)
  app.post('/api/felicitaciones', felicitacionSubmission)
  app.post('/api/reencuentro', reencuentroSubmission)
  // A citizen's change to their case: the same one batch of reads, committed in the request (decision 0063).
  app.post('/api/reclamos/:numero/satisfaccion', valoracionSubmission)
  app.post('/api/reclamos/:numero/reabrir', reaperturaSubmission)
  app.post('/api/casos/:numero/respuestas', respuestaSubmission)
  app.post('/api/casos/:numero/informacion', informacionSubmission)
  for (const path of ['/api/*', '/auth/*']) app.use(path, authenticate())
  app.use('/api/*', idempotency())

  app.route('/api/health', healthRoute)
  // The condolence book (issue 19): memorials, their moderated messages (decision 0065).
  app.route('/api/condolencias', condolenciasRoute)
  app.route('/api/funcionarios/condolencias', condolenciasModeracionRoute)
  app.route('/api/admin/memoriales', memorialesAdminRoute)
  app.route('/api/unidades', unidadesRoute)
  app.route('/api/me', meRoute)
  app.route('/api/mis-tramites', misTramitesRoute)
  app.route('/api/borradores', borradoresRoute)
  app.route('/api/mis-datos', misDatosRoute)
  app.route('/api/funcionarios/solicitudes-datos', solicitudesDatosRoute)
  app.route('/api/constancias-voto', constanciasVotoRoute)
  app.route('/api/funcionarios/constancias-voto', validacionRoute)
  app.route('/api/verificar', verificarRoute)
  app.route('/api/supervisor/constancias-voto/cifras', cifrasRoute)
  app.route('/api/archivos', archivosRoute)
  app.route('/api/permisos', permisosRoute)
  app.route('/api/supervisor/permisos', permisosSupervisorRoute)
  app.route('/api/admin/permisos', permisosAdminRoute)
  app.route('/api/denuncias', denunciasRoute)
  // Complaints about police conduct (issue 18), held by the complaints office: worker/reclamos.
  app.route('/api/reclamos', reclamosRoute)
  app.route('/api/auth', accountsRoute)
  app.route('/api/staff', staffLoginRoute)
  app.route('/api/admin/staff', staffAdminRoute)
  app.route('/api/admin/elecciones', eleccionesAdminRoute)
  app.route('/auth/claveunica', claveUnicaRoute)
  app.route('/.well-known/comisaria-virtual', keysRoute)
  // Cases (denuncias, complaints, family searches): worker/casos.
  app.route('/api/casos', casosRoute)
  app.route('/api/funcionarios/casos', casosFuncionariosRoute)
  // A unit's account of a complaint's facts, asked by the complaints office (decision 0053).
  app.route('/api/funcionarios/reclamos/descargos', descargosRoute)
  app.route('/api/funcionarios/reclamos/cifras', cifrasReclamosRoute)
  app.route('/api/admin/jurisdiccion', jurisdiccionAdminRoute)
  app.route('/api/supervisor/denuncias/cifras', cifrasDenunciasRoute)
  // Constancias (issue 16): the nine types, issued at once.
  app.route('/api/certificados', certificadosRoute)
  app.route('/api/funcionarios/certificados', certificadosFuncionariosRoute)
  app.route('/api/funcionarios/informacion', informacionFuncionariosRoute)
  app.route('/api/funcionarios/informacion', informacionTrabajoRoute)
  app.route('/api/funcionarios/informacion', archivosFuncionariosRoute)
  app.route('/api/supervisor/certificados/cifras', cifrasCertificadosRoute)
  // Commendations (issue 18): a citizen's, the unit's and the officer's, supervisors' counts.
  app.route('/api/felicitaciones', felicitacionesRoute)
  app.route('/api/funcionarios/felicitaciones', felicitacionesFuncionariosRoute)
  app.route('/api/supervisor/felicitaciones/cifras', cifrasFelicitacionesRoute)
  // Family reunification (issue 19), decided by the person found (decision 0064): worker/reencuentro.
  app.route('/api/reencuentro', reencuentroRoute)
  app.route('/api/supervisor/reencuentro/cifras', cifrasReencuentroRoute)
  // Family reunification (issue 19): the team's registry look-ups, each audited with its reason.
  app.route('/api/funcionarios/reencuentro', reencuentroConsultasRoute)

  app.notFound(onNotFound)
  app.onError(onError)
  return app
}
