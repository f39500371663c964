import { describe, expect, it } from 'vitest'
import { derivarRecibo, nuevoRecibo } from '../../web/informacion/cripto.ts'
import { estadoParaInformante, reciboHashDe } from '../../worker/informacion/regreso.ts'

describe('the way back (decision 0047)', () => {
  it('hashes a receipt id as the tipster’s device does', async () => {
    const recibo = await derivarRecibo(nuevoRecibo())
    expect(reciboHashDe(recibo.reciboId)).toBe(recibo.reciboHash)
  })

  it('tells the tipster a coarse state only', () => {
    expect(estadoParaInformante('nueva', 0)).toBe('recibida')
    expect(estadoParaInformante('nueva', 2)).toBe('en_curso')
    expect(estadoParaInformante('en_analisis', 1)).toBe('en_curso')
    expect(estadoParaInformante('descartada', 1)).toBe('cerrada')
  })
})
