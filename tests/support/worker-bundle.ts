import { execFileSync } from 'node:child_process'
import { existsSync } from 'node:fs'
import { join, resolve } from 'node:path'

export const WORKER_BUNDLE_DIR = '.tmp/worker-bundle'

/**
 * A Worker bundled exactly as `wrangler deploy` would upload it (built with `--dry-run`), built
 * now unless the test command already did (REBUILD_WORKER=1, or `rebuild` — a bench measuring the
 * code as it is — builds it again). By default the portal's own, from wrangler.toml; a test's own
 * Worker from its config file.
 *
 * @example
 * const script = workerBundle() // .tmp/worker-bundle/workers.js
 * const limits = workerBundle({ config: 'tests/support/limits-worker.toml', outdir: '.tmp/limits-worker' })
 */
export function workerBundle(
  options: { config?: string; outdir?: string; script?: string; rebuild?: boolean } = {},
): string {
  const outdir = options.outdir ?? WORKER_BUNDLE_DIR
  const script = join(outdir, options.script ?? 'workers.js')
  if (!existsSync(script) || options.rebuild || process.env.REBUILD_WORKER === '1') {
    const config = options.config ? ['--config', options.config] : []
    // Absolute: with --config, wrangler reads a relative --outdir from the config file's folder.
    execFileSync('wrangler', ['deploy', '--dry-run', '--outdir', resolve(outdir), ...config], {
      stdio: 'pipe',
      env: { ...process.env, WRANGLER_SEND_METRICS: 'false' },
    })
  }
  return script
}
