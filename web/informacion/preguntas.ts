/*
 * The tip's questions per category, as data (issue 17, point 1): the pages, the check-your-answers
 * page and the sealed plaintext all read them from here. A question's words are the screens'
 * (`inf.q.<id>`), a category may give its own hint (`inf.<categoria>.<id>.hint`).
 */

/** The three categories, each handled by a desk of the same id (worker/informacion/schema.ts MESAS). */
export const CATEGORIAS = ['drogas', 'vehiculos', 'crimen_organizado'] as const
export type Categoria = (typeof CATEGORIAS)[number]

/** How a question is answered: free text, where (comuna, place, optional point), people, vehicles. */
export type TipoPregunta = 'texto' | 'lugar' | 'personas' | 'vehiculos'

export interface Pregunta {
  /** Its answer's key in `respuestas`, and its page's field id. */
  id: 'que' | 'donde' | 'cuando' | 'quienes' | 'vehiculos' | 'mas'
  tipo: TipoPregunta
  /** A required question must be answered before Continue (a group: at least one item). */
  obligatoria: boolean
}

const que: Pregunta = { id: 'que', tipo: 'texto', obligatoria: true }
const donde: Pregunta = { id: 'donde', tipo: 'lugar', obligatoria: true }
const cuando: Pregunta = { id: 'cuando', tipo: 'texto', obligatoria: false }
const quienes: Pregunta = { id: 'quienes', tipo: 'personas', obligatoria: false }
const mas: Pregunta = { id: 'mas', tipo: 'texto', obligatoria: false }

/**
 * Each category's questions, one page each, in order. A vehicle tip needs a vehicle; the others
 * ask about vehicles too, optionally (a car used to deliver drugs is worth a plate).
 *
 * @example
 * PREGUNTAS.drogas.map((p) => p.id) // ['que', 'donde', 'cuando', 'quienes', 'vehiculos', 'mas']
 */
export const PREGUNTAS: Record<Categoria, readonly Pregunta[]> = {
  drogas: [que, donde, cuando, quienes, { id: 'vehiculos', tipo: 'vehiculos', obligatoria: false }, mas],
  vehiculos: [que, { id: 'vehiculos', tipo: 'vehiculos', obligatoria: true }, donde, cuando, quienes, mas],
  crimen_organizado: [
    que,
    donde,
    cuando,
    quienes,
    { id: 'vehiculos', tipo: 'vehiculos', obligatoria: false },
    mas,
  ],
}

/** The fields of a place, of a person and of a vehicle, in the order their pages ask them. */
export const CAMPOS = {
  lugar: ['comuna', 'lugar', 'punto'],
  personas: ['descripcion', 'alias'],
  vehiculos: ['patente', 'marca', 'color'],
} as const

/** At most this many people or vehicles in one tip. */
export const MAX_ITEMS = 10
/** A free-text answer's limit in characters (the sealed tip must fit the API's 60,000). */
export const MAX_TEXTO = 4000
/** A short field's limit (a place, an alias, a make). */
export const MAX_CORTO = 200

/**
 * Whether a string names a category.
 *
 * @example
 * esCategoria('drogas') // true
 */
export function esCategoria(value: string | undefined): value is Categoria {
  return CATEGORIAS.some((c) => c === value)
}

/**
 * A free-text question's answer key (the three of `texto` type).
 *
 * @example
 * idTexto('cuando') // 'cuando'
 */
export function idTexto(id: Pregunta['id']): 'que' | 'cuando' | 'mas' {
  return id === 'cuando' ? 'cuando' : id === 'mas' ? 'mas' : 'que'
}
