/**
 * Información anónima's cryptography, one module for the tipster's browser, the analysts' browser
 * and the tests (issue 17, points 3 and 4; decisions 0044 and 0045). HPKE (RFC 9180) with
 * `@hpke/core` on WebCrypto: DHKEM(P-256, HKDF-SHA256), HKDF-SHA256, AES-256-GCM, mode base. The
 * server imports none of it: it never seals or opens anything of a tip.
 *
 * The citizen's pages load it only when a tip is sent or a receipt key is read (a chunk of its own).
 */
import { Aes256Gcm, CipherSuite, DhkemP256HkdfSha256, HkdfSha256 } from '@hpke/core'

/** The one suite of the service: tips, the tipster's messages, replies, wrapped desk keys. */
export const suite = new CipherSuite({
  kem: new DhkemP256HkdfSha256(),
  kdf: new HkdfSha256(),
  aead: new Aes256Gcm(),
})

const texto = new TextEncoder()
const PREFIJO = 'comisaria-virtual/informacion'

/**
 * HPKE's `info` for what is sealed to a desk's key of one version: a tip, a tipster's message, an
 * analyst's note. It binds the desk and version, so a ciphertext cannot be replayed to another.
 *
 * @example
 * infoMesa('drogas', 1) // bytes of 'comisaria-virtual/informacion/drogas/1'
 */
export function infoMesa(mesa: string, version: number): Uint8Array {
  return texto.encode(`${PREFIJO}/${mesa}/${version}`)
}

/**
 * HPKE's `info` for a desk's private key of one version sealed to an analyst's own key.
 *
 * @example
 * infoClave('drogas', 1) // bytes of 'comisaria-virtual/informacion/drogas/clave/1'
 */
export function infoClave(mesa: string, version: number): Uint8Array {
  return texto.encode(`${PREFIJO}/${mesa}/clave/${version}`)
}

/** HPKE's `info` for what an analyst seals to the tipster's reply key (a question, an answer). */
export const INFO_RESPUESTA = texto.encode(`${PREFIJO}/respuesta`)

/** Base64url without padding, as every ciphertext and key travels in JSON. */
export function aBase64url(bytes: ArrayBuffer | Uint8Array): string {
  const data = bytes instanceof Uint8Array ? bytes : new Uint8Array(bytes)
  let binary = ''
  for (let i = 0; i < data.length; i += 0x8000) binary += String.fromCharCode(...data.subarray(i, i + 0x8000))
  return btoa(binary).replaceAll('+', '-').replaceAll('/', '_').replace(/=+$/, '')
}

/** The bytes of a base64url string (an ArrayBuffer of its own, as WebCrypto and HPKE want). */
export function deBase64url(value: string): ArrayBuffer {
  const binary = atob(value.replaceAll('-', '+').replaceAll('_', '/'))
  const bytes = new Uint8Array(binary.length)
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i)
  return bytes.buffer
}

const buffer = (bytes: Uint8Array): ArrayBuffer => bytes.slice().buffer

/** A ciphertext as it is stored: HPKE's encapsulated key and the sealed bytes, base64url. */
export interface Sellado {
  enc: string
  cifrado: string
}

/**
 * A public key as the server publishes it (a desk's JWK, an analyst's JWK) or as the tipster
 * sends it (the reply key: HPKE's serialized point, base64url).
 */
export async function clavePublica(publica: JsonWebKey | string): Promise<CryptoKey> {
  if (typeof publica === 'string') return suite.kem.deserializePublicKey(deBase64url(publica))
  return crypto.subtle.importKey('jwk', publica, { name: 'ECDH', namedCurve: 'P-256' }, true, [])
}

/**
 * Seals bytes to a public key (HPKE base mode, single shot).
 *
 * @example
 * const { enc, cifrado } = await sellar(mesa.publica, infoMesa('drogas', 1), texto.encode(json))
 */
export async function sellar(
  publica: JsonWebKey | string | CryptoKey,
  info: Uint8Array,
  datos: Uint8Array,
): Promise<Sellado> {
  const recipientPublicKey = publica instanceof CryptoKey ? publica : await clavePublica(publica)
  const sender = await suite.createSenderContext({ recipientPublicKey, info: buffer(info) })
  const cifrado = await sender.seal(buffer(datos))
  return { enc: aBase64url(sender.enc), cifrado: aBase64url(cifrado) }
}

/**
 * Opens what `sellar` sealed; throws (HPKE's OpenError) for the wrong key, info or bytes. Give the
 * key pair when the private key is non-extractable: from the private key alone HPKE derives the
 * public point, which a non-extractable key does not allow reliably (decision 0049).
 *
 * @example
 * const datos = await abrir(clavesDeLaMesa[1], infoMesa('drogas', 1), tip)
 */
export async function abrir(
  privada: CryptoKey | CryptoKeyPair,
  info: Uint8Array,
  sellado: Sellado,
): Promise<Uint8Array> {
  const recipient = await suite.createRecipientContext({
    recipientKey: privada,
    enc: deBase64url(sellado.enc),
    info: buffer(info),
  })
  return new Uint8Array(await recipient.open(deBase64url(sellado.cifrado)))
}

