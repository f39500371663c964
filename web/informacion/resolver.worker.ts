/**
 * The Web Worker that solves a challenge off the main thread (the form stays responsive for the
 * second or two it takes): one challenge in, the solved challenge (or `{ error }`) out.
 */
import { type Desafio, resolverDesafio } from './resolver.ts'

/** A dedicated worker's scope, as much of it as is used (the project's lib is DOM's, not WebWorker's). */
interface Ambito {
  addEventListener(type: 'message', listener: (event: MessageEvent<Desafio>) => void): void
  postMessage(message: unknown): void
}
const ambito = self as unknown as Ambito

ambito.addEventListener('message', (event) => {
  resolverDesafio(event.data).then(
    (resuelto) => ambito.postMessage(resuelto),
    (error: unknown) => ambito.postMessage({ error: String(error) }),
  )
})
