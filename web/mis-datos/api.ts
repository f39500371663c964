/*
 * What every "Mis datos" screen shares: the API's shapes and addresses, and the screens' paths.
 * Kept free of words and components, so any screen (and "Mis trámites") may import it cheaply.
 */

/** A record the portal holds about the citizen, as `GET /api/mis-datos` lists it. */
export interface Registro {
  tipo: 'cuenta' | 'constancia_voto' | 'aviso_legal' | 'permiso' | 'permiso_rechazado' | 'solicitud_datos'
  /** What a correction names as `registroId`. */
  id: string
  code: string | null
  creadoAt: string
  estado: string | null
  campos: { campo: string; valor: unknown; rectificable: boolean }[]
  /** When its clock runs out; `null`: kept while the account is used. */
  conservarHasta: string | null
  supresion:
    | { posible: true; motivo: null; hasta: null }
    | { posible: false; motivo: MotivoConservacion; hasta: string | null }
}

/** Why a record must be kept when its owner asks for it to be erased. */
export type MotivoConservacion =
  | 'constancia_decidida'
  | 'permiso_en_plazo'
  | 'rechazo_en_plazo'
  | 'cuenta_con_registros'
  | 'solicitud_en_curso'

/** Why an officer read the citizen's data. */
export type Finalidad =
  | 'validacion_constancia'
  | 'control_permiso'
  | 'fiscalizacion'
  | 'requerimiento_fiscalia'
  | 'requerimiento_tribunal'
  | 'reclamo_ciudadano'
  | 'investigacion_reservada'
  | 'atencion_derechos'

/** One staff read of the citizen's data ("Quién vio mis datos"). */
export interface Acceso {
  at: string
  funcionario: string
  unidad: string | null
  registro: { tipo: 'constancia_voto' | 'permiso' | 'persona' | 'solicitud_datos'; code: string | null }
  finalidad: Finalidad
}

/** A record erased or kept by a request to erase. */
export interface Suprimido {
  tipo: Registro['tipo']
  code: string | null
}
export interface Conservado extends Suprimido {
  motivo: MotivoConservacion
  hasta: string | null
}

/** A request about one's data (a correction, an erasure) and its answer. */
export interface Solicitud {
  code: string
  tipo: 'rectificacion' | 'supresion'
  estado: 'pendiente' | 'acogida' | 'rechazada' | 'resuelta'
  createdAt: string
  venceAt: string
  campo: string | null
  respuesta: { texto: string } | { suprimidos: Suprimido[]; conservados: Conservado[] } | null
}

/** `GET /api/mis-datos`: everything the portal holds about the signed-in citizen. */
export interface MisDatos {
  generadoAt: string
  cuenta: {
    id: string
    nombres: string
    apellidos: string
    run: string | null
    runVerificadoCon: 'claveunica' | 'self' | null
    email: string | null
    telefono: string | null
    creadaAt: string
    ultimoIngresoAt: string | null
  }
  registros: Registro[]
  accesos: Acceso[]
  solicitudes: Solicitud[]
}

/** `POST /api/mis-datos/rectificacion`'s answer. */
export interface RectificacionCreada {
  code: string
  estado: 'pendiente'
  venceAt: string
}

/** `POST /api/mis-datos/supresion`'s answer. */
export interface SupresionHecha {
  code: string
  suprimidos: Suprimido[]
  conservados: Conservado[]
  cuentaEliminada?: boolean
}

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
