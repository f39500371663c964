import { join } from 'node:path'
import type { SigningKeys } from '../ports.ts'

/**
 * On a developer's machine, the Fiscalía is the local receiver (worker/casos/fiscalia/
 * receptor-local.ts), started in this process on its own loopback port: when APP_ENV is
 * development and no FISCALIA_URL is configured, or whenever FISCALIA_LOCAL_PORT is set (the
 * tests). It verifies what it receives with the portal's own keys and keeps it under
 * `DATA_DIR/fiscalia-local`. Returns the FISCALIA_URL that points the app at it; production never
 * loads it.
 *
 * @example
 * const localFiscalia = await startLocalFiscaliaIfWanted(process.env, dataDir, () => keys)
 */
export async function startLocalFiscaliaIfWanted(
  env: Record<string, string | undefined>,
  dataDir: string,
  keys: () => SigningKeys,
): Promise<{ env: { FISCALIA_URL: string }; close: () => Promise<void> } | null> {
  const development = (env.APP_ENV ?? 'development') === 'development'
  const wanted = env.FISCALIA_LOCAL_PORT !== undefined || (development && !env.FISCALIA_URL)
  if (!wanted || env.APP_ENV === 'production') return null
  const { startLocalFiscalia } = await import('../casos/fiscalia/receptor-local.ts')
  const receptor = await startLocalFiscalia({
    port: Number(env.FISCALIA_LOCAL_PORT ?? 8789),
    folder: join(dataDir, 'fiscalia-local'),
    keys: () => keys().all.map((key) => key.publicJwk),
  })
  return { env: { FISCALIA_URL: receptor.url }, close: receptor.close }
}
