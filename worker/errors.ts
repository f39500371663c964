import type { ContentfulStatusCode } from 'hono/utils/http-status'

/** The closed list of error codes a client can receive, with their HTTP status. */
export const errorStatus = {
  validation_failed: 400,
  invalid_json: 400,
  unauthenticated: 401,
  forbidden: 403,
  cross_origin_refused: 403,
  claveunica_required: 403,
  window_closed: 403,
  legal_notice_required: 409,
  not_in_roll: 404,
  email_not_verified: 403,
  invalid_credentials: 401,
  link_invalid: 400,
  not_found: 404,
  conflict: 409,
  already_resolved: 409,
  near_polling_place: 409,
  contact_differs: 409,
  reauthentication_required: 403,
  permit_refused_health: 403,
  permit_refused_civil: 403,
  permit_refused_prison: 403,
  quota_exceeded: 409,
  payload_too_large: 413,
  unsupported_media_type: 415,
  idempotency_key_reused: 422,
  idempotency_key_in_use: 409,
  answer_withheld: 409,
  rate_limited: 429,
  internal: 500,
  unavailable: 503,
  storage_full: 503,
  storage_error: 503,
} as const satisfies Record<string, ContentfulStatusCode>

export type ErrorCode = keyof typeof errorStatus

/** A field that failed validation, with a message that names it in the caller's language. */
export interface FieldError {
  field: string
  message: string
}

/**
 * A field that failed validation, before it is put into words: the key of the validation
 * catalogue (`required`, `invalid_run`…) and its parameters. Services throw these; the app's
 * `onError` words them in the caller's language.
 */
export interface FieldIssue {
  field: string
  key: string
  params?: Record<string, string | number>
  /** The catalogue's label when the field's own name labels it otherwise in other forms. */
  label?: string
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
 * throw new AppError('validation_failed', { fields: [{ field: 'email', key: 'invalid_email' }] })
 */
export class AppError extends Error {
  readonly code: ErrorCode
  readonly fields: FieldIssue[] | undefined
  /** Seconds a client should wait before retrying (429, 503). */
  readonly retryAfter: number | undefined
  /** Values for the message's `{placeholders}` (a date, a time). */
  readonly params: Record<string, string> | undefined

  constructor(
    code: ErrorCode,
    options: {
      fields?: FieldIssue[]
      retryAfter?: number
      params?: Record<string, string>
      cause?: unknown
    } = {},
  ) {
    super(code, { cause: options.cause })
    this.name = 'AppError'
    this.code = code
    this.fields = options.fields
    this.retryAfter = options.retryAfter
    this.params = options.params
  }

  get status(): ContentfulStatusCode {
    return errorStatus[this.code]
  }
}

/**
 * The error for one invalid field.
 *
 * @example
 * throw invalidField('password', 'password_breached')
 */
export function invalidField(field: string, key: string, params?: Record<string, string | number>): AppError {
  return new AppError('validation_failed', { fields: [{ field, key, ...(params ? { params } : {}) }] })
}

/**
 * Whether a failed write lost to a unique key (a concurrent identical request, or a code already
 * taken) — of one table, when named.
 *
 * @example
 * if (isUniqueViolation(error, 'idempotency_keys')) throw new AppError('idempotency_key_in_use')
 */
export function isUniqueViolation(error: unknown, table?: string): boolean {
  const message = driverMessage(error)
  if (table) return message.includes(`UNIQUE constraint failed: ${table}.`)
  return /UNIQUE constraint failed|PRIMARY KEY/.test(message)
}

/** The database driver's message of a failed write: drizzle wraps it, so the cause is read first. */
function driverMessage(error: unknown): string {
  return String((error as { cause?: unknown })?.cause ?? error)
}

/**
 * Whether a failed write broke a CHECK constraint (the weekly permit quota).
 *
 * @example
 * if (isCheckViolation(error)) throw quotaError(tipo, fecha)
 */
export function isCheckViolation(error: unknown): boolean {
  return /CHECK constraint failed/.test(driverMessage(error))
}

/**
 * Whether a failed write put NULL into a NOT NULL column (`table.column`): how a write guarded by
 * a `case … end` refuses a change whose condition no longer held when it ran.
 *
 * @example
 * if (isNotNullViolation(error, 'users.role')) throw invalidField('capacidades', 'last_administrator')
 */
export function isNotNullViolation(error: unknown, column: string): boolean {
  return driverMessage(error).includes(`NOT NULL constraint failed: ${column}`)
}

/**
 * The database could not be reached (Turso over HTTP: the request's fetch failed — a network
 * fault, not a statement's error). Thrown by worker/adapters/turso-client.ts's fetch, so that a
 * request meeting it is answered `503 unavailable` with `Retry-After`, not a bare 500.
 */
export class DatabaseUnreachable extends Error {
  constructor(cause: unknown) {
    super('database unreachable', { cause })
    this.name = 'DatabaseUnreachable'
  }
}

/** The log line of a request that could not reach the database (each app's onError writes it). */
export const UNREACHABLE_LOG = 'database unreachable'

/**
 * Whether an error (or one of its causes, as drizzle wraps them) is {@link DatabaseUnreachable}.
 *
 * @example
 * if (databaseUnreachable(error)) return new AppError('unavailable', { retryAfter: 5 })
 */
export function databaseUnreachable(error: unknown): boolean {
  let cause = error
  for (let depth = 0; depth < 4 && typeof cause === 'object' && cause !== null; depth++) {
    if (cause instanceof DatabaseUnreachable) return true
    cause = (cause as { cause?: unknown }).cause
  }
  return false
}

/** A fault of the database's storage, answered 503 rather than 500: the request was sound. */
export type StorageFault = 'storage_full' | 'storage_error'

// SQLite's primary result codes; an extended one keeps its primary in the low byte (778 is
// SQLITE_IOERR_WRITE, 10 | 3 << 8).
const SQLITE_IOERR = 10
const SQLITE_FULL = 13

function faultOfNumber(rawCode: unknown): StorageFault | undefined {
  if (typeof rawCode !== 'number') return undefined
  if ((rawCode & 0xff) === SQLITE_FULL) return 'storage_full'
  return (rawCode & 0xff) === SQLITE_IOERR ? 'storage_error' : undefined
}

function faultOfName(code: unknown): StorageFault | undefined {
  if (typeof code !== 'string') return undefined
  if (code === 'SQLITE_FULL') return 'storage_full'
  return code === 'SQLITE_IOERR' || code.startsWith('SQLITE_IOERR_') ? 'storage_error' : undefined
}

/**
 * Whether a failed statement met a full disk (SQLITE_FULL) or an I/O error (SQLITE_IOERR and its
 * extended codes), and which. Read from the driver's codes, not its message: the embedded client
 * gives the extended name (`SQLITE_IOERR_WRITE`) and number (778), @libsql/client over HTTP the
 * primary name only (Turso's server sends no more); drizzle may wrap either, so causes are read too.
 *
 * @example
 * storageFault(new LibsqlError('database or disk is full', 'SQLITE_FULL')) // 'storage_full'
 */
export function storageFault(error: unknown): StorageFault | undefined {
  let cause = error
  for (let depth = 0; depth < 4 && typeof cause === 'object' && cause !== null; depth++) {
    const driver = cause as { code?: unknown; extendedCode?: unknown; rawCode?: unknown; cause?: unknown }
    const fault =
      faultOfNumber(driver.rawCode) ?? faultOfName(driver.extendedCode) ?? faultOfName(driver.code)
    if (fault) return fault
    cause = driver.cause
  }
  return undefined
}
