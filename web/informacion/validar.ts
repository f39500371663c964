/*
 * The tip's answers checked on the device, one question at a time, each problem naming its field
 * (`que`, `donde.comuna`, `vehiculos.0.patente`) so the error summary links land on it. The
 * server never sees the answers (they are sealed), so these checks are the only ones.
 */

import { parsePatente } from '../../core/identificadores.ts'
import type { FieldError } from '../../worker/errors.ts'
import type { Respuestas } from './borrador.ts'
import { idTexto, MAX_CORTO, MAX_TEXTO, type Pregunta } from './preguntas.ts'

/** A problem's kind; the screens put it in words (`inf.error.<clave>`). */
export type ClaveError = 'requerido' | 'largo' | 'patente' | 'punto' | 'vacio' | 'ninguno'

export interface Problema {
  field: string
  clave: ClaveError
}

/**
 * A point typed as `latitud, longitud` within Chile's bounds (with its islands), or null.
 *
 * @example
 * leerPunto('-33.4372, -70.6506') // { lat: -33.4372, lon: -70.6506 }
 */
export function leerPunto(texto: string): { lat: number; lon: number } | null {
  const m = /^\s*(-?\d{1,2}(?:\.\d+)?)\s*[,;]\s*(-?\d{1,3}(?:\.\d+)?)\s*$/.exec(texto)
  if (!m) return null
  const lat = Number(m[1])
  const lon = Number(m[2])
  return lat >= -90 && lat <= -17 && lon >= -110 && lon <= -66 ? { lat, lon } : null
}

function texto(field: string, valor: string, max: number, requerido: boolean): Problema[] {
  if (requerido && valor.trim() === '') return [{ field, clave: 'requerido' }]
  return valor.length > max ? [{ field, clave: 'largo' }] : []
}

/**
 * The problems of one question's answer; none when it can go on.
 *
 * @example
 * problemas({ id: 'vehiculos', tipo: 'vehiculos', obligatoria: true }, respuestas)
 * // [{ field: 'vehiculos.0.patente', clave: 'patente' }]
 */
export function problemas(pregunta: Pregunta, r: Respuestas): Problema[] {
  switch (pregunta.tipo) {
    case 'texto': {
      return texto(pregunta.id, r[idTexto(pregunta.id)], MAX_TEXTO, pregunta.obligatoria)
    }
    case 'lugar': {
      const { comuna, lugar, punto } = r.donde
      return [
        ...(pregunta.obligatoria && comuna === ''
          ? [{ field: 'donde.comuna', clave: 'requerido' as const }]
          : []),
        ...texto('donde.lugar', lugar, MAX_CORTO, false),
        ...(punto.trim() !== '' && !leerPunto(punto)
          ? [{ field: 'donde.punto', clave: 'punto' as const }]
          : []),
      ]
    }
    case 'personas':
    case 'vehiculos': {
      const items = pregunta.tipo === 'personas' ? r.quienes : r.vehiculos
      if (pregunta.obligatoria && items.length === 0) return [{ field: pregunta.id, clave: 'ninguno' }]
      return items.flatMap((item, i): Problema[] => {
        const base = `${pregunta.id}.${i}`
        const campos = Object.values(item).filter((v) => v.trim() !== '')
        const primero = pregunta.tipo === 'personas' ? 'descripcion' : 'patente'
        if (campos.length === 0) return [{ field: `${base}.${primero}`, clave: 'vacio' }]
        const largos = Object.entries(item).flatMap(([k, v]) =>
          texto(`${base}.${k}`, v, k === 'descripcion' ? MAX_TEXTO : MAX_CORTO, false),
        )
        const patente = item.patente ?? ''
        const mala = pregunta.tipo === 'vehiculos' && patente.trim() !== '' && !parsePatente(patente)
        return [...(mala ? [{ field: `${base}.patente`, clave: 'patente' as const }] : []), ...largos]
      })
    }
  }
}

/** Problems as the error summary shows them, worded by the screen. */
export const enPalabras = (lista: Problema[], palabra: (p: Problema) => string): FieldError[] =>
  lista.map((p) => ({ field: p.field, message: palabra(p) }))
