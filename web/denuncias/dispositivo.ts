import { createSignal } from 'solid-js'

/*
 * What every denuncia screen shares about this device and this visit: whether the device is
 * shared, and the quick exit's way out. A module of its own, small, so the route's entry
 * (denuncias.tsx) and the screens share nothing else.
 */

/**
 * Whether this device is shared (ticked on the start page): then nothing of the report is kept on
 * it — no draft in IndexedDB, the answers only in this page's memory, sent without the outbox.
 * In memory itself: a reload asks again. `undefined` until asked in this page's life.
 */
export const [compartido, setCompartido] = createSignal<boolean | undefined>()

/**
 * Where "Salir rápido" goes: a page nobody would wonder about (the weather), loaded in place of
 * this one with `location.replace`, so that Back does not return here. The service's own
 * navigation replaces its history entry too (`{ replace: true }` everywhere in web/denuncias):
 * the whole report is one entry of the tab's history, and leaving replaces it.
 */
export const SALIDA = 'https://www.meteochile.gob.cl/'

/**
 * Leaves at once for {@link SALIDA}. What is typed lives in this page's memory and goes with it.
 *
 * @example
 * <button type="button" onClick={salir}>Salir rápido</button>
 */
export function salir(): void {
  window.location.replace(SALIDA)
}
