import { edgePasswords, nodePasswords } from '../../worker/identity/password.ts'

/**
 * A Worker that only hashes, for `npm run bench -- edge-hash` (bundled there with esbuild): the
 * hashers alone, without the app. `?hasher=node|edge&logN=13&p=10&n=8` makes n hashes at once
 * (`&verify=1`: checks n of a hash made at those parameters, with today's hasher) and answers how
 * long they took and how late a 1 ms timer ran meanwhile: how long the isolate could not serve
 * anything else. Local workerd advances its clock while code runs (deployed Workers do not), so
 * these times can be read here.
 */
const PASSWORD = 'una clave de prueba bastante larga'
const edge = edgePasswords()

// biome-ignore lint/style/noDefaultExport: a Workers module's entry is its default export
export default {
  async fetch(request: Request): Promise<Response> {
    const query = new URL(request.url).searchParams
    const params = { N: 2 ** Number(query.get('logN')), r: 8, p: Number(query.get('p')) }
    const n = Number(query.get('n') ?? 1)
    const hasher = query.get('hasher') === 'edge' ? edge : nodePasswords(params)
    const stored = query.get('verify') ? await nodePasswords(params).hash(PASSWORD) : undefined
    const late: number[] = []
    let running = true
    const ticker = (async () => {
      while (running) {
        const asked = performance.now()
        await new Promise((resolve) => setTimeout(resolve, 1))
        late.push(performance.now() - asked - 1)
      }
    })()
    const started = performance.now()
    await Promise.all(
      Array.from({ length: n }, () => (stored ? hasher.verify(PASSWORD, stored) : hasher.hash(PASSWORD))),
    )
    const ms = performance.now() - started
    running = false
    await ticker
    late.sort((a, b) => a - b)
    return Response.json({ ms, lateP50: late[Math.floor(late.length / 2)] ?? 0, lateMax: late.at(-1) ?? 0 })
  },
}
