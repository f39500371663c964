/**
 * The analyst's keys in their own browser (issue 17 point 3; decisions 0044 and 0049): their own
 * key pair, made here at enrolment, its private half non-extractable and kept in IndexedDB on this
 * device under their user id; and the desks' private keys, unwrapped from the server's copies
 * sealed to that pair, held in this page's memory only (imported non-extractable), never stored.
 * The cryptography is web/informacion/cripto.ts's: this module only keeps and fetches keys.
 */
import { createStore, get, set } from 'idb-keyval'
import { callApi } from '../../forms/api.ts'
import { abrir, deBase64url, infoClave, sellar, suite } from '../../informacion/cripto.ts'
import { type EnvueltaRespuesta, INFORMACION_API, type Pendiente } from './api.ts'
import { abrirRespaldo, sellarRespaldo } from './respaldo.ts'

/** The analyst's own key pair as this device keeps it: the private half cannot be exported. */
export interface ParPropio {
  par: CryptoKeyPair
  /** Its public half as the server holds it (the JWK sent at enrolment). */
  publica: JsonWebKey
}

const ECDH = { name: 'ECDH', namedCurve: 'P-256' } as const
let almacen: ReturnType<typeof createStore> | undefined
/** One IndexedDB database of its own: clearing another feature's storage leaves the key. */
const llavero = () => {
  almacen ??= createStore('comisaria-analista', 'llavero')
  return almacen
}

/**
 * This device's key pair of the analyst `userId`, or `undefined` when they never enrolled here.
 *
 * @example
 * const propio = await parPropio(user.id)
 */
export async function parPropio(userId: string): Promise<ParPropio | undefined> {
  return get<ParPropio>(userId, llavero())
}

/**
 * Enrols this device: a new P-256 pair (private half non-extractable), kept here, its public half
 * sent to the server. Any earlier key of the analyst — here or on another device — stops opening
 * their wrapped copies: the server deletes them, and a colleague must wrap the desks' keys again.
 * With a passphrase, the pair is made extractable just long enough to seal a recovery file
 * (respaldo.ts) and is then imported non-extractable. Answers the API's result and that file.
 *
 * @example
 * const { result, respaldo } = await inscribir(user.id, 'una frase larga y propia')
 */
export async function inscribir(userId: string, frase?: string) {
  const hecho = (await crypto.subtle.generateKey(ECDH, Boolean(frase), ['deriveBits'])) as CryptoKeyPair
  const publica = await crypto.subtle.exportKey('jwk', hecho.publicKey)
  const respaldo = frase ? await sellarRespaldo(hecho.privateKey, publica, frase) : undefined
  const par: CryptoKeyPair = frase
    ? {
        privateKey: await crypto.subtle.importKey(
          'pkcs8',
          await crypto.subtle.exportKey('pkcs8', hecho.privateKey),
          ECDH,
          false,
          ['deriveBits'],
        ),
        publicKey: hecho.publicKey,
      }
    : hecho
  const result = await callApi<{ ok: true }>('PUT', `${INFORMACION_API}/mi-clave`, {
    publica: { kty: publica.kty, crv: publica.crv, x: publica.x, y: publica.y },
  })
  if (result.ok) await guardar(userId, { par, publica })
  return { result, respaldo }
}

/** Keeps a pair as this device's key of `userId`; the desk keys held for the old one go. */
async function guardar(userId: string, propio: ParPropio): Promise<void> {
  await set(userId, propio, llavero())
  descartarClavesDeMesa()
}

/**
 * Puts back on this device the key of a recovery file, with its passphrase: nothing is sent (the
 * server holds its public half already, and the copies wrapped to it open again). `false` for a
 * wrong passphrase or a file that is not one.
 *
 * @example
 * await recuperar(user.id, await archivo.text(), frase) // true
 */
export async function recuperar(userId: string, texto: string, frase: string): Promise<boolean> {
  const abierto = await abrirRespaldo(texto, frase)
  if (!abierto) return false
  await guardar(userId, abierto)
  return true
}

/**
 * A public key's fingerprint as two colleagues read it to each other before one wraps a desk key
 * for the other: the first 80 bits of SHA-256 over x‖y, in five groups of four hex digits.
 *
 * @example
 * await huella(publica) // 'A1B2 C3D4 E5F6 0718 293A'
 */
export async function huella(publica: JsonWebKey): Promise<string> {
  const puntos = new Uint8Array([
    ...new Uint8Array(deBase64url(publica.x ?? '')),
    ...new Uint8Array(deBase64url(publica.y ?? '')),
  ])
  const hash = new Uint8Array(await crypto.subtle.digest('SHA-256', puntos))
  const hex = Array.from(hash.subarray(0, 10), (b) => b.toString(16).padStart(2, '0').toUpperCase()).join('')
  return hex.match(/.{4}/g)?.join(' ') ?? hex
}

/** A desk's private key of one version, as this page holds it: non-extractable, with its public half. */
const clavesDeMesa = new Map<string, Promise<CryptoKeyPair>>()

/**
 * Forgets every desk key this page unwrapped (a new or recovered own key changes what opens).
 *
 * @example
 * descartarClavesDeMesa()
 */
export function descartarClavesDeMesa(): void {
  clavesDeMesa.clear()
}

/** A desk's private key from its serialized scalar: imported non-extractable, its public half derived first. */
async function importarClaveDeMesa(escalar: ArrayBuffer): Promise<CryptoKeyPair> {
  const exportable = await suite.kem.deserializePrivateKey(escalar)
  const jwk = await crypto.subtle.exportKey('jwk', exportable)
  const { d: _d, key_ops: _ops, ...publica } = jwk
  return {
    privateKey: await crypto.subtle.importKey('jwk', jwk, ECDH, false, ['deriveBits']),
    publicKey: await crypto.subtle.importKey('jwk', publica, ECDH, true, []),
  }
}

