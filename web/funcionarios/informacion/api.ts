import type { analistasDeMesa, mesasPublicas, pendientes } from '../../../worker/informacion/claves.ts'
import type { Sellado } from '../../informacion/cripto.ts'

/** The analysts' key routes (worker/informacion/mesas-route.ts, decision 0044). */
export const INFORMACION_API = '/api/funcionarios/informacion'
/** The desks and their current public keys, as a tipster's browser reads them. */
export const MESAS_API = '/api/informacion/mesas'

export const MI_CLAVE_PATH = '/funcionarios/informacion/mi-clave'
/** The administrators' page of the desks (MesasAdmin.tsx). */
export const MESAS_ADMIN_PATH = '/funcionarios/informacion/mesas'
/** A desk's keys screen: `${MESA_PATH}drogas`. */
export const MESA_PATH = '/funcionarios/informacion/mesas/'

/** A colleague of the desk waiting for a wrapped copy of some versions, `GET …/mesas/:mesa/pendientes`. */
export type Pendiente = Awaited<ReturnType<typeof pendientes>>[number] & { publica: JsonWebKey }

/** An analyst of the desk with a key, named, with the versions they hold, `GET …/mesas/:mesa/analistas`. */
export type AnalistaDeMesa = Awaited<ReturnType<typeof analistasDeMesa>>[number] & { publica: JsonWebKey }

/** The caller's wrapped copy of a desk key, `GET …/mesas/:mesa/clave`. */
export type EnvueltaRespuesta = Sellado & { mesa: string; version: number }

/** A desk as `GET /api/informacion/mesas` lists it, its public key as the browser imports it. */
export type MesaPublica = Omit<Awaited<ReturnType<typeof mesasPublicas>>[number], 'publica'> & {
  publica: JsonWebKey | null
}
