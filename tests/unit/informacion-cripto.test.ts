import { describe, expect, it } from 'vitest'
import * as c from '../../web/informacion/cripto.ts'

describe('información anónima: the receipt key and HPKE (web/informacion/cripto.ts)', () => {
  it('reads back a receipt key copied by hand, and catches a typo by its check', async () => {
    const clave = c.nuevoRecibo()
    const escrito = await c.formatoRecibo(clave)
    expect(escrito).toMatch(/^([0-9A-HJKMNP-TV-Z]{4}-){6}[0-9A-HJKMNP-TV-Z]{4}$/)
    const aMano = escrito.toLowerCase().replaceAll('-', ' ').replaceAll('0', 'o').replaceAll('1', 'l')
    expect(await c.leerRecibo(aMano)).toEqual(clave)
    expect(await c.leerRecibo(escrito.slice(0, -1))).toBeNull()
    // A fixed key, so that the one character changed is one its 12-bit check catches every run.
    const fija = await c.formatoRecibo(new Uint8Array(16).fill(7))
    expect(await c.leerRecibo(fija)).toEqual(new Uint8Array(16).fill(7))
    expect(await c.leerRecibo(`${fija.slice(0, 3)}${fija[3] === 'A' ? 'B' : 'A'}${fija.slice(4)}`)).toBeNull()
  })

  it('derives the same id, hash and reply key on any device; a reply sealed to it opens there only', async () => {
    const clave = c.nuevoRecibo()
    const aqui = await c.derivarRecibo(clave)
    const otroDispositivo = await c.derivarRecibo(new Uint8Array(clave))
    expect(otroDispositivo.reciboHash).toBe(aqui.reciboHash)
    expect(otroDispositivo.respuestaClave).toBe(aqui.respuestaClave)
    expect(aqui.reciboHash).toMatch(/^[0-9a-f]{64}$/)
    const pregunta = await c.sellarJson(aqui.respuestaClave, c.INFO_RESPUESTA, { texto: '¿Qué color?' })
    expect(await c.abrirJson(otroDispositivo.respuesta.privateKey, c.INFO_RESPUESTA, pregunta)).toEqual({
      texto: '¿Qué color?',
    })
    const otro = await c.derivarRecibo(c.nuevoRecibo())
    await expect(c.abrirJson(otro.respuesta.privateKey, c.INFO_RESPUESTA, pregunta)).rejects.toThrow()
  })

  it('a tip sealed to a desk’s JWK opens with its key and that desk and version only', async () => {
    const mesa = await c.suite.kem.generateKeyPair()
    const publica = await crypto.subtle.exportKey('jwk', mesa.publicKey)
    const tip = await c.sellarJson(publica, c.infoMesa('drogas', 1), { que: 'MARCADOR' })
    expect(await c.abrirJson(mesa.privateKey, c.infoMesa('drogas', 1), tip)).toEqual({ que: 'MARCADOR' })
    await expect(c.abrir(mesa.privateKey, c.infoMesa('drogas', 2), tip)).rejects.toThrow()
    await expect(c.abrir(mesa.privateKey, c.infoMesa('vehiculos', 1), tip)).rejects.toThrow()
  })
})
