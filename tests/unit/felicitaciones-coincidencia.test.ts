import { describe, expect, it } from 'vitest'
import { coincidente, palabras } from '../../worker/felicitaciones/coincidencia.ts'

const UNIDAD = [
  { id: 'soto', givenNames: 'Juana', familyNames: 'Soto Pérez' },
  { id: 'munoz', givenNames: 'Pedro', familyNames: 'Muñoz Lagos' },
  { id: 'munoz2', givenNames: 'Luis', familyNames: 'Muñoz Vera' },
]

describe('the officer a typed name fits', () => {
  it('compares words without accents, case or punctuation', () => {
    expect(palabras('Sgto.  José MUÑOZ-Lagos')).toEqual(['sgto', 'jose', 'munoz', 'lagos'])
  })

  it('is the one officer whose names hold every word typed, a family name among them', () => {
    expect(coincidente('Soto', UNIDAD)).toBe('soto')
    expect(coincidente('juana perez', UNIDAD)).toBe('soto')
    expect(coincidente('Pedro Munoz', UNIDAD)).toBe('munoz')
    expect(coincidente('Cabo Muñoz Lagos', UNIDAD)).toBe('munoz')
    expect(coincidente('Muñoz', UNIDAD, 'Subteniente')).toBeNull()
  })

  it('is nobody when the name fits several, none, or is a first name or a rank alone', () => {
    expect(coincidente('Muñoz', UNIDAD)).toBeNull()
    expect(coincidente('Juana', UNIDAD)).toBeNull()
    expect(coincidente('Sargento', UNIDAD)).toBeNull()
    expect(coincidente('Soto Rivas', UNIDAD)).toBeNull()
    expect(coincidente('Soto', [])).toBeNull()
  })
})
