import { existsSync } from 'node:fs'
import { readFile, writeFile } from 'node:fs/promises'
import { join } from 'node:path'

/**
 * A secret from the environment or, on a developer's machine, made once and kept in the data
 * folder (mode 600) so that it survives restarts. Production refuses to start without it.
 *
 * @example
 * const json = await localSecret('SIGNING_KEYS', 'data', production, async () => JSON.stringify([...]))
 */
export async function localSecret(
  name: string,
  dataDir: string,
  production: boolean,
  generate: () => Promise<string>,
): Promise<string> {
  const fromEnv = process.env[name]
  if (fromEnv) return fromEnv
  if (production) throw new Error(`${name} is required in production`)
  const file = join(dataDir, `${name.toLowerCase()}.secret`)
  if (!existsSync(file)) await writeFile(file, await generate(), { mode: 0o600 })
  return (await readFile(file, 'utf8')).trim()
}

/** A random 256-bit key, base64url, for `VAULT_KEY`. */
export async function generateVaultKey(): Promise<string> {
  return Buffer.from(crypto.getRandomValues(new Uint8Array(32))).toString('base64url')
}
