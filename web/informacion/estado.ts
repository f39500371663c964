/*
 * What the start page and the screen picker need of the draft, in plain signals: the category and
 * whether the tipster chose to keep the draft on the device. The answers' store (borrador.ts,
 * solid-js/store) loads with the questions, not on a first visit (the budget).
 */
import { createRoot, createSignal } from 'solid-js'
import type { Categoria } from './preguntas.ts'

const [categoria, setCategoria] = createRoot(() => createSignal<Categoria | ''>(''))
const [enDispositivo, setEnDispositivo] = createRoot(() => createSignal(false))

/** The chosen category ('' before the start page's choice), and its setter. */
/**
 * Whether the tipster chose to keep the draft on this device (web/informacion/guardado.ts): then
 * leaving loses nothing, and asks nothing.
 */
export { categoria, enDispositivo, setCategoria, setEnDispositivo }

const [avisoCola, setAvisoCola] = createRoot(() => createSignal(''))

/**
 * What the pages say of a tip queued on this device (web/informacion/cola.ts): waiting, sent, or to
 * be sent again; '' when nothing was queued. Shown above every page of the flow.
 */
export { avisoCola, setAvisoCola }

let hayRespuestas = () => false

/**
 * How to know whether answers were typed: borrador.ts tells, once the questions have loaded.
 *
 * @example
 * alSalirMirar(() => respuestas.que !== '')
 */
export function alSalirMirar(mirar: () => boolean): void {
  hayRespuestas = mirar
}

// The browser's own question ("Leave site? Changes you made may not be saved"): its words are
// the browser's, the start page says beforehand that a reload loses the draft.
const avisar = (event: BeforeUnloadEvent) => {
  if ((categoria() === '' && !hayRespuestas()) || enDispositivo()) return
  event.preventDefault()
  // Older Chromium and Safari still need the legacy property set.
  event.returnValue = ''
}

/**
 * Asks before the page is left while the draft holds something; call once per visit (idempotent).
 *
 * @example
 * onMount(vigilarSalida)
 */
export function vigilarSalida(): void {
  window.removeEventListener('beforeunload', avisar)
  window.addEventListener('beforeunload', avisar)
}
