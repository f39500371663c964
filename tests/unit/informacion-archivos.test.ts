import { describe, expect, it } from 'vitest'
import { prepararArchivo } from '../../web/informacion/archivos-anonimos.ts'
import { cifrarArchivo, descifrarArchivo } from '../../web/informacion/archivos-cifrado.ts'
import { limpiarFoto } from '../../web/informacion/archivos-metadatos.ts'
import { MAX_BYTES } from '../../worker/archivos/limites.ts'
import { bytesCifrados, TROZO } from '../../worker/informacion/archivos-limites.ts'
import { jpegConGps, pngConTexto, texto, tiffConGps } from '../support/fotos.ts'

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

describe('a chosen file prepared for a tip', () => {
  const file = (bytes: Uint8Array, name: string) => new File([new Uint8Array(bytes)], name)

  it('a photo is cleaned; a PDF carries the author warning; a ZIP named .jpg and an oversized file are refused', async () => {
    const foto = await prepararArchivo(file(jpegConGps(), 'IMG_0001.jpg'), 'es')
    expect(foto.ok && foto.quitado[0]).toBe('Ubicación GPS: -33.45, -70.66')
    const pdf = await prepararArchivo(file(texto('%PDF-1.7\n/Author (Juan)'), 'acta.pdf'), 'en')
    expect(pdf.ok && pdf.advertencia).toMatch(/may hold the name/)
    const zip = await prepararArchivo(file(texto('PK\u0003\u0004 not a photo'), 'foto.jpg'), 'es')
    expect(zip).toEqual({ ok: false, motivo: 'No es una foto, un PDF ni un video que podamos recibir.' })
    const grande = await prepararArchivo(file(new Uint8Array(MAX_BYTES + 1), 'video.mp4'), 'ht')
    expect(grande.ok).toBe(false)
  })

  it('a HEIC photo this runtime cannot decode is refused with a way out', async () => {
    const heic = new Uint8Array([
      0,
      0,
      0,
      24,
      ...texto('ftypheic'),
      0,
      0,
      0,
      0,
      ...texto('mif1heic'),
      ...new Uint8Array(64),
    ])
    const refused = await prepararArchivo(file(heic, 'IMG_0002.HEIC'), 'es')
    expect(refused.ok === false && refused.motivo).toMatch(/HEIC.*Más compatible/)
  })
})
