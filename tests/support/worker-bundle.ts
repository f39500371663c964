import { execFileSync } from 'node:child_process'
import { existsSync } from 'node:fs'
import { join } from 'node:path'

export const WORKER_BUNDLE_DIR = '.tmp/worker-bundle'

/**
 * The Workers bundle exactly as `wrangler deploy` would upload it (built with `--dry-run`), built
 * now unless the test command already did (a bench measuring the code as it is asks `rebuild`).
 *
 * @example
 * const script = workerBundle() // .tmp/worker-bundle/workers.js
 */
export function workerBundle(options: { rebuild?: boolean } = {}): string {
  const script = join(WORKER_BUNDLE_DIR, 'workers.js')
  if (!existsSync(script) || options.rebuild || process.env.REBUILD_WORKER === '1') {
    execFileSync('wrangler', ['deploy', '--dry-run', '--outdir', WORKER_BUNDLE_DIR], {
      stdio: 'pipe',
      env: { ...process.env, WRANGLER_SEND_METRICS: 'false' },
    })
  }
  return script
}
