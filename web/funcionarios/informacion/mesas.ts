import { callApi } from '../../forms/api.ts'
import { INFORMACION_API, MESAS_API, type MesaPublica, type Pendiente } from './api.ts'
import { claveDeMesa, parPropio, SinClaveDeMesa } from './llavero.ts'

/** Where the signed-in analyst stands with a desk's key, as its screen says it. */
export type EstadoMesa =
  | { tipo: 'tiene'; version: number }
  | { tipo: 'sinClave' }
  | { tipo: 'espera'; version: number }
  | { tipo: 'sinLlavero' }
  | { tipo: 'otroEquipo' }
  | { tipo: 'sinConexion' }

/** A desk the analyst is on: its public listing, who waits for its key, and where they stand. */
export interface MiMesa {
  mesa: MesaPublica
  pendientes: Pendiente[]
  estado: EstadoMesa
}

/**
 * The analyst's standing on one desk: whether this device holds their key, the desk a key, and
 * their copy opens here (which unwraps the current version into the page's memory).
 *
 * @example
 * await estadoDeMesa(user.id, mesa) // { tipo: 'tiene', version: 1 }
 */
export async function estadoDeMesa(userId: string, mesa: MesaPublica): Promise<EstadoMesa> {
  if (!(await parPropio(userId))) return { tipo: 'sinLlavero' }
  if (mesa.claveVersion === null) return { tipo: 'sinClave' }
  try {
    return { tipo: 'tiene', version: (await claveDeMesa(userId, mesa.id)).version }
  } catch (error) {
    if (!(error instanceof SinClaveDeMesa)) throw error
    if (error.motivo === 'sin_copia') return { tipo: 'espera', version: mesa.claveVersion }
    if (error.motivo === 'sin_conexion') return { tipo: 'sinConexion' }
    return error.motivo === 'otro_equipo' ? { tipo: 'otroEquipo' } : { tipo: 'sinLlavero' }
  }
}

/**
 * The desks the signed-in analyst is on (`GET …/mis-mesas`), each with its pending colleagues and
 * their standing; `undefined` when the server cannot be reached.
 *
 * @example
 * const mias = await misMesas(user.id)
 */
export async function misMesas(userId: string): Promise<MiMesa[] | undefined> {
  const [todas, suyas] = await Promise.all([
    callApi<MesaPublica[]>('GET', MESAS_API),
    callApi<{ id: string }[]>('GET', `${INFORMACION_API}/mis-mesas`),
  ])
  if (!todas.ok || !suyas.ok) return undefined
  const mias = await Promise.all(
    todas.body
      .filter((mesa) => suyas.body.some((s) => s.id === mesa.id))
      .map(async (mesa) => {
        const pendientes = await callApi<Pendiente[]>('GET', `${INFORMACION_API}/mesas/${mesa.id}/pendientes`)
        if (!pendientes.ok) return []
        return [{ mesa, pendientes: pendientes.body, estado: await estadoDeMesa(userId, mesa) }]
      }),
  )
  return mias.flat()
}
