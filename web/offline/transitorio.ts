/**
 * Whether an HTTP status says "not now" rather than "no": a server's trouble, a timeout, a limit.
 * What a resumable upload and a tip's send both try again after.
 *
 * @example
 * isTransient(503) // true; isTransient(400) // false
 */
export const isTransient = (status: number): boolean => status >= 500 || status === 408 || status === 429
