/**
 * `npm run keys:generate -- [kid]`: prints a new Ed25519 private JWK for SIGNING_KEYS. To rotate,
 * put the new key first and keep the old ones after it until the documents they signed expire.
 */
import { generateSigningJwk } from '../worker/keys/signing-keys.ts'

const kid = process.argv[2] ?? new Date().toISOString().slice(0, 10)
console.log(JSON.stringify(await generateSigningJwk(kid)))
