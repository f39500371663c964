/*
 * The guide «¿No podrá votar?» as a tree (decision 0079): its questions, where each answer leads,
 * and its pages' addresses. Read by the service's routes (rutas.tsx: which paths are the guide's),
 * its list of pages (paginas.ts) and the guide's screen; words are the guide's i18n.
 */

/** Where the guide starts: under the election constancia, so the service worker keeps it with it. */
export const GUIA = '/constancias/votacion/no-podre-votar'

export type PreguntaId = 'domicilio' | 'donde' | 'motivo'
export type RespuestaId =
  | 'voluntario'
  | 'fuera-del-pais'
  | 'enfermedad'
  | 'mas-de-200-km'
  | 'otro-impedimento'
export type Paso = PreguntaId | RespuestaId

/** Each question's options, in order, and the page each leads to. */
export const PREGUNTAS: Record<PreguntaId, readonly { valor: string; lleva: Paso }[]> = {
  domicilio: [
    { valor: 'chile', lleva: 'donde' },
    { valor: 'extranjero', lleva: 'voluntario' },
  ],
  donde: [
    { valor: 'extranjero', lleva: 'fuera-del-pais' },
    { valor: 'lejos', lleva: 'mas-de-200-km' },
    { valor: 'cerca', lleva: 'motivo' },
  ],
  motivo: [
    { valor: 'enfermedad', lleva: 'enfermedad' },
    { valor: 'otro', lleva: 'otro-impedimento' },
  ],
}

export const RESPUESTAS: readonly RespuestaId[] = [
  'voluntario',
  'fuera-del-pais',
  'enfermedad',
  'mas-de-200-km',
  'otro-impedimento',
]

export const esPregunta = (paso: string): paso is PreguntaId => paso in PREGUNTAS

/** A page's address: the first question is the guide's own. */
export const rutaDe = (paso: Paso) => (paso === 'domicilio' ? GUIA : `${GUIA}/${paso}`)

/** The question that leads to `paso` (the page's «Volver»); none for the first. */
export function anterior(paso: Paso): PreguntaId | undefined {
  return (Object.keys(PREGUNTAS) as PreguntaId[]).find((id) =>
    PREGUNTAS[id].some((opcion) => opcion.lleva === paso),
  )
}

/** Every page below the first, by its last segment (`donde`, `mas-de-200-km`…). */
export const PASOS: readonly Paso[] = [
  ...(Object.keys(PREGUNTAS) as PreguntaId[]).filter((id) => id !== 'domicilio'),
  ...RESPUESTAS,
]
