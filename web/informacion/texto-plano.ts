/*
 * The tip's plaintext as it is sealed (docs/notes' contract, decision 0045): `{ v: 1, categoria,
 * respuestas, archivos, idioma }`. Each answer under its question's id — a place's parts under
 * `comuna` (the CUT), `lugar` and `punto` — empty answers left out, plates in their canonical form.
 */
import { parsePatente } from '../../core/identificadores.ts'
import type { ArchivoDelTip } from './archivos-anonimos.ts'
import type { Borrador } from './borrador.ts'
import { type Categoria, PREGUNTAS } from './preguntas.ts'

export interface TipPlano {
  v: 1
  categoria: Categoria
  respuestas: Record<string, string | Record<string, string>[]>
  archivos: ArchivoDelTip[]
  idioma: string
}

const limpio = (item: Record<string, string>) =>
  Object.fromEntries(
    Object.entries(item)
      .map(([k, v]): [string, string] => [
        k,
        k === 'patente' ? (parsePatente(v)?.patente ?? v.trim()) : v.trim(),
      ])
      .filter(([, v]) => v !== ''),
  )

/**
 * The plaintext of a draft whose category is chosen.
 *
 * @example
 * textoPlano(borradorActual(), 'drogas', 'es', []).respuestas.que // 'Venden en el pasaje…'
 */
export function textoPlano(
  b: Borrador,
  categoria: Categoria,
  idioma: string,
  archivos: ArchivoDelTip[],
): TipPlano {
  const r = b.respuestas
  const respuestas: TipPlano['respuestas'] = {}
  const poner = (id: string, valor: string) => {
    if (valor.trim() !== '') respuestas[id] = valor.trim()
  }
  for (const pregunta of PREGUNTAS[categoria]) {
    if (pregunta.id === 'donde') {
      poner('comuna', r.donde.comuna)
      poner('lugar', r.donde.lugar)
      poner('punto', r.donde.punto)
    } else if (pregunta.id === 'quienes' || pregunta.id === 'vehiculos') {
      const items = r[pregunta.id].map(limpio).filter((item) => Object.keys(item).length > 0)
      if (items.length > 0) respuestas[pregunta.id] = items
    } else poner(pregunta.id, r[pregunta.id])
  }
  return { v: 1, categoria, respuestas, archivos, idioma }
}
