/**
 * `npm run bench -- subida`: a file uploaded by the PWA's own upload client (web/archivos/subida.ts)
 * through a loopback proxy that drops the link while a part is on its way, to the Node server and
 * to the Workers bundle in workerd (R2 simulated on disk). Per row: what the drops cost (bytes
 * sent again), the server's resident memory before and at its peak, and the pace — with and
 * without the outages' pauses (the client backs off a second after each).
 */
import { createHash, randomBytes } from 'node:crypto'
import { openAsBlob } from 'node:fs'
import { mkdtemp, open, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { openFileDatabase } from '../../db/open.ts'
import { startProxy } from '../../tests/e2e/support/proxy.ts'
import { startEdge } from '../../tests/support/edge.ts'
import { claveUnicaSessionCookie } from '../../tests/support/identity.ts'
import { freePort, startNodeServer } from '../../tests/support/node-server.ts'
import { subirArchivo } from '../../web/archivos/subida.ts'
import { folderFileStore } from '../../worker/adapters/folder-files.ts'
import { PARTE_MAX } from '../../worker/archivos/limites.ts'
import { parteKey, sha256DePartes } from '../../worker/archivos/partes.ts'
import { processMemory, workerdProcess } from './workerd-memory.ts'

const MB = 1024 * 1024
/** How long the link stays down at each drop. */
const OUTAGE_MS = 300

/** A portal to upload to: where it listens, a citizen's cookie, its memory. */
interface Target {
  port: number
  cookie: string
  memory: ReturnType<typeof processMemory>
  close: () => Promise<void>
}

/** A video-like file of `size` bytes on disk (written in 1 MiB chunks) and its SHA-256. */
async function videoFile(dir: string, size: number): Promise<{ path: string; sha256: string }> {
  const path = join(dir, `video-${size}.mp4`)
  const file = await open(path, 'w')
  const hash = createHash('sha256')
  for (let at = 0; at < size; at += MB) {
    const chunk = randomBytes(Math.min(MB, size - at))
    // An MP4's first box: the type the server reads from the first bytes.
    if (at === 0) chunk.set([0, 0, 0, 24, ...Buffer.from('ftypisom'), 0, 0, 2, 0, ...Buffer.from('isommp41')])
    hash.update(chunk)
    await file.write(chunk)
  }
  await file.close()
  return { path, sha256: hash.digest('hex') }
}

async function nodeTarget(): Promise<Target> {
  const server = await startNodeServer()
  const { client, db } = await openFileDatabase(`file:${join(server.dataDir, 'comisaria.db')}`)
  const cookie = await claveUnicaSessionCookie(db, '88888888-8')
  client.close()
  return {
    port: Number(new URL(server.url).port),
    cookie,
    memory: processMemory(server.process.pid ?? 0),
    close: async () => {
      await server.stop()
    },
  }
}

async function edgeTarget(): Promise<Target> {
  const port = await freePort()
  const edge = await startEdge({ port, bindings: { PUBLIC_URL: `http://127.0.0.1:${port}` } })
  return {
    port,
    cookie: await claveUnicaSessionCookie(edge.db, '88888888-8'),
    memory: workerdProcess(),
    close: edge.close,
  }
}

function median(values: number[]): number {
  const sorted = values.toSorted((a, b) => a - b)
  return sorted[Math.floor(sorted.length / 2)] ?? 0
}

/** One upload through a proxy that drops the link after each of `drops` even shares of the file. */
async function upload(
  target: Target,
  file: { path: string; sha256: string },
  size: number,
  drops: number,
  link = 0,
) {
  const proxy = await startProxy(target.port, 0, link)
  const blob = await openAsBlob(file.path)
  const cuts = Array.from({ length: drops }, (_, i) => ((i + 1) * size) / (drops + 1))
  let outages = 0
  const watcher = setInterval(() => {
    if (cuts.length === 0 || proxy.bytesUp() < (cuts[0] ?? 0)) return
    cuts.shift()
    outages += 1
    void proxy.cut().then(() => setTimeout(() => void proxy.restore(), OUTAGE_MS))
  }, 2)
  const parts = { sent: 0, cut: 0, bytes: 0 }
  /** How long each stored part took, from the previous answer to its own. */
  const partMs: number[] = []
  let lastAnswer = performance.now()
  let downSince = 0
  let downMs = 0
  target.memory.resetPeak()
  const before = target.memory.rssMb()
  const started = performance.now()
  const result = await subirArchivo(
    blob,
    'video.mp4',
    { clave: crypto.randomUUID() },
    {
      origin: proxy.origin,
      headers: { cookie: target.cookie, 'sec-fetch-site': 'same-origin' },
      onPart: (length, stored) => {
        parts.sent += 1
        parts.bytes += length
        if (stored) partMs.push(performance.now() - lastAnswer)
        lastAnswer = performance.now()
        if (!stored) {
          parts.cut += 1
          downSince = performance.now()
        } else if (downSince > 0) {
          downMs += performance.now() - downSince
          downSince = 0
        }
      },
    },
  )
  const seconds = (performance.now() - started) / 1000
  clearInterval(watcher)
  const peak = target.memory.peakMb()
  const wire = proxy.bytesUp()
  await proxy.close()
  if (result.kind !== 'done') throw new Error(`upload ended ${result.kind}`)
  return {
    link: link > 0 ? `${((link * 8) / 1e6).toFixed(0)} Mbit/s` : 'loopback',
    'file MB': size / MB,
    drops: outages,
    'parts (cut)': `${parts.sent} (${parts.cut})`,
    're-sent MB': ((parts.bytes - size) / MB).toFixed(2),
    'wire up − file MB': ((wire - size) / MB).toFixed(2),
    'RSS before MB': before.toFixed(0),
    'RSS peak MB': peak.toFixed(0),
    'peak − before MB': (peak - before).toFixed(1),
    s: seconds.toFixed(2),
    'MB/s': (size / MB / seconds).toFixed(1),
    'MB/s up': (size / MB / (seconds - downMs / 1000)).toFixed(1),
    // The last part's request also reads the whole file back and hashes it (decision 0030).
    'median part ms': median(partMs).toFixed(0),
    'last part ms': (partMs.at(-1) ?? 0).toFixed(0),
    'SHA-256 = file': result.view.sha256 === file.sha256,
  }
}

/**
 * What sealing an upload costs on Node: the file stored as the server stores it (4 MiB parts in
 * the folder store), then its SHA-256 read back from the parts, as the last part's request does.
 */
async function sealingMs(dir: string, file: { path: string; sha256: string }, size: number) {
  const files = folderFileStore(join(dir, 'store'))
  const partes: number[] = []
  for (let offset = 0; offset < size; offset += PARTE_MAX) {
    const length = Math.min(PARTE_MAX, size - offset)
    const blob = (await openAsBlob(file.path)).slice(offset, offset + length)
    await files.putStream(parteKey('archivos/sellado', offset, length), blob.stream(), length)
    partes.push(length)
  }
  const started = performance.now()
  const sha256 = await sha256DePartes(files, 'archivos/sellado', partes)
  const ms = performance.now() - started
  if (sha256 !== file.sha256) throw new Error('the parts do not hash to the file')
  return ms
}

/** Runs the rows and prints one table. */
export async function subidaBench(): Promise<void> {
  const dir = await mkdtemp(join(tmpdir(), 'cv-subida-'))
  const small = await videoFile(dir, 5 * MB)
  const large = await videoFile(dir, 25 * MB)
  const rows: Record<string, unknown>[] = []
  for (const [runtime, start] of [
    ['node', nodeTarget],
    ['workerd', edgeTarget],
  ] as const) {
    const target = await start()
    // A first small upload warms the server up: its code, its caches, its first R2 writes.
    await upload(target, small, 5 * MB, 0)
    for (const [file, size, drops, link] of [
      [large, 25 * MB, 0, 0],
      [large, 25 * MB, 2, 0],
      [small, 5 * MB, 2, 0],
      // A phone's uplink on a good 4G cell: 8 Mbit/s.
      [large, 25 * MB, 2, 1e6],
    ] as const) {
      rows.push({ runtime, ...(await upload(target, file, size, drops, link)) })
    }
    await target.close()
  }
  const sealing = await sealingMs(dir, large, 25 * MB)
  await rm(dir, { recursive: true, force: true })
  console.log(
    `\nUploads: a video through a loopback proxy that drops the link ${OUTAGE_MS} ms at a time while a part is on its way; the PWA's client, the Node server and the Workers bundle in workerd`,
  )
  console.table(rows)
  console.log(
    `Sealing a 25 MB upload on Node (its SHA-256 read back from seven 4 MiB parts in the folder store, in the bench's process): ${sealing.toFixed(0)} ms`,
  )
}
