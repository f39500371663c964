import { detectarTipo } from '../archivos/tipo.ts'
import { AppError, invalidField } from '../errors.ts'
import type { FileStore } from '../ports.ts'
import type { Foto } from './schema.ts'

/**
 * The widths a memorial's photo is served at: a phone's, a large phone's, a tablet's. The
 * administrator's browser draws each from the original with a canvas and uploads it; the server
 * checks that each is a JPEG, PNG or WebP of exactly that width, and stores it (decision 0065):
 * Workers have no image library, and a wasm one would weigh more than the whole worker.
 */
export const ANCHOS = [320, 640, 960] as const
export type Ancho = (typeof ANCHOS)[number]

/** The largest width's file: a 960-pixel JPEG is far smaller. */
export const MAX_FOTO_BYTES = 1024 * 1024

/** The image types a memorial's photo may be. */
const TIPOS_FOTO = new Set(['image/jpeg', 'image/png', 'image/webp'])

/** Where a width of a photo is kept in the file store. */
export const claveDeFoto = (foto: string, ancho: Ancho) => `memoriales/${foto}/${ancho}`

/** Whether a route's width is one of ours. */
export function anchoDe(text: string | undefined): Ancho | null {
  return ANCHOS.find((ancho) => String(ancho) === text) ?? null
}

/**
 * A photo's URLs as the public pages give them (null: none).
 *
 * @example
 * fotoDe('0193ab') // { src: '/api/condolencias/fotos/0193ab/640', srcset: '… 320w, … 640w, … 960w' }
 */
export function fotoDe(foto: string | null): Foto | null {
  if (!foto) return null
  const url = (ancho: Ancho) => `/api/condolencias/fotos/${foto}/${ancho}`
  return { src: url(640), srcset: ANCHOS.map((ancho) => `${url(ancho)} ${ancho}w`).join(', ') }
}

const u16be = (b: Uint8Array, at: number) => ((b[at] ?? 0) << 8) | (b[at + 1] ?? 0)
const u16le = (b: Uint8Array, at: number) => (b[at] ?? 0) | ((b[at + 1] ?? 0) << 8)
const u24le = (b: Uint8Array, at: number) => u16le(b, at) | ((b[at + 2] ?? 0) << 16)

/**
 * An image's width in pixels, read from its header (JPEG's frame, PNG's IHDR, WebP's VP8/VP8L/VP8X);
 * null if it cannot be read.
 *
 * @example
 * anchoDeImagen(jpeg) // 640
 */
export function anchoDeImagen(bytes: Uint8Array, tipo: string): number | null {
  if (tipo === 'image/png') return bytes.length >= 24 ? u16be(bytes, 16) * 65536 + u16be(bytes, 18) : null
  if (tipo === 'image/webp') {
    const chunk = String.fromCharCode(...bytes.subarray(12, 16))
    if (chunk === 'VP8 ') return u16le(bytes, 26) & 0x3fff
    if (chunk === 'VP8L') return (u16le(bytes, 21) & 0x3fff) + 1
    if (chunk === 'VP8X') return u24le(bytes, 24) + 1
    return null
  }
  // JPEG: markers after SOI; a start-of-frame (C0–CF but C4, C8, CC) has the width.
  let at = 2
  while (at + 9 < bytes.length) {
    if (bytes[at] !== 0xff) return null
    const marker = bytes[at + 1] ?? 0
    if (marker === 0xff) {
      at += 1
      continue
    }
    if (marker >= 0xc0 && marker <= 0xcf && marker !== 0xc4 && marker !== 0xc8 && marker !== 0xcc) {
      return u16be(bytes, at + 7)
    }
    at += 2 + u16be(bytes, at + 2)
  }
  return null
}

/**
 * Checks one width of a photo as uploaded: an image of the accepted types, exactly `ancho`
 * pixels wide; then stores it. Refused with the field named otherwise.
 *
 * @example
 * await guardarAncho(files, '0193ab', 640, bytes)
 */
export async function guardarAncho(files: FileStore, foto: string, ancho: Ancho, bytes: Uint8Array) {
  if (bytes.length > MAX_FOTO_BYTES) throw new AppError('payload_too_large')
  const tipo = detectarTipo(bytes)
  if (!tipo || !TIPOS_FOTO.has(tipo)) throw invalidField('foto', 'foto_tipo')
  if (anchoDeImagen(bytes, tipo) !== ancho) throw invalidField('foto', 'foto_ancho', { ancho })
  await files.put(claveDeFoto(foto, ancho), bytes, tipo)
}

/** Whether every width of a photo is in the store: a memorial may name it only then. */
export async function fotoCompleta(files: FileStore, foto: string): Promise<boolean> {
  const found = await Promise.all(ANCHOS.map((ancho) => files.get(claveDeFoto(foto, ancho))))
  return found.every((bytes) => bytes !== null)
}
