/**
 * A tipster's file encrypted in their browser (decision 0046): a random AES-256-GCM key per file,
 * the plaintext in chunks of {@link TROZO} bytes, each sealed on its own. A chunk's IV is its index
 * and whether it is the last — never repeated under one key, and a reordered, dropped or cut chunk
 * fails to open. Being a function of the index, a chunk can be encrypted again on demand with the
 * same bytes: the upload encrypts the part it sends as it sends it (a 25 MB video is never held
 * twice), and a part resent after a bad link is the same ciphertext.
 *
 * The key, name, type, size and plaintext SHA-256 travel inside the sealed tip; the server only
 * ever stores the ciphertext.
 */
import { bytesCifrados, SOBRECOSTO_TROZO, TROZO } from '../../worker/informacion/archivos-limites.ts'
import { aBase64url, deBase64url } from './cripto.ts'

/** A chunk's 96-bit IV: 0x01 for the last chunk (0x00 otherwise), 7 zero bytes, the index (big-endian). */
function iv(indice: number, ultimo: boolean): Uint8Array<ArrayBuffer> {
  const bytes = new Uint8Array(12)
  bytes[0] = ultimo ? 1 : 0
  new DataView(bytes.buffer).setUint32(8, indice)
  return bytes
}

const hex = (buffer: ArrayBuffer) =>
  [...new Uint8Array(buffer)].map((b) => b.toString(16).padStart(2, '0')).join('')

/** A file ready to upload: its ciphertext made part by part, and what goes inside the tip. */
export interface ArchivoCifrado {
  /** The ciphertext as the upload client reads it (web/archivos/subida.ts `Fuente`). */
  fuente: { size: number; slice(inicio: number, fin: number): Promise<Blob> }
  /** The raw AES-256 key, base64url: into the tip's `archivos[].clave`. */
  clave: string
  /** Hex SHA-256 of the plaintext: the analyst checks the decrypted file against it. */
  sha256: string
  /** The plaintext's size. */
  bytes: number
}

/**
 * Encrypts `archivo` for upload under a fresh key. Reads the plaintext once for its SHA-256
 * (WebCrypto has no streaming digest), then each part of the ciphertext is made when the upload
 * asks for it, from the chunks it covers.
 *
 * @example
 * const { fuente, clave, sha256 } = await cifrarArchivo(foto)
 * await subirArchivo(fuente, 'foto', { id, clave: id }, { origin, ruta: '/api/informacion/archivos', … })
 */
export async function cifrarArchivo(archivo: Blob): Promise<ArchivoCifrado> {
  if (archivo.size === 0) throw new Error('empty file')
  const crudo = crypto.getRandomValues(new Uint8Array(32))
  const key = await crypto.subtle.importKey('raw', crudo, 'AES-GCM', false, ['encrypt'])
  const sha256 = hex(await crypto.subtle.digest('SHA-256', await archivo.arrayBuffer()))
  const trozos = Math.ceil(archivo.size / TROZO)
  const ancho = TROZO + SOBRECOSTO_TROZO
  const trozo = async (indice: number): Promise<ArrayBuffer> => {
    const plano = await archivo.slice(indice * TROZO, (indice + 1) * TROZO).arrayBuffer()
    return crypto.subtle.encrypt({ name: 'AES-GCM', iv: iv(indice, indice === trozos - 1) }, key, plano)
  }
  const size = bytesCifrados(archivo.size)
  const slice = async (inicio: number, fin: number): Promise<Blob> => {
    const hasta = Math.min(fin, size)
    const partes: ArrayBuffer[] = []
    for (let indice = Math.floor(inicio / ancho); indice * ancho < hasta; indice += 1) {
      const cifrado = await trozo(indice)
      const desde = Math.max(0, inicio - indice * ancho)
      partes.push(cifrado.slice(desde, Math.min(cifrado.byteLength, hasta - indice * ancho)))
    }
    return new Blob(partes)
  }
  return { fuente: { size, slice }, clave: aBase64url(crudo), sha256, bytes: archivo.size }
}

/**
 * Decrypts a tip's file in the analyst's browser with what the tip says of it (`clave`, and
 * `sha256` to check): every chunk's tag, their order and count, and the whole file's SHA-256 —
 * any change to the stored bytes throws. Reads the ciphertext a chunk at a time.
 *
 * @example
 * const cifrado = await (await fetch(`/api/funcionarios/informacion/mesas/drogas/archivos/${a.id}`)).blob()
 * const foto = await descifrarArchivo(cifrado, a.clave, { tipo: a.tipo, sha256: a.sha256 })
 */
export async function descifrarArchivo(
  cifrado: Blob,
  clave: string,
  opciones: { tipo?: string; sha256?: string } = {},
): Promise<Blob> {
  const key = await crypto.subtle.importKey('raw', deBase64url(clave), 'AES-GCM', false, ['decrypt'])
  const ancho = TROZO + SOBRECOSTO_TROZO
  const trozos = Math.ceil(cifrado.size / ancho)
  if (trozos === 0) throw new Error('empty ciphertext')
  const partes: ArrayBuffer[] = []
  for (let indice = 0; indice < trozos; indice += 1) {
    const trozo = await cifrado.slice(indice * ancho, (indice + 1) * ancho).arrayBuffer()
    const ultimo = indice === trozos - 1
    partes.push(await crypto.subtle.decrypt({ name: 'AES-GCM', iv: iv(indice, ultimo) }, key, trozo))
  }
  const plano = new Blob(partes, { type: opciones.tipo ?? '' })
  if (opciones.sha256 !== undefined) {
    const visto = hex(await crypto.subtle.digest('SHA-256', await plano.arrayBuffer()))
    if (visto !== opciones.sha256) throw new Error('SHA-256 mismatch')
  }
  return plano
}
