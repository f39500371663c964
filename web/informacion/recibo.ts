/*
 * The receipt key just made, between the send and its screen: a signal in the page, never
 * storage. A reload loses it on purpose — the screen says the key is shown once.
 */
import { createRoot, createSignal } from 'solid-js'

/** What the receipt screen shows. */
export interface ReciboMostrado {
  /** The key as the tipster copies it: seven groups of four characters. */
  recibo: string
  dia: string
  unidad: string
  /** Queued with no network (cola.ts): the screen's title and what it says instead of the day. */
  enCola?: { titulo: string; texto: string }
}

const [recibo, setRecibo] = createRoot(() => createSignal<ReciboMostrado | undefined>())

/** The receipt key to show, if a tip was just sent in this page. */
export const reciboMostrado = recibo

/**
 * Keeps the key for its screen.
 *
 * @example
 * mostrarRecibo({ recibo: 'K7M2-…', dia: '2026-12-05', unidad: 'OS-7' })
 */
export function mostrarRecibo(valor: ReciboMostrado): void {
  setRecibo(valor)
}