/**
 * Why a desk key could not be had: none wrapped for this analyst yet (`sin_copia`), the copy
 * sealed to another device's key (`otro_equipo`), no key on this device (`sin_llavero`), or no
 * server (`sin_conexion`).
 *
 * @example
 * try { await claveDeMesa(user.id, 'drogas') } catch (e) { if (e instanceof SinClaveDeMesa) show(e.motivo) }
 */
export class SinClaveDeMesa extends Error {
  readonly motivo: 'sin_copia' | 'otro_equipo' | 'sin_llavero' | 'sin_conexion'
  constructor(motivo: SinClaveDeMesa['motivo']) {
    super(motivo)
    this.motivo = motivo
  }
}

/**
 * The signed-in analyst's wrapped copy of a desk key (the current version when `version` is
 * omitted) fetched — an audited read — and opened with this device's key: the version and the
 * desk private key's scalar. Throws {@link SinClaveDeMesa} saying why not.
 */
async function copiaAbierta(userId: string, mesa: string, version?: number) {
  const propio = await parPropio(userId)
  if (!propio) throw new SinClaveDeMesa('sin_llavero')
  const consulta = version === undefined ? '' : `?version=${version}`
  const result = await callApi<EnvueltaRespuesta>('GET', `${INFORMACION_API}/mesas/${mesa}/clave${consulta}`)
  if (!result.ok) throw new SinClaveDeMesa(result.status === 0 ? 'sin_conexion' : 'sin_copia')
  const abierta = await abrir(propio.par, infoClave(mesa, result.body.version), result.body).catch(() => {
    throw new SinClaveDeMesa('otro_equipo')
  })
  return { version: result.body.version, escalar: abierta.slice().buffer }
}

/**
 * The desk's private key of `version` (the current one when omitted) for the signed-in analyst:
 * their wrapped copy opened with this device's key, then held in this page's memory for the
 * session, non-extractable. What the tip screens call before opening a tip, a message or a note.
 * Throws {@link SinClaveDeMesa} saying why not.
 *
 * @example
 * const { version, par } = await claveDeMesa(user.id, 'drogas', tip.claveVersion)
 * const tip = await abrirJson(par.privateKey, infoMesa('drogas', version), sellado)
 */
export async function claveDeMesa(
  userId: string,
  mesa: string,
  version?: number,
): Promise<{ version: number; par: CryptoKeyPair }> {
  const conocida = version === undefined ? undefined : clavesDeMesa.get(`${mesa}/${version}`)
  if (conocida && version !== undefined) return { version, par: await conocida }
  const copia = await copiaAbierta(userId, mesa, version)
  const par = clavesDeMesa.get(`${mesa}/${copia.version}`) ?? importarClaveDeMesa(copia.escalar)
  clavesDeMesa.set(`${mesa}/${copia.version}`, par)
  return { version: copia.version, par: await par }
}

/** A desk private key's scalar sealed to a colleague's public key: their wrapped copy of one version. */
async function envolver(escalar: ArrayBuffer, para: JsonWebKey, mesa: string, version: number) {
  return sellar(para, infoClave(mesa, version), new Uint8Array(escalar))
}

/**
 * A new version of the desk's key, made here: a fresh pair (extractable only until it is wrapped),
 * its private half sealed to this analyst's key and each colleague's in `para`, sent with its
 * public half. The server refuses it unless `para` and the caller are exactly the desk's analysts
 * with a key (decision 0044, 7).
 *
 * @example
 * const result = await nuevaVersion(user.id, 'drogas', 1, pendientes)
 */
export async function nuevaVersion(
  userId: string,
  mesa: string,
  version: number,
  para: Pick<Pendiente, 'userId' | 'publica'>[],
) {
  const propio = await parPropio(userId)
  if (!propio) throw new SinClaveDeMesa('sin_llavero')
  const desk = await suite.kem.generateKeyPair()
  const escalar = await suite.kem.serializePrivateKey(desk.privateKey)
  const destinatarios = [{ userId, publica: propio.publica }, ...para.filter((p) => p.userId !== userId)]
  const envueltas = await Promise.all(
    destinatarios.map(async (d) => ({
      userId: d.userId,
      ...(await envolver(escalar, d.publica, mesa, version)),
    })),
  )
  const publica = await crypto.subtle.exportKey('jwk', desk.publicKey)
  const result = await callApi<{ mesa: string; version: number }>(
    'POST',
    `${INFORMACION_API}/mesas/${mesa}/claves`,
    {
      version,
      publica: { kty: publica.kty, crv: publica.crv, x: publica.x, y: publica.y },
      envueltas,
    },
  )
  if (result.ok) clavesDeMesa.set(`${mesa}/${version}`, importarClaveDeMesa(escalar))
  return result
}

/**
 * Wraps every version a colleague lacks for them, from the desk keys this analyst holds (each
 * unwrapped from their own copy), and sends them. No tip is re-encrypted (decision 0044, 6).
 *
 * @example
 * const result = await envolverPara(user.id, 'drogas', pendiente)
 */
export async function envolverPara(userId: string, mesa: string, pendiente: Pendiente) {
  const envueltas = await Promise.all(
    pendiente.versiones.map(async (version) => {
      // Opened again from this analyst's own copy: the page's held key is non-extractable, so the
      // scalar exists only for the moment of the wrap.
      const { escalar } = await copiaAbierta(userId, mesa, version)
      return { version, ...(await envolver(escalar, pendiente.publica, mesa, version)) }
    }),
  )
  return callApi<{ versiones: number[] }>('POST', `${INFORMACION_API}/mesas/${mesa}/envueltas`, {
    userId: pendiente.userId,
    envueltas,
  })
}
