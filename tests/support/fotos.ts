import { deflateSync } from 'node:zlib'

/**
 * Photos with the metadata a phone writes, built byte by byte for the tests of
 * web/informacion/archivos-metadatos.ts: a JPEG whose Exif has GPS, device and date, a PNG with
 * text and time chunks.
 */

/**
 * An Exif block (big-endian TIFF) as a phone writes it: Make, Model, Orientation 6, DateTime, GPS.
 *
 * @example
 * limpiarFoto(riff('EXIF', tiffConGps()), 'image/webp', 'es')
 */
export function tiffConGps(): Uint8Array {
  const b: number[] = []
  const u16 = (v: number) => b.push(v >> 8, v & 0xff)
  const u32 = (v: number) => b.push((v >>> 24) & 0xff, (v >> 16) & 0xff, (v >> 8) & 0xff, v & 0xff)
  const make = 'Google\0'
  const model = 'Pixel 7\0'
  const fecha = '2026:12:01 21:14:03\0'
  // Layout: header 8, IFD0 at 8 (5 entries: 2 + 60 + 4 = 66) → 74, GPS IFD at 74 (4 entries: 54) → 128, data after.
  const ifd0 = 8
  const gpsIfd = ifd0 + 2 + 5 * 12 + 4
  const datos = gpsIfd + 2 + 4 * 12 + 4
  const makeAt = datos
  const modelAt = makeAt + make.length
  const fechaAt = modelAt + model.length
  const latAt = fechaAt + fecha.length
  const lonAt = latAt + 24
  b.push(0x4d, 0x4d)
  u16(42)
  u32(ifd0)
  u16(5)
  const entry = (tag: number, type: number, count: number, value: number, short = false) => {
    u16(tag)
    u16(type)
    u32(count)
    if (short) {
      u16(value)
      u16(0)
    } else u32(value)
  }
  entry(0x010f, 2, make.length, makeAt)
  entry(0x0110, 2, model.length, modelAt)
  entry(0x0112, 3, 1, 6, true)
  entry(0x0132, 2, fecha.length, fechaAt)
  entry(0x8825, 4, 1, gpsIfd)
  u32(0)
  u16(4)
  entry(1, 2, 2, 0x53000000) // 'S'
  entry(2, 5, 3, latAt)
  entry(3, 2, 2, 0x57000000) // 'W'
  entry(4, 5, 3, lonAt)
  u32(0)
  for (const text of [make, model, fecha]) for (const ch of text) b.push(ch.charCodeAt(0))
  const rational = (n: number, d: number) => {
    u32(n)
    u32(d)
  }
  rational(33, 1)
  rational(27, 1)
  rational(0, 1)
  rational(70, 1)
  rational(39, 1)
  rational(3600, 100)
  return new Uint8Array(b)
}

const segmento = (marker: number, datos: Uint8Array) =>
  new Uint8Array([0xff, marker, (datos.length + 2) >> 8, (datos.length + 2) & 0xff, ...datos])
/** UTF-8 bytes of `s`. */
export const texto = (s: string) => new TextEncoder().encode(s)

/**
 * A JPEG's structure with the metadata a phone leaves (see the body's comment).
 *
 * @example
 * limpiarFoto(jpegConGps(), 'image/jpeg', 'es')?.quitado[0] // 'Ubicación GPS: -33.45, -70.66'
 */
export function jpegConGps(): Uint8Array {
  return new Uint8Array([
    0xff,
    0xd8,
    ...segmento(0xe0, texto('JFIF\0\x01\x01\0\0\x01\0\x01\0\0')),
    ...segmento(0xe1, new Uint8Array([...texto('Exif\0\0'), ...tiffConGps()])),
    ...segmento(0xe1, texto('http://ns.adobe.com/xap/1.0/\0<x:xmpmeta>autor</x:xmpmeta>')),
    ...segmento(0xfe, texto('Foto de Juan Pérez')),
    ...segmento(0xdb, new Uint8Array(65)),
    ...segmento(0xda, new Uint8Array([1, 1, 0, 0, 63, 0])),
    0x12,
    0xff,
    0x00,
    0x34,
    0xff,
    0xd0,
    0x56,
    0xff,
    0xd9,
    ...texto('MPF second picture with its own Exif GPS'),
  ])
}

function crc32(bytes: Uint8Array): number {
  let c = ~0
  for (const byte of bytes) {
    c ^= byte
    for (let k = 0; k < 8; k++) c = (c >>> 1) ^ (0xedb88320 & -(c & 1))
  }
  return ~c >>> 0
}

function chunk(tipo: string, datos: Uint8Array): Uint8Array {
  const out = new Uint8Array(12 + datos.length)
  const view = new DataView(out.buffer)
  view.setUint32(0, datos.length)
  out.set(texto(tipo), 4)
  out.set(datos, 8)
  view.setUint32(8 + datos.length, crc32(out.subarray(4, 8 + datos.length)))
  return out
}

/**
 * A 1×1 PNG with an Author text chunk and a time chunk.
 *
 * @example
 * limpiarFoto(pngConTexto(), 'image/png', 'es')?.quitado // ['Texto incrustado (Author)', 'Fecha de la foto']
 */
export function pngConTexto(): Uint8Array {
  const ihdr = new Uint8Array([0, 0, 0, 1, 0, 0, 0, 1, 8, 0, 0, 0, 0])
  return new Uint8Array([
    0x89,
    0x50,
    0x4e,
    0x47,
    0x0d,
    0x0a,
    0x1a,
    0x0a,
    ...chunk('IHDR', ihdr),
    ...chunk('tEXt', texto('Author\0Juan Perez')),
    ...chunk('tIME', new Uint8Array([7, 234, 12, 1, 21, 14, 3])),
    ...chunk('IDAT', deflateSync(new Uint8Array([0, 128]))),
    ...chunk('IEND', new Uint8Array()),
  ])
}
