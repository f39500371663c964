import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import type { ArchivoElegido } from '../../web/archivos/almacen.ts'
import { listaDe, valorDe } from '../../web/archivos/borrador.ts'

describe('the files a draft lists (web/archivos/borrador.ts)', () => {
  it('carries only the files whole on the server, without their device key, and reads them back as whole', () => {
    const lista: ArchivoElegido[] = [
      { local: 'a', nombre: 'foto.jpg', bytes: 1200, id: 'ID1', done: true },
      { local: 'b', nombre: 'a medias.mp4', bytes: 9000, id: 'ID2' },
      { local: 'c', nombre: 'sin empezar.pdf', bytes: 300 },
    ]
    const valor = valorDe(lista)
    expect(JSON.parse(valor)).toEqual([{ id: 'ID1', nombre: 'foto.jpg', bytes: 1200 }])
    const [leido, ...resto] = listaDe(valor)
    expect(resto).toEqual([])
    expect(leido).toMatchObject({ id: 'ID1', nombre: 'foto.jpg', bytes: 1200, done: true })
    expect(leido?.local).not.toBe('a')
  })

  it('reads nothing from an answer never written, not JSON, not a list, or with entries of another shape', () => {
    for (const valor of [
      '',
      'x',
      '{}',
      'null',
      '[null, 3, {"id": 1, "nombre": "a", "bytes": 2}, {"id": "A"}]',
    ])
      expect(listaDe(valor)).toEqual([])
  })

  it('never throws, whatever the answer holds (a draft is text anyone may have altered)', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.json()), (valor) => {
        for (const file of listaDe(valor)) expect(file.done).toBe(true)
      }),
    )
  })
})
