/*
 * What every "Mis datos" screen shares: the API's shapes (the server's own types, worker/privacy)
 * and addresses, and the screens' paths. Free of words and components.
 */

import type { Acceso } from '../../worker/privacy/accesos.ts'
import type { Finalidad } from '../../worker/privacy/finalidades.ts'
import type {
  MisDatos,
  MotivoConservacion,
  RegistroPersonal,
  Solicitud,
  TipoRegistro,
} from '../../worker/privacy/mis-datos.ts'
import type { planRectificacion, planSupresion } from '../../worker/privacy/solicitudes.ts'

export type { Acceso, Finalidad, MisDatos, MotivoConservacion, Solicitud, TipoRegistro }

/** A record the portal holds about the citizen, as `GET /api/mis-datos` lists it. */
export type Registro = RegistroPersonal

/** `POST /api/mis-datos/rectificacion`'s answer. */
export type RectificacionCreada = Awaited<ReturnType<typeof planRectificacion>>['result']

/** `POST /api/mis-datos/supresion`'s answer. */
export type SupresionHecha = Awaited<ReturnType<typeof planSupresion>>['result']

/** The API of "Mis datos" (worker/privacy). */
export const API = {
  misDatos: '/api/mis-datos',
  descarga: (formato: 'json' | 'pdf') => `/api/mis-datos/descarga?formato=${formato}`,
  rectificacion: '/api/mis-datos/rectificacion',
  supresion: '/api/mis-datos/supresion',
} as const

/** Where the "Mis datos" screens live (web/mis-datos/rutas.tsx picks them). */
export const paths = {
  inicio: '/mis-datos',
  correccion: '/mis-datos/correccion',
  valor: '/mis-datos/correccion/valor',
  explicacion: '/mis-datos/correccion/explicacion',
  revisar: '/mis-datos/correccion/revisar',
  enviada: (id: string) => `/mis-datos/correccion/enviada?envio=${encodeURIComponent(id)}`,
  supresion: '/mis-datos/supresion',
  supresionHecha: '/mis-datos/supresion/resultado',
  cuentaEliminada: (code: string) => `/mis-datos/cuenta-eliminada?solicitud=${encodeURIComponent(code)}`,
} as const

/** The outbox's service id (web/services.ts) and the draft's: `/envios` restores a refused one. */
export const SERVICE_ID = 'mis-datos'
