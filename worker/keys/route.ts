import { Hono } from 'hono'
import type { AppEnv } from '../context.ts'

/**
 * The public keys that verify the portal's signed documents, as a JSON Web Key Set with key ids,
 * at `/.well-known/comisaria-virtual/keys.json`. Verifiers (an officer's PWA, a court) cache it.
 */
export const keysRoute = new Hono<AppEnv>().get('/keys.json', (c) => {
  c.header('Cache-Control', 'public, max-age=3600')
  return c.json({ keys: c.var.ports.keys.all.map((key) => key.publicJwk) })
})
