/**
 * The proof of work a tip pays for (issue 17, point 6; decision 0042): asks the server for a
 * challenge and solves it in a Web Worker (web/informacion/resolver.worker.ts), so the page never
 * freezes. No cookie, no credentials: the route is on the no-trace sub-app.
 */
import type { Desafio, DesafioResuelto } from './resolver.ts'

/**
 * Solves a challenge in a fresh Web Worker, ended as soon as it answers.
 *
 * @example
 * const resuelto = await resolverEnSegundoPlano(challenge)
 */
export function resolverEnSegundoPlano<D extends Desafio>(desafio: D): Promise<DesafioResuelto<D>> {
  const worker = new Worker(new URL('./resolver.worker.ts', import.meta.url), { type: 'module' })
  return new Promise<DesafioResuelto<D>>((resolve, reject) => {
    worker.addEventListener('message', (event: MessageEvent<DesafioResuelto<D> | { error: string }>) => {
      const data = event.data
      if ('error' in data) reject(new Error(data.error))
      else resolve(data)
    })
    worker.addEventListener('error', (event) => reject(new Error(event.message)))
    worker.postMessage(desafio)
  }).finally(() => worker.terminate())
}

/**
 * A new challenge from the server, solved: the `desafio` of POST /api/informacion. Ask for it
 * again for every send (each is spent once, and lasts 10 minutes).
 *
 * @example
 * const body = { desafio: await pagarDesafio(), mesa: 'drogas', cifrado, … }
 */
export async function pagarDesafio(base = ''): Promise<DesafioResuelto> {
  const respuesta = await fetch(`${base}/api/informacion/desafio`, { credentials: 'omit', cache: 'no-store' })
  if (!respuesta.ok) throw new Error(`desafio: HTTP ${respuesta.status}`)
  return resolverEnSegundoPlano((await respuesta.json()) as Desafio)
}
