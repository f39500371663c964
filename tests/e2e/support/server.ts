import { type ChildProcess, execFileSync, spawn } from 'node:child_process'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { freePort, TEST_SERVER_ENV } from '../../support/node-server.ts'

export const repoRoot = resolve(import.meta.dirname, '../../..')
/** The built PWA the portal serves: dist/, or E2E_WEB_ROOT (a build made with PWA_OUT_DIR). */
export const webRoot = resolve(repoRoot, process.env.E2E_WEB_ROOT ?? 'dist')
const node = join(repoRoot, 'node_modules/.bin/node')

let built = false
/** Builds the PWA into dist/ once per test process (`vite build`). */
export function buildPwa(): void {
  if (built || process.env.E2E_SKIP_BUILD === '1') return
  execFileSync(node, [join(repoRoot, 'node_modules/vite/bin/vite.js'), 'build', '--logLevel', 'warn'], {
    cwd: repoRoot,
    stdio: 'inherit',
  })
  built = true
}

export interface PortalServer {
  /** The server's own origin (bypassing any proxy), for checks the test makes directly. */
  origin: string
  /**
   * Its `PUBLIC_URL`'s origin, which its pages' requests carry as `Origin` (a proxy's, when the
   * browser goes through one): the one a state change must come from.
   */
  publicOrigin: string
  port: number
  /** Its data folder (the libSQL file is `comisaria.db` in it). */
  dataDir: string
  output: () => string
  stop: () => Promise<void>
}

/**
 * Starts the real portal (`node worker/node.ts`) on a free port and a fresh data folder, serving
 * the built PWA from dist/ (or `webRoot`), and resolves once /api/health answers.
 *
 * @example
 * const server = await startPortal()
 * await fetch(`${server.origin}/api/condolencias`)
 * await server.stop()
 */
export async function startPortal(
  options: {
    webRoot?: string
    /** More settings: `CLAVEUNICA_LOCAL_PORT`, `SMTP_URL`, `DEMO_DATA`… `PUBLIC_URL` is the server's origin. */
    env?: Record<string, string>
  } = {},
): Promise<PortalServer> {
  const port = await freePort()
  const dataDir = mkdtempSync(join(tmpdir(), 'cv-e2e-'))
  const origin = `http://127.0.0.1:${port}`
  const child: ChildProcess = spawn(node, ['worker/node.ts'], {
    cwd: repoRoot,
    env: {
      ...process.env,
      PORT: String(port),
      HOST: '127.0.0.1',
      DATA_DIR: dataDir,
      ...TEST_SERVER_ENV,
      WEB_ROOT: options.webRoot ?? webRoot,
      // Links in e-mail and ClaveÚnica's redirect address must name the origin the browser uses.
      PUBLIC_URL: origin,
      ...options.env,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  })
  let output = ''
  child.stdout?.on('data', (chunk: Buffer) => {
    output += chunk.toString()
  })
  child.stderr?.on('data', (chunk: Buffer) => {
    output += chunk.toString()
  })
  const deadline = Date.now() + 90_000
  for (;;) {
    if (child.exitCode !== null) throw new Error(`server exited with ${child.exitCode}:\n${output}`)
    try {
      if ((await fetch(`${origin}/api/health`)).ok) break
    } catch {
      // Not listening yet.
    }
    if (Date.now() > deadline) throw new Error(`server did not answer /api/health:\n${output}`)
    await new Promise((done) => setTimeout(done, 100))
  }
  return {
    origin,
    publicOrigin: new URL(options.env?.PUBLIC_URL ?? origin).origin,
    port,
    dataDir,
    output: () => output,
    stop: async () => {
      if (child.exitCode === null) {
        const exited = new Promise((done) => child.once('exit', done))
        child.kill('SIGTERM')
        await exited
      }
      rmSync(dataDir, { recursive: true, force: true })
    },
  }
}
