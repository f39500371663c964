/**
 * The tip row of `npm run bench` (issue 17, point 10): anonymous tips to the Node server, each
 * paid with its own solved challenge — the proof of work checked (its signature, expiry and
 * derived key: two HMACs and one SHA-256, whatever the difficulty), the challenge spent, and the
 * HPKE ciphertext of a 2 kB tip stored, in one durable batch.
 *
 * Solving a real challenge takes Chromium a second or more (the default bench's figure, from
 * scripts/bench/desafio.ts), far too long to feed a load test. So the challenges are issued with
 * the server's own vault key (given to it in VAULT_KEY) by `emitirDesafio` with a counter range
 * of 10 instead of DESAFIO_MAXIMO — the server checks them exactly as it checks the PWA's — and
 * solved before the timed phase. The tip's ciphertext is made once (the server never opens it);
 * each body has its own receipt hash, as each tip does.
 */
import { join } from 'node:path'
import { openFileDatabase } from '../../db/open.ts'
import { mesaConClave, resolver, tipCifrado } from '../../tests/support/informacion.ts'
import { type RunningServer, startNodeServer } from '../../tests/support/node-server.ts'
import { generateVaultKey } from '../../worker/adapters/local-secrets.ts'
import { importVault } from '../../worker/crypto.ts'
import { emitirDesafio } from '../../worker/informacion/desafio.ts'

/** What the PWA would send about one tip's worth of questions, before encryption (≈ 2 kB). */
const TIP = JSON.stringify({
  v: 1,
  categoria: 'drogas',
  respuestas: { que: 'Venta de drogas en un pasaje, de noche. '.repeat(40), comuna: '13101' },
  archivos: [],
  idioma: 'es',
})

/** The server, and the next tip's body (a fresh challenge each, until the pool runs out). */
export interface TipBench {
  server: RunningServer
  next(): string
  /** How many bodies were handed out beyond the pool (their challenge a reused one: 400). */
  overdrawn(): number
  stop(): Promise<void>
}

/**
 * Starts a Node server with a desk that has a key, and `count` solved challenges for it.
 *
 * @example
 * const tips = await tipBench(30_000)
 * // autocannon: setupRequest: (r) => ({ ...r, body: tips.next() })
 */
export async function tipBench(count: number): Promise<TipBench> {
  const vaultKey = await generateVaultKey()
  const server = await startNodeServer({ env: { VAULT_KEY: vaultKey, RATE_LIMITS: '0' } })
  const { client, db } = await openFileDatabase(`file:${join(server.dataDir, 'comisaria.db')}`)
  const desk = await mesaConClave(db)
  client.close()
  const ports = { vault: await importVault(vaultKey), clock: { now: () => new Date() } }
  const started = performance.now()
  const challenges: Awaited<ReturnType<typeof resolver>>[] = []
  for (let made = 0; made < count; made += 500) {
    const batch = Array.from({ length: Math.min(500, count - made) }, async () =>
      resolver(await emitirDesafio(ports, 10)),
    )
    challenges.push(...(await Promise.all(batch)))
  }
  const { body } = await tipCifrado(TIP, null, { desk, version: 1 })
  console.log(
    `\nTips: ${count} challenges issued and solved in ${((performance.now() - started) / 1000).toFixed(1)} s before the timed phase`,
  )
  let sent = 0
  return {
    server,
    next: () => {
      const desafio = challenges[sent % challenges.length]
      sent += 1
      const reciboHash = Buffer.from(crypto.getRandomValues(new Uint8Array(32))).toString('hex')
      return JSON.stringify({ ...body, desafio, reciboHash })
    },
    overdrawn: () => Math.max(0, sent - challenges.length),
    stop: async () => {
      await server.stop()
    },
  }
}
