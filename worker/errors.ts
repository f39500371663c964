import type { ContentfulStatusCode } from 'hono/utils/http-status'

/** The closed list of error codes a client can receive, with their HTTP status. */
export const errorStatus = {
  validation_failed: 400,
  invalid_json: 400,
  unauthenticated: 401,
  forbidden: 403,
  not_found: 404,
  conflict: 409,
  idempotency_in_progress: 409,
  payload_too_large: 413,
  unsupported_media_type: 415,
  idempotency_key_reused: 422,
  rate_limited: 429,
  internal: 500,
  unavailable: 503,
} as const satisfies Record<string, ContentfulStatusCode>

export type ErrorCode = keyof typeof errorStatus

/** A field that failed validation, with a message that names it in the caller's language. */
export interface FieldError {
  field: string
  message: string
}

/** The one JSON error shape of the API. */
export interface ErrorBody {
  status: number
  code: ErrorCode
  message: string
  fields?: FieldError[]
  requestId: string
}

/**
 * The one error type of the application: services and routes throw it, and the app's `onError`
 * turns it into an {@link ErrorBody} in the caller's language.
 *
 * @example
 * throw new AppError('not_found')
 * throw new AppError('validation_failed', { fields: [{ field: 'email', message: '…' }] })
 */
export class AppError extends Error {
  readonly code: ErrorCode
  readonly fields: FieldError[] | undefined
  /** Seconds a client should wait before retrying (429, 503). */
  readonly retryAfter: number | undefined

  constructor(
    code: ErrorCode,
    options: { fields?: FieldError[]; retryAfter?: number; cause?: unknown } = {},
  ) {
    super(code, { cause: options.cause })
    this.name = 'AppError'
    this.code = code
    this.fields = options.fields
    this.retryAfter = options.retryAfter
  }

  get status(): ContentfulStatusCode {
    return errorStatus[this.code]
  }
}
