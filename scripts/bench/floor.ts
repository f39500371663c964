import { spawn } from 'node:child_process'
import { mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'

/** The body the raw floor and the condolence bench post. */
export const FLOOR_BODY = JSON.stringify({ nombre: 'Bench', mensaje: 'Una condolencia de prueba de carga.' })

/**
 * Starts the raw floor (scripts/bench/raw-floor.ts) in its own process on a fresh file, one commit
 * per request (`single`), group-committed (`group`) or group-committed behind Hono (`hono`), and
 * resolves with its URL once listening.
 *
 * @example
 * const floor = await startFloor('group')
 * await autocannon({ url: floor.url, method: 'POST', body: FLOOR_BODY })
 * floor.stop()
 */
export async function startFloor(
  mode: 'single' | 'group' | 'hono',
): Promise<{ url: string; pid: number | undefined; stop: () => void }> {
  const file = join(mkdtempSync(join(tmpdir(), 'cv-floor-')), 'floor.db')
  const child = spawn(process.execPath, ['scripts/bench/raw-floor.ts', mode, file], {
    stdio: ['ignore', 'pipe', 'inherit'],
  })
  const url = await new Promise<string>((resolve) => {
    child.stdout.on('data', (chunk: Buffer) => {
      const match = /floor on (\S+)/.exec(chunk.toString())
      if (match?.[1]) resolve(match[1])
    })
  })
  return { url, pid: child.pid, stop: () => child.kill() }
}
