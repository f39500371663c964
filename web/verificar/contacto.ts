const STORAGE_KEY = 'cv-verify-last-contact'

/** Notes that the server answered just now (any answer: it was reachable). */
export function marcarContacto(at = new Date()): void {
  try {
    localStorage.setItem(STORAGE_KEY, at.toISOString())
  } catch {
    // Storage refused (private mode): the page simply cannot say it later.
  }
}

/**
 * When this device last heard from the server (ISO), if it remembers: what an offline answer
 * may have missed happened after it.
 */
export function ultimoContacto(): string | undefined {
  try {
    const value = localStorage.getItem(STORAGE_KEY)
    return value && !Number.isNaN(Date.parse(value)) ? value : undefined
  } catch {
    return undefined
  }
}
