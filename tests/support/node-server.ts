import { type ChildProcess, spawn } from 'node:child_process'
import { mkdtempSync } from 'node:fs'
import { createServer } from 'node:net'
import { tmpdir } from 'node:os'
import { join } from 'node:path'

/** What every server a test starts runs with, besides its port and data folder. */
export const TEST_SERVER_ENV = {
  APP_ENV: 'test',
  // The test machine's load is not the portal's: shedding on event-loop lag is tested on its own.
  MAX_EVENT_LOOP_LAG_MS: '0',
  // Tests and the bench load the server from one address: the per-address cap is tested on its own.
  MAX_CONNECTIONS_PER_CLIENT: '0',
  // Password hashes at the test suite's cost, refused outside APP_ENV=test (decision 0071).
  PASSWORD_HASHING: 'test',
}

/** A free loopback port, found by letting the OS pick one. */
export async function freePort(): Promise<number> {
  return new Promise((resolvePort, reject) => {
    const probe = createServer()
    probe.once('error', reject)
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address()
      const port = typeof address === 'object' && address ? address.port : 0
      probe.close(() => resolvePort(port))
    })
  })
}

export interface RunningServer {
  url: string
  dataDir: string
  /** Everything the process wrote to stdout and stderr so far. */
  output: () => string
  process: ChildProcess
  stop: (signal?: NodeJS.Signals) => Promise<number | null>
}

/**
 * Starts the embedded default (`node worker/node.ts`) as a child process on a free loopback port
 * and a fresh data folder (or the one given), and resolves once it prints its URL. Its
 * `PUBLIC_URL` is that address, as a deployment's is the address its citizens use.
 *
 * @example
 * const server = await startNodeServer()
 * await fetch(`${server.url}/api/health`)
 * await server.stop()
 */
export async function startNodeServer(
  options: { dataDir?: string; env?: Record<string, string> } = {},
): Promise<RunningServer> {
  const dataDir = options.dataDir ?? mkdtempSync(join(tmpdir(), 'cv-server-'))
  const port = await freePort()
  const child = spawn(process.execPath, ['worker/node.ts'], {
    env: {
      ...process.env,
      PORT: String(port),
      PUBLIC_URL: `http://127.0.0.1:${port}`,
      HOST: '127.0.0.1',
      DATA_DIR: dataDir,
      ...TEST_SERVER_ENV,
      // The bench sets it to `production`: it measures the deployment's hashing.
      ...(process.env.PASSWORD_HASHING ? { PASSWORD_HASHING: process.env.PASSWORD_HASHING } : {}),
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
  const url = await new Promise<string>((resolve, reject) => {
    // A guard against a hang, not a measure: on a loaded machine a start-up took 14–21 s.
    const timer = setTimeout(() => reject(new Error(`server did not start:\n${output}`)), 60_000)
    const check = () => {
      const match = /lista en (http:\/\/\S+)/.exec(output)
      if (match?.[1]) {
        clearTimeout(timer)
        resolve(match[1].replace('localhost', '127.0.0.1'))
      }
    }
    child.stdout?.on('data', check)
    child.on('exit', (code) => {
      clearTimeout(timer)
      reject(new Error(`server exited with ${code}:\n${output}`))
    })
  })
  return {
    url,
    dataDir,
    output: () => output,
    process: child,
    stop: (signal = 'SIGTERM') =>
      new Promise((resolve) => {
        if (child.exitCode !== null || child.signalCode !== null) return resolve(child.exitCode)
        child.once('exit', (code) => resolve(code))
        child.kill(signal)
      }),
  }
}

/**
 * What the server logged at start-up about its database ("database ready": its kind, its URL
 * and, for a file, its pragmas), or undefined.
 *
 * @example
 * expect(loggedDatabase(server.output())).toMatchObject({ kind: 'remote' })
 */
export function loggedDatabase(output: string): Record<string, unknown> | undefined {
  const line = output.split('\n').find((l) => l.includes('"database ready"'))
  return line ? JSON.parse(line) : undefined
}

/**
 * The durability pragmas the server logged at start-up ("database ready"), or undefined.
 *
 * @example
 * expect(loggedPragmas(server.output())).toEqual(DURABILITY_PRAGMAS)
 */
export function loggedPragmas(output: string): unknown {
  return loggedDatabase(output)?.pragmas
}
