/*
 * The tip's draft: in the page's memory only (issue 17, point 7) — a Solid store, never IndexedDB,
 * localStorage or a cookie. Leaving or reloading the page loses it, so the browser asks first
 * (beforeunload) while there is something to lose.
 */
import { createRoot } from 'solid-js'
import { createStore } from 'solid-js/store'
import type { Item } from '../components/items.ts'
import type { Categoria } from './preguntas.ts'

/** Where, as typed: the comuna's CUT, the place in words, an optional point (`lat, lon`). */
export interface Lugar {
  comuna: string
  lugar: string
  punto: string
}

/** A tip's answers as the pages keep them. */
export interface Respuestas {
  que: string
  donde: Lugar
  cuando: string
  quienes: Item[]
  vehiculos: Item[]
  mas: string
}

export interface Borrador {
  categoria: Categoria | ''
  respuestas: Respuestas
}

/**
 * A draft with nothing in it.
 *
 * @example
 * borradorVacio().respuestas.quienes // []
 */
export const borradorVacio = (): Borrador => ({
  categoria: '',
  respuestas: {
    que: '',
    donde: { comuna: '', lugar: '', punto: '' },
    cuando: '',
    quienes: [],
    vehiculos: [],
    mas: '',
  },
})

const [borrador, setBorrador] = createRoot(() => createStore<Borrador>(borradorVacio()))

/** The draft (reactive) and its setter. */
export { borrador, setBorrador }

/** Whether anything was typed or chosen: only then is leaving worth a question. */
export function hayAlgo(b: Borrador = borrador): boolean {
  const r = b.respuestas
  return (
    b.categoria !== '' ||
    [r.que, r.cuando, r.mas, r.donde.comuna, r.donde.lugar, r.donde.punto].some((s) => s.trim() !== '') ||
    r.quienes.length > 0 ||
    r.vehiculos.length > 0
  )
}

// The browser's own question ("Leave site? Changes you made may not be saved"): its words are
// the browser's, the start page says beforehand that a reload loses the draft.
const avisar = (event: BeforeUnloadEvent) => {
  if (!hayAlgo()) return
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

/**
 * Forgets the draft (once sent): nothing is left in the page, and leaving asks nothing.
 *
 * @example
 * olvidar()
 */
export function olvidar(): void {
  setBorrador(borradorVacio())
}
