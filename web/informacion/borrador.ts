/*
 * The tip's answers: in the page's memory only (issue 17, point 7; decision 0045) — a Solid store,
 * never IndexedDB, localStorage or a cookie (unless the tipster opts in: guardado.ts). Leaving or
 * reloading the page loses them, so the browser asks first (estado.ts, beforeunload).
 */
import { createRoot } from 'solid-js'
import { createStore } from 'solid-js/store'
import type { Item } from '../components/items.ts'
import { alSalirMirar, categoria, setCategoria } from './estado.ts'
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

/** The whole draft: the category and the answers. */
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

const [respuestas, setRespuestas] = createRoot(() => createStore<Respuestas>(borradorVacio().respuestas))

/** The answers (reactive) and their setter. */
export { respuestas, setRespuestas }

/**
 * The draft as one value: what is sealed, or kept on the device when the tipster asks.
 *
 * @example
 * textoPlano(borradorActual(), 'drogas', 'es', [])
 */
export const borradorActual = (): Borrador => ({ categoria: categoria(), respuestas })

/** Whether anything was typed or chosen: only then is leaving worth a question. */
export function hayAlgo(b: Borrador): boolean {
  const r = b.respuestas
  return (
    b.categoria !== '' ||
    [r.que, r.cuando, r.mas, r.donde.comuna, r.donde.lugar, r.donde.punto].some((s) => s.trim() !== '') ||
    r.quienes.length > 0 ||
    r.vehiculos.length > 0
  )
}

alSalirMirar(() => hayAlgo(borradorActual()))

/**
 * Forgets the draft (once sent): nothing is left in the page, and leaving asks nothing.
 *
 * @example
 * olvidar()
 */
export function olvidar(): void {
  setRespuestas(borradorVacio().respuestas)
  setCategoria('')
}
