import { scrypt } from 'node:crypto'
import { type ScryptParams, scryptYielding } from '../../worker/identity/scrypt.ts'

/**
 * A Worker that only hashes, for `npm run bench -- edge-hash` (bundled there with esbuild): the
 * hash alone, without the app. `?impl=native|yielding&logN=13&p=10&n=8` derives n keys at once
 * and answers how long they took and how late a 1 ms timer ran meanwhile: how long the isolate
 * could not serve anything else. Local workerd advances its clock while code runs (deployed
 * Workers do not), so these times can be read here.
 */
const native = (password: Uint8Array, salt: Uint8Array, params: ScryptParams, keyLength: number) =>
  new Promise<Uint8Array>((resolve, reject) => {
    scrypt(password, salt, keyLength, { ...params, maxmem: 256 * params.N * params.r }, (error, key) =>
      error ? reject(error) : resolve(key),
    )
  })

// biome-ignore lint/style/noDefaultExport: a Workers module's entry is its default export
export default {
  async fetch(request: Request): Promise<Response> {
    const query = new URL(request.url).searchParams
    const params = { N: 2 ** Number(query.get('logN')), r: 8, p: Number(query.get('p')) }
    const n = Number(query.get('n') ?? 1)
    const derive = query.get('impl') === 'native' ? native : scryptYielding
    const late: number[] = []
    let running = true
    const ticker = (async () => {
      while (running) {
        const asked = performance.now()
        await new Promise((resolve) => setTimeout(resolve, 1))
        late.push(performance.now() - asked - 1)
      }
    })()
    const password = new TextEncoder().encode('una clave de prueba bastante larga')
    const started = performance.now()
    await Promise.all(
      Array.from({ length: n }, (_, i) => derive(password, new TextEncoder().encode(`sal ${i}`), params, 32)),
    )
    const ms = performance.now() - started
    running = false
    await ticker
    late.sort((a, b) => a - b)
    return Response.json({ ms, lateP50: late[Math.floor(late.length / 2)] ?? 0, lateMax: late.at(-1) ?? 0 })
  },
}
