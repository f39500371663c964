import { deflateSync } from 'node:zlib'
import { describe, expect, it } from 'vitest'
import { cifrarArchivo, descifrarArchivo } from '../../web/informacion/archivos-cifrado.ts'
import { limpiarFoto } from '../../web/informacion/archivos-metadatos.ts'
import { bytesCifrados, TROZO } from '../../worker/informacion/archivos-limites.ts'

/** A big-endian TIFF: IFD0 with Make, Model, Orientation 6, DateTime and a GPS IFD at -33.45, -70.66. */
function tiffConGps(): Uint8Array {
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
const texto = (s: string) => new TextEncoder().encode(s)

/** A JPEG's structure: SOI, APP0, APP1 Exif (GPS), APP1 XMP, COM, a DQT stand-in, SOS with data, EOI, a trailer. */
function jpegConGps(): Uint8Array {
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

/** A real 1×1 PNG (decodable) with tEXt Author and tIME chunks. */
function pngConTexto(): Uint8Array {
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

const contiene = (bytes: Uint8Array, s: string) => Buffer.from(bytes).includes(Buffer.from(s))

describe('a photo’s metadata removed on the device', () => {
  it('a JPEG loses its GPS, device, date, XMP, comment and trailer, keeps its image data and orientation, and says so', () => {
    const original = jpegConGps()
    const limpia = limpiarFoto(original, 'image/jpeg', 'es')
    expect(limpia?.quitado).toEqual([
      'Ubicación GPS: -33.45, -70.66',
      'Dispositivo: Google Pixel 7',
      'Fecha de la foto',
      'Otros datos de la cámara (EXIF)',
      'Datos de edición (XMP)',
      'Comentario',
      'Otra imagen incrustada y sus datos',
      'Se mantuvo sólo la orientación de la foto',
    ])
    const bytes = limpia?.bytes ?? new Uint8Array()
    for (const gone of ['Google', 'Pixel', '2026:12:01', 'xmpmeta', 'Juan', 'MPF'])
      expect(contiene(bytes, gone)).toBe(false)
    // The scan data, stuffed bytes and restart marker included, and the end, unchanged.
    expect(
      Buffer.from(bytes).includes(Buffer.from([0x12, 0xff, 0x00, 0x34, 0xff, 0xd0, 0x56, 0xff, 0xd9])),
    ).toBe(true)
    expect([...bytes.subarray(0, 2)]).toEqual([0xff, 0xd8])
    // The orientation alone, in a new Exif segment right after SOI.
    expect([...bytes.subarray(2, 4)]).toEqual([0xff, 0xe1])
    expect(limpiarFoto(bytes, 'image/jpeg', 'es')?.quitado).toEqual([
      'Otros datos de la cámara (EXIF)',
      'Se mantuvo sólo la orientación de la foto',
    ])
  })

  it('says it in English and Haitian Creole', () => {
    expect(limpiarFoto(jpegConGps(), 'image/jpeg', 'en')?.quitado.slice(0, 3)).toEqual([
      'GPS location: -33.45, -70.66',
      'Device: Google Pixel 7',
      'Date of the photo',
    ])
    expect(limpiarFoto(jpegConGps(), 'image/jpeg', 'ht')?.quitado[0]).toBe('Pozisyon GPS: -33.45, -70.66')
  })

  it('a PNG loses its text and time chunks, keeping its header, image data and end', () => {
    const limpia = limpiarFoto(pngConTexto(), 'image/png', 'es')
    expect(limpia?.quitado).toEqual(['Texto incrustado (Author)', 'Fecha de la foto'])
    const bytes = limpia?.bytes ?? new Uint8Array()
    expect(contiene(bytes, 'Juan')).toBe(false)
    expect(contiene(bytes, 'tIME')).toBe(false)
    expect(contiene(bytes, 'IDAT')).toBe(true)
    expect(contiene(bytes, 'IEND')).toBe(true)
  })

  it('a WebP loses its EXIF and XMP chunks and their flags, its RIFF size fixed', () => {
    const riff = (tipo: string, datos: Uint8Array) => {
      const out = new Uint8Array(8 + datos.length + (datos.length % 2))
      out.set(texto(tipo))
      new DataView(out.buffer).setUint32(4, datos.length, true)
      out.set(datos, 8)
      return out
    }
    const cuerpo = new Uint8Array([
      ...texto('WEBP'),
      ...riff('VP8X', new Uint8Array([0x0c, 0, 0, 0, 0, 0, 0, 0, 0, 0])),
      ...riff('VP8 ', new Uint8Array(11)),
      ...riff('EXIF', tiffConGps()),
      ...riff('XMP ', texto('<x:xmpmeta>autor</x:xmpmeta>')),
    ])
    const webp = new Uint8Array([...texto('RIFF'), 0, 0, 0, 0, ...cuerpo])
    new DataView(webp.buffer).setUint32(4, cuerpo.length, true)
    const limpia = limpiarFoto(webp, 'image/webp', 'es')
    expect(limpia?.quitado).toContain('Ubicación GPS: -33.45, -70.66')
    expect(limpia?.quitado).toContain('Datos de edición (XMP)')
    const bytes = limpia?.bytes ?? new Uint8Array()
    expect(contiene(bytes, 'Pixel')).toBe(false)
    expect(new DataView(bytes.buffer).getUint32(4, true)).toBe(bytes.length - 8)
    expect(bytes[20]).toBe(0)
  })

  it('any other type is left to the caller', () => {
    expect(limpiarFoto(new Uint8Array([0, 0, 0, 24]), 'image/heic', 'es')).toBeNull()
  })
})

describe('a file encrypted in chunks', () => {
  it('round-trips a file of several chunks, its parts made on demand at any offsets', async () => {
    const plano = new Uint8Array(2 * TROZO + 12_345).map((_, i) => (i * 31) & 0xff)
    const cifrado = await cifrarArchivo(new Blob([plano]))
    expect(cifrado.fuente.size).toBe(bytesCifrados(plano.length))
    // Parts that cut chunks anywhere, as the upload client asks for them, and a part asked twice.
    const cortes = [0, 65_536, 1_100_000, 2_200_000, cifrado.fuente.size]
    const partes: Blob[] = []
    for (let i = 0; i + 1 < cortes.length; i++)
      partes.push(await cifrado.fuente.slice(cortes[i] ?? 0, cortes[i + 1] ?? 0))
    const otraVez = await cifrado.fuente.slice(65_536, 1_100_000)
    expect(
      Buffer.from(await otraVez.arrayBuffer()).equals(Buffer.from(await (partes[1] as Blob).arrayBuffer())),
    ).toBe(true)
    const abierto = await descifrarArchivo(new Blob(partes), cifrado.clave, {
      sha256: cifrado.sha256,
      tipo: 'image/jpeg',
    })
    expect(Buffer.from(await abierto.arrayBuffer()).equals(Buffer.from(plano))).toBe(true)
    expect(abierto.type).toBe('image/jpeg')
  })

  it('refuses a changed byte, a dropped last chunk, and the wrong key', async () => {
    const plano = new Uint8Array(TROZO + 10).fill(7)
    const { fuente, clave } = await cifrarArchivo(new Blob([plano]))
    const bytes = new Uint8Array(await (await fuente.slice(0, fuente.size)).arrayBuffer())
    const cambiado = bytes.slice()
    cambiado[5] = (cambiado[5] ?? 0) ^ 1
    await expect(descifrarArchivo(new Blob([cambiado]), clave)).rejects.toThrow()
    await expect(descifrarArchivo(new Blob([bytes.subarray(0, TROZO + 16)]), clave)).rejects.toThrow()
    const otra = (await cifrarArchivo(new Blob([plano]))).clave
    await expect(descifrarArchivo(new Blob([bytes]), otra)).rejects.toThrow()
  })
})
