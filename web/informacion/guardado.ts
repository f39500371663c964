/*
 * The offline kit's draft, opt-in here (issue 17, point 7; decision 0045): only when the tipster
 * ticks «Guardar el borrador en este dispositivo», after a warning about shared devices, is the
 * draft written to IndexedDB (web/offline/draft.ts, loaded only then); only when they press
 * «Continuar el borrador guardado» is IndexedDB read. Sending, or unticking, erases it.
 */
import { createStore, get } from 'idb-keyval'
import { createEffect, createRoot } from 'solid-js'
import type { Draft } from '../offline/draft.ts'
import { type Borrador, borradorActual, setRespuestas } from './borrador.ts'
import { enDispositivo, setCategoria, setEnDispositivo } from './estado.ts'

const FORM_ID = 'informacion-anonima'
let guardado: Draft<{ borrador: string }> | undefined

async function abrir(): Promise<Draft<{ borrador: string }>> {
  const { createDraft } = await import('../offline/draft.ts')
  guardado ??= createDraft(FORM_ID, { borrador: '' })
  await guardado.ready
  return guardado
}

/**
 * Whether this browser lets the page keep anything (a private window, blocked site data: no): a
 * read of the drafts' own store (idb-keyval's, which web/offline/draft.ts uses; it makes the
 * database as that module expects it).
 */
async function sePuedeGuardar(): Promise<boolean> {
  try {
    await get(FORM_ID, createStore('comisaria-drafts', 'drafts'))
    return true
  } catch {
    return false
  }
}

// While kept, every change is written (the whole draft: it is small).
createRoot(() =>
  createEffect(() => {
    if (!enDispositivo()) return
    const texto = JSON.stringify(borradorActual())
    guardado?.update('borrador', texto)
  }),
)

/**
 * Keeps the draft on this device from now on (`true`), or erases what it kept (`false`). Answers
 * false when the browser refuses to keep anything.
 *
 * @example
 * if (!(await guardarEnDispositivo(true))) decir('Este navegador no permite guardar')
 */
export async function guardarEnDispositivo(on: boolean): Promise<boolean> {
  if (!on) {
    setEnDispositivo(false)
    if (guardado) await guardado.discard()
    return true
  }
  if (!(await sePuedeGuardar())) return false
  const draft = await abrir()
  draft.update('borrador', JSON.stringify(borradorActual()))
  setEnDispositivo(true)
  // The offline kit's pages: the service worker (app files only, nothing of the tip) from now on.
  const { registerServiceWorker } = await import('../pwa/register.ts')
  void registerServiceWorker()
  return true
}

/**
 * Reads the draft kept on this device into the page (and keeps keeping it); false when none.
 *
 * @example
 * if (await continuarGuardado()) navigate(paths.review)
 */
export async function continuarGuardado(): Promise<boolean> {
  // Listing the databases creates none: a device that never kept a draft is left as it was.
  const bases = await indexedDB.databases().catch(() => [])
  if (!bases.some((base) => base.name === 'comisaria-drafts')) return false
  const draft = await abrir()
  const texto = draft.values().borrador
  if (texto === '') return false
  try {
    const { categoria, respuestas } = JSON.parse(texto) as Borrador
    setCategoria(categoria)
    setRespuestas(respuestas)
  } catch {
    return false
  }
  setEnDispositivo(true)
  return true
}

/**
 * Erases the kept draft once the tip is sent (nothing when none was kept).
 *
 * @example
 * await olvidarGuardado()
 */
export async function olvidarGuardado(): Promise<void> {
  if (enDispositivo()) await guardarEnDispositivo(false)
}
