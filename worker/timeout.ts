/** An outbound call that outlived its bound. */
export class TimeoutError extends Error {
  override name = 'TimeoutError'
}

/**
 * How long each kind of outbound call may take. A call without a bound holds a request, or the
 * mail loop, for as long as the other side cares to stay silent.
 */
export const TIMEOUTS = {
  /** Opening a connection and reading the other side's greeting (SMTP). */
  connect: 10_000,
  /** ClaveÚnica's token and user-info endpoints, on a login's path. */
  claveUnica: 10_000,
  /** One e-mail handed to the mail server or API, in the background (the outbox retries). */
  mail: 30_000,
  /** A denuncia handed to the Fiscalía, in the background (its delivery queue retries). */
  fiscalia: 30_000,
} as const

/**
 * Bounds an outbound call: `work` gets a signal that aborts after `ms` (hand it to `fetch`), and
 * the returned promise rejects with a {@link TimeoutError} then, even if `work` ignores the signal.
 *
 * @example
 * const response = await withTimeout(TIMEOUTS.mail, 'mail API', (signal) => fetch(url, { signal }))
 */
export async function withTimeout<T>(
  ms: number,
  what: string,
  work: (signal: AbortSignal) => Promise<T>,
): Promise<T> {
  const controller = new AbortController()
  let timer: ReturnType<typeof setTimeout> | undefined
  const expired = new Promise<never>((_, reject) => {
    timer = setTimeout(() => {
      const error = new TimeoutError(`${what} did not answer within ${ms} ms`)
      controller.abort(error)
      reject(error)
    }, ms)
  })
  try {
    return await Promise.race([work(controller.signal), expired])
  } finally {
    clearTimeout(timer)
  }
}
