import { verifySolution } from 'altcha-lib'
import { deriveKey } from 'altcha-lib/algorithms/sha'
import { describe, expect, it } from 'vitest'
import { type Desafio, resolverDesafio } from '../../web/informacion/resolver.ts'
import { importVault } from '../../worker/crypto.ts'
import { emitirDesafio } from '../../worker/informacion/desafio.ts'
import { fixedClock } from '../support/app.ts'

// The server's own challenge (a real vault's sub-keys), solved by the browser's solver on Node's
// WebCrypto, then checked by altcha-lib's verifySolution with the secrets the POST uses.
const vault = await importVault(Buffer.alloc(32, 7).toString('base64url'))
const ports = { vault, clock: fixedClock(new Date('2026-12-05T12:00:00Z')) }
const verificar = async (
  challenge: Awaited<ReturnType<typeof emitirDesafio>>,
  solution: { counter: number; derivedKey: string },
) =>
  (
    await verifySolution({
      challenge,
      solution,
      deriveKey,
      hmacSignatureSecret: await vault.subkey('altcha:firma'),
      hmacKeySignatureSecret: await vault.subkey('altcha:clave'),
    })
  ).verified

/** The challenge as the browser receives it: JSON over the wire. */
const porLaRed = (desafio: object) => JSON.parse(JSON.stringify(desafio)) as Desafio

describe("the browser's proof-of-work solver", () => {
  it("finds the server's counter, and altcha-lib verifies the solution", async () => {
    const desafio = await emitirDesafio(ports, 3_000)
    const resuelto = await resolverDesafio(porLaRed(desafio))
    expect(await verificar(desafio, resuelto.solution)).toBe(true)
    expect(resuelto.parameters).toEqual(desafio.parameters)
    expect(resuelto.signature).toBe(desafio.signature)
  })

  it('gives the very key altcha-lib derives: one byte changed is refused', async () => {
    const desafio = await emitirDesafio(ports, 300)
    const { solution } = await resolverDesafio(porLaRed(desafio))
    const otra = `${solution.derivedKey.slice(0, -2)}${solution.derivedKey.endsWith('00') ? '01' : '00'}`
    expect(await verificar(desafio, { ...solution, derivedKey: otra })).toBe(false)
  })
})
