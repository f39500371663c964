import { describe, expect, it } from 'vitest'
import { type Borrador, borradorVacio, type Respuestas } from '../../web/informacion/borrador.ts'
import { PREGUNTAS, type Pregunta } from '../../web/informacion/preguntas.ts'
import { idiomaDeLaDireccion, sinRastro } from '../../web/informacion/sin-rastro.ts'
import { textoPlano } from '../../web/informacion/texto-plano.ts'
import { leerPunto, problemas } from '../../web/informacion/validar.ts'

const vacias = (): Respuestas => borradorVacio().respuestas
const pregunta = (categoria: keyof typeof PREGUNTAS, id: Pregunta['id']): Pregunta => {
  const found = PREGUNTAS[categoria].find((p) => p.id === id)
  if (!found) throw new Error(id)
  return found
}

describe('información anónima: the questions, their checks and the sealed plaintext', () => {
  it('asks every category what, where, when, who, vehicles and more; a vehicle tip needs a vehicle', () => {
    for (const preguntas of Object.values(PREGUNTAS))
      expect(preguntas.map((p) => p.id).sort()).toEqual([
        'cuando',
        'donde',
        'mas',
        'que',
        'quienes',
        'vehiculos',
      ])
    const r = vacias()
    expect(problemas(pregunta('vehiculos', 'vehiculos'), r)).toEqual([
      { field: 'vehiculos', clave: 'ninguno' },
    ])
    expect(problemas(pregunta('drogas', 'vehiculos'), r)).toEqual([])
    expect(problemas(pregunta('drogas', 'que'), r)).toEqual([{ field: 'que', clave: 'requerido' }])
    expect(problemas(pregunta('drogas', 'donde'), r)).toEqual([{ field: 'donde.comuna', clave: 'requerido' }])
  })

  it('takes plates in both Chilean formats, refuses others naming the item, and an empty item', () => {
    const r = vacias()
    r.vehiculos = [
      { patente: 'bb·bb·12' },
      { patente: 'AB 12 34' },
      { patente: 'ABCD12', color: 'gris' },
      { marca: ' ' },
    ]
    expect(problemas(pregunta('vehiculos', 'vehiculos'), r)).toEqual([
      { field: 'vehiculos.2.patente', clave: 'patente' },
      { field: 'vehiculos.3.patente', clave: 'vacio' },
    ])
  })

  it('reads a point within Chile as latitude and longitude, and nothing else', () => {
    expect(leerPunto('-33.4372, -70.6506')).toEqual({ lat: -33.4372, lon: -70.6506 })
    expect(leerPunto('-27.1127;-109.3497')).toEqual({ lat: -27.1127, lon: -109.3497 })
    expect(leerPunto('48.85, 2.35')).toBeNull()
    expect(leerPunto('Santiago')).toBeNull()
    const r = vacias()
    r.donde = { comuna: '13101', lugar: '', punto: 'cerca' }
    expect(problemas(pregunta('drogas', 'donde'), r)).toEqual([{ field: 'donde.punto', clave: 'punto' }])
  })

  it('seals each answer under its question, a place by its parts, empties left out, plates canonical', () => {
    const b: Borrador = { categoria: 'drogas', respuestas: vacias() }
    b.respuestas.que = ' Venden en el pasaje '
    b.respuestas.donde = { comuna: '13101', lugar: 'Pasaje 3', punto: '' }
    b.respuestas.quienes = [
      { descripcion: 'Alto', alias: '' },
      { descripcion: '', alias: '' },
    ]
    b.respuestas.vehiculos = [{ patente: 'bb-bb-12', color: 'Rojo' }]
    expect(textoPlano(b, 'drogas', 'ht', [])).toEqual({
      v: 1,
      categoria: 'drogas',
      idioma: 'ht',
      archivos: [],
      respuestas: {
        que: 'Venden en el pasaje',
        comuna: '13101',
        lugar: 'Pasaje 3',
        quienes: [{ descripcion: 'Alto' }],
        vehiculos: [{ patente: 'BBBB12', color: 'Rojo' }],
      },
    })
  })

  it('knows its pages, and their language from the address alone', () => {
    expect(sinRastro('/informacion')).toBe(true)
    expect(sinRastro('/informacion/drogas/2')).toBe(true)
    expect(sinRastro('/denuncias')).toBe(false)
    expect(idiomaDeLaDireccion('?lang=en')).toBe('en')
    expect(idiomaDeLaDireccion('')).toBeNull()
  })
})
