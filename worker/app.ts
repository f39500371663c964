import { Hono } from 'hono'
import { bodyLimit } from 'hono/body-limit'
import { condolenciasRoute } from './condolencias/route.ts'
import { type AppEnv, requestContext } from './context.ts'
import { AppError } from './errors.ts'
import { healthRoute } from './health/route.ts'
import { keysRoute } from './keys/route.ts'
import { onError, onNotFound } from './middleware/errors.ts'
import { idempotency } from './middleware/idempotency.ts'
import { securityHeaders } from './middleware/security-headers.ts'
import type { Ports } from './ports.ts'

/** The largest JSON body the API reads. Forms are text; files have their own routes and limits. */
export const MAX_JSON_BODY = 64 * 1024

export type App = Hono<AppEnv>

/**
 * Builds the whole application from its ports. Each runtime's entry point only wires real
 * adapters into it (see `worker/node.ts` and `worker/workers.ts`); no route knows where it runs.
 *
 * @example
 * const app = createApp({ db, mailer, files, clock: systemClock, keys, config, log })
 * serve({ fetch: app.fetch, port: 8787 })
 */
export function createApp(ports: Ports): App {
  const app = new Hono<AppEnv>()
  app.use(...requestContext(ports))
  app.use(securityHeaders())
  app.use(
    '/api/*',
    bodyLimit({
      maxSize: MAX_JSON_BODY,
      onError: () => {
        throw new AppError('payload_too_large')
      },
    }),
  )
  app.use('/api/*', idempotency())

  app.route('/api/health', healthRoute)
  app.route('/api/condolencias', condolenciasRoute)
  app.route('/.well-known/comisaria-virtual', keysRoute)

  app.notFound(onNotFound)
  app.onError(onError)
  return app
}
