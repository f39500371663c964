/*
 * A tip's files between their page and the send (issue 17, point 5; decision 0046): the picker's
 * list, the files ready for the sealed plaintext, whether any is still on its way — in the page's
 * memory only, like the answers (decision 0045). The picker's code (ArchivosAnonimos) loads with
 * its page; this module is signals only, so the check-your-answers page reads it for little.
 *
 * One solved challenge may pay one batch of files and one tip (decision 0046: their fingerprints
 * differ), so the last one paid for a batch is kept here, a few minutes, for the send to spend.
 */
import { createRoot, createSignal, type Signal } from 'solid-js'
import type { ArchivoDelTip, Elegido } from './archivos-anonimos.ts'

/** Paid challenges last 10 minutes (decision 0042); one older than this is not offered to a send. */
const VIGENCIA_MS = 8 * 60 * 1000

const estado = createRoot(() => ({
  elegidos: createSignal<Elegido[]>([]),
  listos: createSignal<ArchivoDelTip[]>([]),
  enCurso: createSignal(false),
}))

let pagado: { desafio: unknown; at: number } | undefined

/** The picker's list (its own signal, so the files stay listed when the tipster comes back to the page). */
export const elegidosDelTip: Signal<Elegido[]> = estado.elegidos

/** The files ready for the tip: their entries of the plaintext's `archivos`. */
export const archivosListos = estado.listos[0]

/** Whether a file is still being cleaned, encrypted or uploaded: the send waits for it. */
export const archivosEnCurso = estado.enCurso[0]

/**
 * The picker's `onCambio`: what is ready, and whether anything is still on its way.
 *
 * @example
 * <ArchivosAnonimos … onCambio={alCambiarArchivos} />
 */
export function alCambiarArchivos(listos: ArchivoDelTip[], enCurso: boolean): void {
  estado.listos[1](listos)
  estado.enCurso[1](enCurso)
}

/**
 * A proof of work for a batch of files, kept for the send to spend as well.
 *
 * @example
 * const conexion = { origin: location.origin, desafio: () => pagarParaArchivos() }
 */
export async function pagarParaArchivos(): Promise<unknown> {
  const { pagarDesafio } = await import('./desafio.ts')
  const desafio = await pagarDesafio()
  pagado = { desafio, at: Date.now() }
  return desafio
}

/**
 * The challenge a batch of files paid, once, while it is still young; else undefined.
 *
 * @example
 * cuerpo.desafio = tomarDesafioPagado() ?? (await pagarDesafio())
 */
export function tomarDesafioPagado(): unknown {
  const antes = pagado
  pagado = undefined
  return antes && Date.now() - antes.at < VIGENCIA_MS ? antes.desafio : undefined
}

/**
 * Forgets the files (the tip was sent, or a message with them): nothing of them stays in the page.
 *
 * @example
 * olvidarArchivos()
 */
export function olvidarArchivos(): void {
  estado.elegidos[1]([])
  alCambiarArchivos([], false)
  pagado = undefined
}
