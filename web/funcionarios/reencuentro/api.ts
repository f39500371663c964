import type { Capacidad } from '../../../worker/identity/capacidades.ts'
import { colaApi } from '../casos/api.ts'

/**
 * The team's capability (worker/identity/capacidades.ts on branch re-core adds it; typed here so
 * this branch compiles alone — TO WIRE AT MERGE: the cast becomes needless).
 */
export const BUSCAR = 'reencuentro.buscar' as Capacidad

export const COLA_PATH = '/funcionarios/reencuentro'
/** A request's page for the team: `/funcionarios/reencuentro/<número>`. */
export const casoPath = (numero: string) => `${COLA_PATH}/${encodeURIComponent(numero)}`
export const COLA_API = colaApi('reencuentro')

/** A registry look-up for a request (branch re-registros). */
export const consultasApi = (numero: string) =>
  `/api/funcionarios/reencuentro/${encodeURIComponent(numero)}/consultas`

export const CIFRAS_PATH = '/funcionarios/reencuentro/cifras'
export const CIFRAS_API = '/api/supervisor/reencuentro/cifras'

/** The outcomes, staff-side (worker/reencuentro/tipos.ts). */
export const RESULTADOS = [
  'compartir_contacto',
  'solo_mensaje',
  'sin_consentimiento',
  'no_encontrado',
  'fallecido',
] as const

/** One region's (or the country's) figures, `GET /api/supervisor/reencuentro/cifras` (the contract's shape). */
export interface CifrasFila {
  region?: string
  regionNombre?: string
  recibidas: number
  enCurso: number
  concluidas: number
  porResultado: Record<(typeof RESULTADOS)[number], number>
}
export interface CifrasReencuentro {
  porRegion: CifrasFila[]
  total: CifrasFila
  edadMedianaDias: number | null
  edadP90Dias: number | null
}

/** What a registry look-up answers (worker/reencuentro/consultas.ts on re-registros). */
export interface ConsultaResultado {
  registro: 'civil' | 'domicilio'
  run: string
  encontrado: boolean
  civil?: {
    nombres: string
    apellidos: string
    fechaNacimiento: string
    fallecido: boolean
    fechaDefuncion: string | null
  }
  domicilio?: {
    direccion: string
    comuna: string
    comunaCut: string
    region: string
    fuente: string
    actualizadoEl: string
  }
}
