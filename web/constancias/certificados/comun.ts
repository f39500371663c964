import type { TipoCertificado } from '../../../core/certificados/tipos.ts'
import type { certificadosRoute } from '../../../worker/certificados/route.ts'
import type { RouteBody } from '../../forms/api.ts'

/*
 * What every screen of the nine constancias shares (the list, a type's page, the form, the issued
 * constancia, Mis trámites): the types in the list's order, their paths, the API and its shapes.
 * No definition of a type here: those (core/certificados/tipos.ts) load with the form, so that a
 * first visit to the list or to a type's page stays small.
 */

export type { TipoCertificado }

/**
 * The nine types in the order the list offers them: core/certificados/tipos.ts's
 * `TIPOS_CERTIFICADO`, written again so that the list does not load the definitions (a unit test
 * holds the two equal).
 */
export const TIPOS_ORDEN: readonly TipoCertificado[] = [
  'regimen_visitas',
  'extravio_documentos',
  'extravio_celular',
  'placa_patente',
  'pension_alimentos',
  'abandono_hogar',
  'fines_laborales',
  'bomberos_lesionados',
  'permanencia_definitiva',
]

/**
 * An id as it reads in an address: hyphens, not underscores.
 *
 * @example
 * slug('regimen_visitas') // 'regimen-visitas'
 */
export const slug = (id: string) => id.replaceAll('_', '-')

/**
 * The type an address names, if any.
 *
 * @example
 * tipoDeSlug('extravio-celular') // 'extravio_celular'
 * tipoDeSlug('votacion') // undefined
 */
export function tipoDeSlug(text: string): TipoCertificado | undefined {
  return TIPOS_ORDEN.find((tipo) => slug(tipo) === text)
}

/** Where the constancias' screens live. */
export const rutas = {
  tipo: (tipo: string) => `/constancias/${slug(tipo)}`,
  /** The form's way in: its first question (the form knows which). */
  formulario: (tipo: string) => `/constancias/${slug(tipo)}/formulario`,
  /** A question's page (`campo` by its id) or `revisar`, check your answers. */
  paso: (tipo: string, paso: string) => `/constancias/${slug(tipo)}/${slug(paso)}`,
  otraIgual: (tipo: string, codigo: string) => `/constancias/${slug(tipo)}/otra/${codigo}`,
  emitida: (codigo: string) => `/constancias/emitida/${codigo}`,
  /** Just issued: the number large; `correo` when it was e-mailed too. */
  recienEmitida: (codigo: string, correo: boolean) =>
    `/constancias/emitida/${codigo}?emitida=1${correo ? '&correo=1' : ''}`,
  envio: (id: string) => `/constancias/envio/${id}`,
} as const

/** The API of the citizen's constancias (worker/certificados). */
export const API = {
  certificados: '/api/certificados',
  certificado: (codigo: string) => `/api/certificados/${encodeURIComponent(codigo)}`,
  pdf: (codigo: string) => `/api/certificados/${encodeURIComponent(codigo)}/pdf`,
} as const

/** An answer as the API takes it and gives it back: text, or a repeated group's items. */
export type Respuesta = string | Record<string, string>[]

/** `GET /api/certificados/:codigo`: one of the citizen's own, with the answers as they were sent. */
export type CertificadoView = RouteBody<typeof certificadosRoute, '/:codigo'>

/** `POST /api/certificados`'s answer: the constancia just issued. */
export type CertificadoEmitido = Pick<CertificadoView, 'codigo' | 'tipo' | 'emitidoAt'>

/** An entry of `GET /api/certificados`, the citizen's own, newest first. */
export type CertificadoResumen = RouteBody<typeof certificadosRoute, '/'>[number]

/** Whether an answer of the API is a constancia just issued. */
export function esEmitido(body: unknown): body is CertificadoEmitido {
  return (
    typeof body === 'object' &&
    body !== null &&
    'codigo' in body &&
    typeof body.codigo === 'string' &&
    'tipo' in body
  )
}
