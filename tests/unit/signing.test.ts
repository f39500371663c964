import { describe, expect, it } from 'vitest'
import { documentTokenIn, signDocument, verifyDocument } from '../../worker/documents/signing.ts'
import { generateSigningJwk, importSigningKeys } from '../../worker/keys/signing-keys.ts'

const payload = {
  t: 'constancia_voto',
  c: 'WNDT7C4Z3T',
  n: 'María Carmen Del Río González',
  r: '44.4XX.XXX-4',
  i: 1763290000,
  e: '2025-11-16',
}

async function keySet(...kids: string[]) {
  return importSigningKeys(JSON.stringify(await Promise.all(kids.map((kid) => generateSigningJwk(kid)))))
}

describe('signed documents', () => {
  it('verifies what it signed, offline, against the published keys', async () => {
    const keys = await keySet('k1')
    const token = await signDocument(keys, payload)
    const result = await verifyDocument(
      token,
      keys.all.map((k) => k.publicJwk),
    )
    expect(result).toEqual({ valid: true, payload: { v: 1, ...payload, k: 'k1' } })
  })

  it('rejects the token altered at any byte', async () => {
    const keys = await keySet('k1')
    const token = await signDocument(keys, payload)
    const published = keys.all.map((k) => k.publicJwk)
    const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_.'
    let checked = 0
    for (let i = 0; i < token.length; i += 1) {
      const current = token[i] ?? ''
      const replacement = alphabet[(alphabet.indexOf(current) + 7) % alphabet.length] ?? 'A'
      const altered = token.slice(0, i) + replacement + token.slice(i + 1)
      if (altered === token) continue
      const result = await verifyDocument(altered, published)
      expect(result.valid, `byte ${i}`).toBe(false)
      checked += 1
    }
    expect(checked).toBe(token.length)
  })

  it('keeps documents signed with a rotated-out key valid while that key is published', async () => {
    const old = await keySet('2025-11')
    const token = await signDocument(old, payload)
    const [oldKey] = old.all
    const rotated = await keySet('2026-11')
    const published = [...rotated.all, ...(oldKey ? [oldKey] : [])].map((k) => k.publicJwk)
    expect((await verifyDocument(token, published)).valid).toBe(true)
    expect(
      ((await verifyDocument(await signDocument(rotated, payload), published)) as { payload: { k: string } })
        .payload.k,
    ).toBe('2026-11')
  })

  it('rejects an unknown key id, and tries every key that shares an id', async () => {
    const signer = await keySet('same')
    const other = await keySet('same')
    const token = await signDocument(signer, payload)
    expect(
      await verifyDocument(
        token,
        other.all.map((k) => k.publicJwk),
      ),
    ).toEqual({ valid: false, reason: 'bad_signature' })
    expect(
      (
        await verifyDocument(
          token,
          [...other.all, ...signer.all].map((k) => k.publicJwk),
        )
      ).valid,
    ).toBe(true)
    expect(
      await verifyDocument(
        token,
        (await keySet('else')).all.map((k) => k.publicJwk),
      ),
    ).toEqual({ valid: false, reason: 'unknown_key' })
  })

  it('calls anything else malformed, never throwing', async () => {
    const keys = (await keySet('k1')).all.map((k) => k.publicJwk)
    for (const junk of [
      '',
      'CV1',
      'CV1..',
      'CV2.a.b',
      'CV1.!!!.AAAA',
      `CV1.${btoa('{"v":1}')}.${'A'.repeat(86)}`,
      'x'.repeat(5000),
    ]) {
      expect((await verifyDocument(junk, keys)).valid).toBe(false)
    }
  })

  it('reads a token out of a QR code’s text whole, so the page and the API judge the same token', async () => {
    const keys = await keySet('k1')
    const published = keys.all.map((k) => k.publicJwk)
    const token = await signDocument(keys, payload)
    expect(documentTokenIn(`https://portal.example/verificar#${token}`)).toBe(token)
    expect(documentTokenIn(`${token} `)).toBe(token)
    expect(documentTokenIn('WNDT7C4Z3T')).toBeUndefined()
    // A fourth part is part of what was given: the genuine first three do not make it genuine.
    for (const tail of ['.AAAA', '.', '..x']) {
      const read = documentTokenIn(`https://portal.example/verificar#${token}${tail}`)
      expect(read).toBe(`${token}${tail}`)
      expect(await verifyDocument(read ?? '', published)).toEqual({ valid: false, reason: 'malformed' })
    }
  })
})
