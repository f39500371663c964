import { describe, expect, it } from 'vitest'
import { RESERVADO, sinIdentidad } from '../../worker/reclamos/reserva.ts'

const VALENTINA = {
  nombres: 'Valentina Sofía',
  apellidos: 'Pérez Núñez',
  run: '88888888-8',
  email: 'valentina@example.cl',
  telefono: '+56 9 8765 4321',
}

describe('what the unit concerned reads of a complaint', () => {
  it('has the complainant’s names, RUN in every spelling, e-mail and phone taken out, whatever the case', () => {
    const texto =
      'Yo, VALENTINA pérez (RUN 88.888.888-8, o 88888888-8, o 88888888), valentina@example.cl, fono +56 9 8765 4321 o 987654321, fui insultada por el cabo.'
    const limpio = sinIdentidad(texto, VALENTINA)
    for (const dato of [
      'VALENTINA',
      'pérez',
      '88.888.888',
      '88888888',
      'valentina@example.cl',
      '8765',
      '87654321',
    ])
      expect(limpio, dato).not.toContain(dato)
    expect(limpio).toContain('fui insultada por el cabo.')
    expect(limpio).toContain(RESERVADO)
  })

  it('leaves a text without them as it was', () => {
    const texto = 'El cabo de guardia se negó a recibir la denuncia a las 18:30.'
    expect(sinIdentidad(texto, VALENTINA)).toBe(texto)
  })

  it('takes out whole words only, and a compound surname whole, never its particles alone', () => {
    const maria = { ...VALENTINA, nombres: 'María', apellidos: 'Del Río' }
    const texto = 'Yo, María Del Río, estaba delante del cuartel de Maríanela; el cabo me gritó, Río.'
    expect(sinIdentidad(texto, maria)).toBe(
      `Yo, ${RESERVADO} ${RESERVADO}, estaba delante del cuartel de Maríanela; el cabo me gritó, ${RESERVADO}.`,
    )
  })
})
