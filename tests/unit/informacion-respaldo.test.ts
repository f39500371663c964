import { describe, expect, it } from 'vitest'
import { abrirRespaldo, ITERACIONES, sellarRespaldo } from '../../web/funcionarios/informacion/respaldo.ts'
import { infoClave, sellar, suite } from '../../web/informacion/cripto.ts'

const FRASE = 'mi perro se llama Kaiser y ladra a las tres'

describe('an analyst key’s recovery file (decision 0049)', () => {
  it('gives back a pair, non-extractable, that opens what was sealed to the original; a wrong passphrase gets null', async () => {
    const original = (await crypto.subtle.generateKey({ name: 'ECDH', namedCurve: 'P-256' }, true, [
      'deriveBits',
    ])) as CryptoKeyPair
    const publica = await crypto.subtle.exportKey('jwk', original.publicKey)
    const respaldo = await sellarRespaldo(original.privateKey, publica, FRASE)
    expect(respaldo.iteraciones).toBe(ITERACIONES)
    const texto = JSON.stringify(respaldo)
    expect(texto).not.toContain((await crypto.subtle.exportKey('jwk', original.privateKey)).d)

    expect(await abrirRespaldo(texto, 'otra frase cualquiera')).toBeNull()
    expect(await abrirRespaldo('{"v":1}', FRASE)).toBeNull()
    const abierto = await abrirRespaldo(texto, FRASE)
    if (!abierto) throw new Error('not opened')
    expect(abierto.par.privateKey.extractable).toBe(false)
    expect(abierto.publica).toEqual(publica)

    // A desk key wrapped to the original opens with the recovered pair.
    const sellado = await sellar(publica, infoClave('drogas', 1), new Uint8Array([7, 7, 7]))
    const recipient = await suite.createRecipientContext({
      recipientKey: abierto.par,
      enc: Buffer.from(sellado.enc, 'base64url'),
      info: infoClave('drogas', 1),
    })
    expect(new Uint8Array(await recipient.open(Buffer.from(sellado.cifrado, 'base64url')))).toEqual(
      new Uint8Array([7, 7, 7]),
    )
  })
})
