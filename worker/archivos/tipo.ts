/**
 * What a file is, read from its first bytes ("magic bytes"), never from its name or the type the
 * device claims: a `.jpg` that is a ZIP is a ZIP. Shared with the PWA (no imports), which checks a
 * chosen file before queueing it; the server checks every upload's first part again.
 */

/** The media types a citizen may send: photos, PDF, short videos. */
export const TIPOS = [
  'image/jpeg',
  'image/png',
  'image/webp',
  'image/heic',
  'image/heif',
  'application/pdf',
  'video/mp4',
  'video/quicktime',
  'video/webm',
] as const
export type TipoArchivo = (typeof TIPOS)[number]

/** How many first bytes {@link detectarTipo} needs to tell every accepted type apart. */
export const BYTES_DE_CABECERA = 64

const ascii = (bytes: Uint8Array, from: number, length: number) =>
  String.fromCharCode(...bytes.subarray(from, from + length))

const starts = (bytes: Uint8Array, signature: readonly number[]) =>
  signature.every((byte, i) => bytes[i] === byte)

/** ISO base media brands (the `ftyp` box) by what they make a file. */
const HEIC = new Set(['heic', 'heix', 'heim', 'heis', 'hevc', 'hevx', 'hevm', 'hevs'])
const HEIF = new Set(['mif1', 'msf1'])
const MP4 = new Set(['isom', 'iso2', 'iso3', 'iso4', 'iso5', 'iso6', 'mp41', 'mp42', 'avc1', 'M4V ', 'dash'])

/** The brands of an `ftyp` box: the major one first, then the compatible ones we have bytes of. */
function brands(bytes: Uint8Array): string[] {
  const size = ((bytes[0] ?? 0) << 24) | ((bytes[1] ?? 0) << 16) | ((bytes[2] ?? 0) << 8) | (bytes[3] ?? 0)
  const end = Math.min(size, bytes.length)
  const found = [ascii(bytes, 8, 4)]
  for (let at = 16; at + 4 <= end; at += 4) found.push(ascii(bytes, at, 4))
  return found
}

function isoMedia(bytes: Uint8Array): TipoArchivo | null {
  const [major = '', ...compatible] = brands(bytes)
  if (major === 'qt  ') return 'video/quicktime'
  if (MP4.has(major)) return 'video/mp4'
  if (HEIC.has(major)) return 'image/heic'
  // A HEIF container may hold an AVIF (another codec, not accepted) or HEVC images.
  if (HEIF.has(major) && !compatible.includes('avif')) {
    return compatible.some((brand) => HEIC.has(brand)) ? 'image/heic' : 'image/heif'
  }
  return null
}

/** A WebM is an EBML document whose DocType element (0x4282) says `webm` (Matroska says `matroska`). */
function isWebm(bytes: Uint8Array): boolean {
  if (!starts(bytes, [0x1a, 0x45, 0xdf, 0xa3])) return false
  for (let at = 4; at + 7 <= bytes.length; at += 1) {
    if (bytes[at] === 0x42 && bytes[at + 1] === 0x82 && bytes[at + 2] === 0x84) {
      return ascii(bytes, at + 3, 4) === 'webm'
    }
  }
  return false
}

/**
 * The accepted type a file's first bytes say it is, or null (anything else, or too few bytes to
 * tell). Give it at least {@link BYTES_DE_CABECERA} bytes, or the whole file if it is shorter.
 *
 * @example
 * detectarTipo(new Uint8Array([0xff, 0xd8, 0xff, 0xe0])) // 'image/jpeg'
 * detectarTipo(new TextEncoder().encode('PK\u0003\u0004…')) // null: a ZIP, whatever its name
 */
export function detectarTipo(bytes: Uint8Array): TipoArchivo | null {
  if (starts(bytes, [0xff, 0xd8, 0xff])) return 'image/jpeg'
  if (starts(bytes, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) return 'image/png'
  if (ascii(bytes, 0, 4) === 'RIFF' && ascii(bytes, 8, 4) === 'WEBP') return 'image/webp'
  if (ascii(bytes, 0, 5) === '%PDF-') return 'application/pdf'
  if (bytes.length >= 12 && ascii(bytes, 4, 4) === 'ftyp') return isoMedia(bytes)
  if (isWebm(bytes)) return 'video/webm'
  return null
}
