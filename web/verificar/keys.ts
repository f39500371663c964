import type { PublicJwk } from '../../worker/documents/signing.ts'
import { marcarContacto } from './contacto.ts'

export const KEYS_URL = '/.well-known/comisaria-virtual/keys.json'
const STORAGE_KEY = 'cv-verify-keys'

function isJwk(value: unknown): value is PublicJwk {
  if (typeof value !== 'object' || value === null) return false
  const key = value as Record<string, unknown>
  return ['kid', 'kty', 'crv', 'x'].every((name) => typeof key[name] === 'string')
}

function parse(text: string | null): PublicJwk[] {
  try {
    const value: unknown = text ? JSON.parse(text) : null
    const keys = typeof value === 'object' && value !== null ? Reflect.get(value, 'keys') : undefined
    return Array.isArray(keys) ? keys.filter(isJwk) : []
  } catch {
    return []
  }
}

function cached(): PublicJwk[] {
  try {
    return parse(localStorage.getItem(STORAGE_KEY))
  } catch {
    return []
  }
}

async function fetched(): Promise<PublicJwk[] | null> {
  try {
    const response = await fetch(KEYS_URL, { headers: { accept: 'application/json' } })
    marcarContacto()
    if (!response.ok) return null
    const text = await response.text()
    const keys = parse(text)
    if (keys.length === 0) return null
    try {
      localStorage.setItem(STORAGE_KEY, JSON.stringify({ keys }))
    } catch {
      // Storage refused (private mode): the keys still serve this visit.
    }
    return keys
  } catch {
    return null
  }
}

/**
 * The portal's public signing keys, for checking a document's signature in the browser. The key
 * set is kept in localStorage, so a verifier who opened the page once can check documents offline
 * afterwards; it is fetched again when the document names a key the device does not know (a new
 * key after a rotation), and refreshed in the background otherwise.
 */
export async function publicKeys(kid: string | undefined): Promise<PublicJwk[]> {
  const known = cached()
  if (known.length > 0 && (kid === undefined || known.some((key) => key.kid === kid))) {
    void fetched()
    return known
  }
  return (await fetched()) ?? known
}

/** The key id a token names, read without checking anything (to pick the key set). */
export function kidOf(token: string): string | undefined {
  try {
    const body = token.split('.')[1] ?? ''
    const json: unknown = JSON.parse(atob(body.replace(/-/g, '+').replace(/_/g, '/')))
    const kid = typeof json === 'object' && json !== null ? Reflect.get(json, 'k') : undefined
    return typeof kid === 'string' ? kid : undefined
  } catch {
    return undefined
  }
}
