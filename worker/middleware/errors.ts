import type { Context, ErrorHandler, NotFoundHandler } from 'hono'
import { HTTPException } from 'hono/http-exception'
import type { AppEnv } from '../context.ts'
import { AppError, databaseUnreachable, type ErrorBody, UNREACHABLE_LOG } from '../errors.ts'
import { catalog, format } from '../i18n/index.ts'
import { fieldErrors } from '../validation.ts'

/**
 * An error in the one JSON shape, in the caller's language. A route that records a refusal
 * before answering with it stores this body with the refusal (see `commit`).
 */
export function errorBody(c: Context<AppEnv>, error: AppError): ErrorBody {
  return {
    status: error.status,
    code: error.code,
    message: format(catalog(c.var.locale ?? 'es').errors[error.code], error.params ?? {}),
    ...(error.fields ? { fields: fieldErrors(error.fields, c.var.locale ?? 'es') } : {}),
    requestId: c.var.requestId,
  }
}

/**
 * The answer to an error: its JSON shape, `Retry-After` when it has one, never cached.
 *
 * @example
 * return respond(c, new AppError('unavailable', { retryAfter: 5 }))
 */
export function respond(c: Context<AppEnv>, error: AppError): Response {
  const body = errorBody(c, error)
  if (error.retryAfter !== undefined) c.header('Retry-After', String(error.retryAfter))
  c.header('Cache-Control', 'no-store')
  return c.json(body, error.status)
}

function fromHttpException(error: HTTPException): AppError {
  switch (error.status) {
    case 413:
      return new AppError('payload_too_large')
    case 401:
      return new AppError('unauthenticated')
    case 403:
      return new AppError('forbidden')
    case 404:
      return new AppError('not_found')
    default:
      return new AppError(error.status < 500 ? 'validation_failed' : 'internal', { cause: error })
  }
}

/**
 * The app's one `onError`: an {@link AppError} becomes the JSON error shape in the caller's
 * language; a full disk or an I/O error that did not come through `runWrites` (a read, a write
 * of the middleware's own) becomes its 503 there too, recorded as the storage's fault; a database
 * that cannot be reached (Turso over HTTP) is a 503 `unavailable`, logged as such; anything
 * else is logged with the request id and answered with a generic 500, so no stack trace or
 * internal message ever reaches a client.
 */
export const onError: ErrorHandler<AppEnv> = (error, c) => {
  if (databaseUnreachable(error))
    c.var.ports?.log.warn(UNREACHABLE_LOG, { requestId: c.var.requestId, path: c.req.path })
  if (error instanceof AppError) return respond(c, error)
  if (error instanceof HTTPException) return respond(c, fromHttpException(error))
  const refusal = c.var.ports?.storage.refusal(error)
  if (refusal) return respond(c, refusal)
  c.var.ports?.log.error('unhandled error', {
    requestId: c.var.requestId,
    path: c.req.path,
    error: error instanceof Error ? (error.stack ?? error.message) : String(error),
  })
  return respond(c, new AppError('internal'))
}

/** Unknown API routes get the JSON error shape, not an HTML page. */
export const onNotFound: NotFoundHandler<AppEnv> = (c) => respond(c, new AppError('not_found'))
