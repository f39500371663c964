import { execFileSync } from 'node:child_process'
import { existsSync } from 'node:fs'
import { join, resolve } from 'node:path'

export const WORKER_BUNDLE_DIR = '.tmp/worker-bundle'

/**
 * A Worker bundled exactly as `wrangler deploy` would upload it (built with `--dry-run`), built
 * now unless the test command already did (REBUILD_WORKER=1 builds it again). By default the
 * portal's own, from wrangler.toml; a test's own Worker from its config file.
 *
 * @example
 * const script = workerBundle()
 * const limits = workerBundle({ config: 'tests/support/limits-worker.toml', outdir: '.tmp/limits-worker' })
 */
export function workerBundle(
  options: { config?: string; outdir: string; script: string } = {
    outdir: WORKER_BUNDLE_DIR,
    script: 'workers.js',
  },
): string {
  const script = join(options.outdir, options.script)
  if (!existsSync(script) || process.env.REBUILD_WORKER === '1') {
    const config = options.config ? ['--config', options.config] : []
    // Absolute: with --config, wrangler reads a relative --outdir from the config file's folder.
    execFileSync('wrangler', ['deploy', '--dry-run', '--outdir', resolve(options.outdir), ...config], {
      stdio: 'pipe',
      env: { ...process.env, WRANGLER_SEND_METRICS: 'false' },
    })
  }
  return script
}
