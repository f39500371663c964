/*
 * The desks a tip goes to, as GET /api/informacion/mesas gives them: each one's unit, current key
 * version and public key (decision 0044). Asked once per visit, without credentials.
 */
import { createResource, createRoot, type Resource } from 'solid-js'
import { API } from './rutas.ts'

/** A desk as the tipster's browser sees it; `publica` null: no key yet, it takes no tips. */
export interface MesaPublica {
  id: string
  unidad: string
  claveVersion: number | null
  publica: JsonWebKey | null
}

/** A desk that can take a tip now: its key and version. */
export type MesaConClave = MesaPublica & { claveVersion: number; publica: JsonWebKey }

/**
 * Whether a desk has a key to encrypt to.
 *
 * @example
 * tieneClave({ id: 'drogas', unidad: 'OS-7', claveVersion: null, publica: null }) // false
 */
export function tieneClave(mesa: MesaPublica | undefined): mesa is MesaConClave {
  return mesa?.publica != null && mesa.claveVersion != null
}

/**
 * The desks, fetched again (the send uses the newest key: a rotation since the page opened would
 * otherwise be refused as `claveVersion`). Throws when there is no answer.
 *
 * @example
 * const mesas = await pedirMesas()
 */
export async function pedirMesas(): Promise<MesaPublica[]> {
  const respuesta = await fetch(API.mesas, { credentials: 'omit', cache: 'no-store' })
  if (!respuesta.ok) throw new Error(`mesas: HTTP ${respuesta.status}`)
  return (await respuesta.json()) as MesaPublica[]
}

let mesas: Resource<MesaPublica[]> | undefined

/**
 * The desks for the pages (one request per visit), reactive; `mesas().error` when there was none.
 *
 * @example
 * const lista = mesasDeLaVisita(); lista()?.find((m) => m.id === 'drogas')
 */
export function mesasDeLaVisita(): Resource<MesaPublica[]> {
  mesas ??= createRoot(() => createResource(pedirMesas)[0])
  return mesas
}