/** JSON sealed and opened: what tips, messages and notes carry. */
export const sellarJson = (publica: JsonWebKey | string | CryptoKey, info: Uint8Array, valor: unknown) =>
  sellar(publica, info, texto.encode(JSON.stringify(valor)))

export async function abrirJson<T>(
  privada: CryptoKey | CryptoKeyPair,
  info: Uint8Array,
  sellado: Sellado,
): Promise<T> {
  return JSON.parse(new TextDecoder().decode(await abrir(privada, info, sellado))) as T
}

// ---------------------------------------------------------------------------------------------
// The receipt key (point 4; decision 0045): 128 random bits, the tipster's only way back.

/** Crockford's base32: no I, L, O, U, so what is copied by hand is read back. */
const ALFABETO = '0123456789ABCDEFGHJKMNPQRSTVWXYZ'
/** 128 bits of key and a 12-bit check (the first bits of its SHA-256): 140 bits, 28 characters. */
const CARACTERES = 28

async function control(clave: Uint8Array): Promise<number> {
  const hash = new Uint8Array(await crypto.subtle.digest('SHA-256', buffer(clave)))
  return ((hash[0] ?? 0) << 4) | ((hash[1] ?? 0) >> 4)
}

/** A new receipt key's 16 random bytes. */
export function nuevoRecibo(): Uint8Array {
  return crypto.getRandomValues(new Uint8Array(16))
}

/**
 * A receipt key as the tipster copies it: seven groups of four characters.
 *
 * @example
 * await formatoRecibo(nuevoRecibo()) // 'K7M2-9QXA-…' (7 groups)
 */
export async function formatoRecibo(clave: Uint8Array): Promise<string> {
  let bits = 0n
  for (const byte of clave) bits = (bits << 8n) | BigInt(byte)
  bits = (bits << 12n) | BigInt(await control(clave))
  let chars = ''
  for (let i = 0; i < CARACTERES; i++) {
    chars = ALFABETO[Number(bits & 31n)] + chars
    bits >>= 5n
  }
  return chars.match(/.{4}/g)?.join('-') ?? chars
}

/**
 * The key's bytes from what the tipster typed — spaces, dashes and case ignored, O read as 0 and
 * I or L as 1 — or `null` when it is not a receipt key (a typo its check catches). `null` says
 * nothing about whether a tip exists: only the server's answer to the derived id can, and that
 * answer is the same for every key it does not know.
 *
 * @example
 * await leerRecibo('k7m2 9qxa …') // Uint8Array(16) | null
 */
export async function leerRecibo(escrito: string): Promise<Uint8Array | null> {
  const limpio = escrito.toUpperCase().replace(/[\s-]/g, '').replace(/O/g, '0').replace(/[IL]/g, '1')
  if (limpio.length !== CARACTERES) return null
  let bits = 0n
  for (const char of limpio) {
    const valor = ALFABETO.indexOf(char)
    if (valor < 0) return null
    bits = (bits << 5n) | BigInt(valor)
  }
  const check = Number(bits & 0xfffn)
  bits >>= 12n
  const clave = new Uint8Array(16)
  for (let i = 15; i >= 0; i--) {
    clave[i] = Number(bits & 0xffn)
    bits >>= 8n
  }
  return check === (await control(clave)) ? clave : null
}

async function hkdf(clave: Uint8Array, info: string): Promise<ArrayBuffer> {
  const base = await crypto.subtle.importKey('raw', buffer(clave), 'HKDF', false, ['deriveBits'])
  return crypto.subtle.deriveBits(
    { name: 'HKDF', hash: 'SHA-256', salt: texto.encode(`${PREFIJO}/recibo`), info: texto.encode(info) },
    base,
    256,
  )
}

/** What a receipt key derives on the tipster's device (decision 0045). */
export interface ReciboDerivado {
  /** What the browser sends to come back (base64url, 32 bytes): never the key itself. */
  reciboId: string
  /** SHA-256 of the id's bytes (hex): all the server keeps, sent with the tip. */
  reciboHash: string
  /** The tipster's reply key pair: analysts seal questions and answers to its public half. */
  respuesta: CryptoKeyPair
  /** Its public half as sent with the tip (HPKE's serialized point, base64url). */
  respuestaClave: string
}

/**
 * Everything the receipt key stands for, derived again on any device from the key alone.
 *
 * @example
 * const { reciboId, respuesta } = await derivarRecibo(await leerRecibo(escrito))
 */
export async function derivarRecibo(clave: Uint8Array): Promise<ReciboDerivado> {
  const id = await hkdf(clave, 'id')
  const hash = new Uint8Array(await crypto.subtle.digest('SHA-256', id))
  const respuesta = await suite.kem.deriveKeyPair(await hkdf(clave, 'respuesta'))
  return {
    reciboId: aBase64url(id),
    reciboHash: Array.from(hash, (b) => b.toString(16).padStart(2, '0')).join(''),
    respuesta,
    respuestaClave: aBase64url(await suite.kem.serializePublicKey(respuesta.publicKey)),
  }
}
