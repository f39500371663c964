import { documentTokenIn, type Verification, verifyDocument } from '../../worker/documents/signing.ts'
import type { ErrorBody } from '../../worker/errors.ts'
import { marcarContacto } from './contacto.ts'
import { kidOf, publicKeys } from './keys.ts'

/** A printed document code: 10 letters and digits, as typed once spaces and dashes are gone. */
const CODE = /^[A-Z0-9]{10}$/
const normalise = (text: string) => text.trim().toUpperCase().replace(/[\s-]/g, '')

/**
 * A JSON call to the public API that never throws: status 0 when the server could not be reached.
 * Any answer is noted as the device's last contact with the server.
 */
export async function getJson(url: string, init?: RequestInit): Promise<{ status: number; body: unknown }> {
  try {
    const response = await fetch(url, {
      ...init,
      headers: { accept: 'application/json', ...(init?.body ? { 'content-type': 'application/json' } : {}) },
    })
    marcarContacto()
    return { status: response.status, body: await response.json().catch(() => undefined) }
  } catch {
    return { status: 0, body: undefined }
  }
}

export const messageOf = (body: unknown) =>
  typeof body === 'object' && body !== null && 'message' in body ? (body as ErrorBody).message : undefined

/**
 * What a verifier typed, pasted or scanned: a signed token (a QR code's text), a printed code, or
 * why it is neither.
 *
 * @example
 * entrada('wndt7c4z3t') // { code: 'WNDT7C4Z3T' }
 */
export function entrada(
  text: string,
): { token: string } | { code: string } | { problema: 'required' | 'malformed' } {
  const token = documentTokenIn(text)
  if (token) return { token }
  const code = normalise(text)
  if (code === '') return { problema: 'required' }
  return CODE.test(code) ? { code } : { problema: 'malformed' }
}

/**
 * A token's signature checked here, on the device, against the portal's published keys (kept in
 * localStorage: it works offline once they were fetched); `sin_claves` when there are none.
 */
export async function firmaDe(token: string): Promise<Verification | 'sin_claves'> {
  const keys = await publicKeys(kidOf(token))
  return keys.length === 0 ? 'sin_claves' : verifyDocument(token, keys)
}

/** The server's answer for a token (`POST /api/verificar`): it knows revocations. */
export function consultarToken(token: string) {
  return getJson('/api/verificar', { method: 'POST', body: JSON.stringify({ token }) })
}

/** The server's answer for a printed code (`GET /api/verificar/:code`). */
export function consultarCodigo(code: string) {
  return getJson(`/api/verificar/${encodeURIComponent(code)}`)
}
