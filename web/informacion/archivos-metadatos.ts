/**
 * A photo's metadata removed on the tipster's device before it is encrypted (issue 17, point 5;
 * decision 0046), and what was removed said in words the tipster sees. A parser of our own (about
 * 2 kB gzipped, loaded with the file picker) rather than an EXIF library: we need to cut segments
 * and read four tags, not to read every tag of every format.
 *
 * - JPEG: APP1 (Exif, XMP), APP3–APP13 and APP15 (IPTC/Photoshop among them), COM, and anything
 *   after the image's end (a phone's second picture and its own Exif) go; JFIF (APP0), the colour
 *   profile (APP2 ICC_PROFILE) and Adobe's colour transform (APP14) stay. The orientation is kept:
 *   a minimal Exif with the Orientation tag alone replaces the original, or the photo would turn.
 * - PNG: tEXt, iTXt, zTXt, eXIf and tIME chunks go.
 * - WebP: EXIF and XMP chunks go, and the flags that announced them.
 * HEIC and other formats are not parsed here: the component re-encodes them through a canvas, or
 * refuses them when the browser cannot decode them (web/informacion/ArchivosAnonimos.tsx).
 */

export type Idioma = 'es' | 'en' | 'ht'

const PALABRAS = {
  es: {
    gps: 'Ubicación GPS',
    dispositivo: 'Dispositivo',
    fecha: 'Fecha de la foto',
    exif: 'Otros datos de la cámara (EXIF)',
    xmp: 'Datos de edición (XMP)',
    iptc: 'Datos de autoría (IPTC)',
    comentario: 'Comentario',
    texto: 'Texto incrustado',
    otra: 'Otra imagen incrustada y sus datos',
    orientacion: 'Se mantuvo sólo la orientación de la foto',
  },
  en: {
    gps: 'GPS location',
    dispositivo: 'Device',
    fecha: 'Date of the photo',
    exif: 'Other camera data (EXIF)',
    xmp: 'Editing data (XMP)',
    iptc: 'Authorship data (IPTC)',
    comentario: 'Comment',
    texto: 'Embedded text',
    otra: 'Another embedded image and its data',
    orientacion: 'Only the photo’s orientation was kept',
  },
  ht: {
    gps: 'Pozisyon GPS',
    dispositivo: 'Aparèy',
    fecha: 'Dat foto a',
    exif: 'Lòt done kamera a (EXIF)',
    xmp: 'Done modifikasyon (XMP)',
    iptc: 'Done sou otè a (IPTC)',
    comentario: 'Kòmantè',
    texto: 'Tèks ki anndan l',
    otra: 'Yon lòt imaj ki anndan l ak done li',
    orientacion: 'Se sèlman oryantasyon foto a ki rete',
  },
} as const satisfies Record<Idioma, Record<string, string>>

type Palabra = keyof (typeof PALABRAS)['es']

/** What a photo became: its bytes without metadata, and what was removed, in words. */
export interface FotoLimpia {
  bytes: Uint8Array<ArrayBuffer>
  quitado: string[]
}

const ascii = (bytes: Uint8Array, from: number, length: number) =>
  String.fromCharCode(...bytes.subarray(from, from + length))

/** What an Exif (TIFF) block says that a tipster would mind: where, with what, when, and its orientation. */
interface Exif {
  gps?: [number, number]
  dispositivo?: string
  fecha: boolean
  orientacion?: number
}

/** Reads the few tags of an Exif block (a TIFF header first); a malformed one yields what it could. */
function leerExif(tiff: Uint8Array): Exif {
  const view = new DataView(tiff.buffer, tiff.byteOffset, tiff.byteLength)
  const le = ascii(tiff, 0, 2) === 'II'
  const u16 = (at: number) => view.getUint16(at, le)
  const u32 = (at: number) => view.getUint32(at, le)
  const ifd = (at: number) => {
    const tags = new Map<number, { type: number; count: number; value: number }>()
    if (at <= 0 || at + 2 > tiff.length) return tags
    const n = u16(at)
    for (let i = 0; i < n && at + 2 + i * 12 + 12 <= tiff.length; i += 1) {
      const entry = at + 2 + i * 12
      tags.set(u16(entry), { type: u16(entry + 2), count: u32(entry + 4), value: entry + 8 })
    }
    return tags
  }
  const texto = (tag?: { type: number; count: number; value: number }) => {
    if (tag?.type !== 2) return undefined
    const at = tag.count > 4 ? u32(tag.value) : tag.value
    return ascii(tiff, at, Math.min(tag.count, tiff.length - at))
      .replace(/\0.*$/s, '')
      .trim()
  }
  const grados = (tag?: { type: number; count: number; value: number }) => {
    if (tag?.type !== 5 || tag.count !== 3) return undefined
    const at = u32(tag.value)
    if (at + 24 > tiff.length) return undefined
    const r = (k: number) => u32(at + k * 8) / (u32(at + k * 8 + 4) || 1)
    return r(0) + r(1) / 60 + r(2) / 3600
  }
  const exif: Exif = { fecha: false }
  try {
    const ifd0 = ifd(u32(4))
    const marca = texto(ifd0.get(0x010f))
    const modelo = texto(ifd0.get(0x0110))
    if (marca || modelo) {
      exif.dispositivo = modelo?.startsWith(marca ?? '\0')
        ? modelo
        : [marca, modelo].filter(Boolean).join(' ')
    }
    const orientacion = ifd0.get(0x0112)
    if (orientacion) exif.orientacion = u16(orientacion.value)
    const sub = ifd0.get(0x8769)
    exif.fecha = ifd0.has(0x0132) || (sub !== undefined && ifd(u32(sub.value)).has(0x9003))
    const gpsTag = ifd0.get(0x8825)
    if (gpsTag) {
      const gps = ifd(u32(gpsTag.value))
      const lat = grados(gps.get(2))
      const lon = grados(gps.get(4))
      if (lat !== undefined && lon !== undefined) {
        const sur = texto(gps.get(1)) === 'S' ? -1 : 1
        const oeste = texto(gps.get(3)) === 'W' ? -1 : 1
        exif.gps = [sur * lat, oeste * lon]
      }
    }
  } catch {
    // A truncated block: what was read stands; the block is removed all the same.
  }
  return exif
}

/** What an Exif block tells, in words. */
function palabrasDeExif(exif: Exif, p: Record<Palabra, string>): string[] {
  const dichas: string[] = []
  if (exif.gps) dichas.push(`${p.gps}: ${exif.gps[0].toFixed(2)}, ${exif.gps[1].toFixed(2)}`)
  if (exif.dispositivo) dichas.push(`${p.dispositivo}: ${exif.dispositivo}`)
  if (exif.fecha) dichas.push(p.fecha)
  dichas.push(p.exif)
  return dichas
}

/** A JPEG APP1 segment holding an Exif with the Orientation tag alone (big-endian TIFF). */
function exifDeOrientacion(orientacion: number): Uint8Array {
  const tiff = [
    0x4d,
    0x4d,
    0,
    42,
    0,
    0,
    0,
    8,
    0,
    1,
    0x01,
    0x12,
    0,
    3,
    0,
    0,
    0,
    1,
    0,
    orientacion,
    0,
    0,
    0,
    0,
    0,
    0,
    0,
    0,
  ]
  const cuerpo = [0x45, 0x78, 0x69, 0x66, 0, 0, ...tiff]
  const largo = cuerpo.length + 2
  return new Uint8Array([0xff, 0xe1, largo >> 8, largo & 0xff, ...cuerpo])
}

const unir = (partes: Uint8Array[]) => {
  const total = new Uint8Array(partes.reduce((n, parte) => n + parte.length, 0))
  let at = 0
  for (const parte of partes) {
    total.set(parte, at)
    at += parte.length
  }
  return total
}

/** The JPEG without its metadata segments (see the module's comment). */
function limpiarJpeg(bytes: Uint8Array, p: Record<Palabra, string>): FotoLimpia {
  const partes: Uint8Array[] = [bytes.subarray(0, 2)]
  const quitado = new Set<string>()
  let orientacion: number | undefined
  let at = 2
  while (at + 4 <= bytes.length) {
    if (bytes[at] !== 0xff) throw new Error('not a JPEG segment')
    const marker = bytes[at + 1] ?? 0
    if (marker === 0xd9) {
      partes.push(bytes.subarray(at, at + 2))
      if (at + 2 < bytes.length) quitado.add(p.otra)
      break
    }
    const largo = ((bytes[at + 2] ?? 0) << 8) | (bytes[at + 3] ?? 0)
    const fin = at + 2 + largo
    const segmento = bytes.subarray(at, fin)
    const datos = bytes.subarray(at + 4, fin)
    let quitar = false
    if (marker === 0xe1) {
      quitar = true
      if (ascii(datos, 0, 6) === 'Exif\0\0') {
        const exif = leerExif(datos.subarray(6))
        orientacion ??= exif.orientacion
        for (const palabra of palabrasDeExif(exif, p)) quitado.add(palabra)
      } else quitado.add(p.xmp)
    } else if (marker === 0xed) {
      quitar = true
      quitado.add(p.iptc)
    } else if (marker === 0xfe) {
      quitar = true
      quitado.add(p.comentario)
    } else if (
      (marker >= 0xe3 && marker <= 0xef && marker !== 0xee) ||
      (marker === 0xe2 && ascii(datos, 0, 11) !== 'ICC_PROFILE')
    ) {
      quitar = true
      quitado.add(p.exif)
    }
    if (!quitar) partes.push(segmento)
    at = fin
    if (marker === 0xda) {
      // Entropy-coded data: up to the next marker that is not a stuffed byte or a restart.
      let end = at
      while (end + 1 < bytes.length) {
        const next = bytes[end + 1] ?? 0
        if (bytes[end] === 0xff && next !== 0 && !(next >= 0xd0 && next <= 0xd7)) break
        end += 1
      }
      partes.push(bytes.subarray(at, end))
      at = end
    }
  }
  if (orientacion !== undefined && orientacion !== 1) {
    partes.splice(1, 0, exifDeOrientacion(orientacion))
    quitado.add(p.orientacion)
  }
  return { bytes: unir(partes), quitado: [...quitado] }
}

/** The PNG without its text, Exif and time chunks. */
function limpiarPng(bytes: Uint8Array, p: Record<Palabra, string>): FotoLimpia {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength)
  const partes: Uint8Array[] = [bytes.subarray(0, 8)]
  const quitado = new Set<string>()
  let at = 8
  while (at + 12 <= bytes.length) {
    const largo = view.getUint32(at)
    const tipo = ascii(bytes, at + 4, 4)
    const fin = at + 12 + largo
    const datos = bytes.subarray(at + 8, at + 8 + largo)
    if (tipo === 'tEXt' || tipo === 'iTXt' || tipo === 'zTXt') {
      const clave = ascii(datos, 0, Math.max(0, datos.indexOf(0)))
      quitado.add(clave ? `${p.texto} (${clave})` : p.texto)
    } else if (tipo === 'eXIf') {
      for (const palabra of palabrasDeExif(leerExif(datos), p)) quitado.add(palabra)
    } else if (tipo === 'tIME') {
      quitado.add(p.fecha)
    } else partes.push(bytes.subarray(at, fin))
    at = fin
    if (tipo === 'IEND') break
  }
  return { bytes: unir(partes), quitado: [...quitado] }
}

/** The WebP without its EXIF and XMP chunks (and the VP8X flags that announced them). */
function limpiarWebp(bytes: Uint8Array, p: Record<Palabra, string>): FotoLimpia {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength)
  const partes: Uint8Array[] = []
  const quitado = new Set<string>()
  let at = 12
  while (at + 8 <= bytes.length) {
    const tipo = ascii(bytes, at, 4)
    const largo = view.getUint32(at + 4, true)
    const fin = Math.min(bytes.length, at + 8 + largo + (largo % 2))
    if (tipo === 'EXIF') {
      const datos = bytes.subarray(at + 8, at + 8 + largo)
      const tiff = ascii(datos, 0, 6) === 'Exif\0\0' ? datos.subarray(6) : datos
      for (const palabra of palabrasDeExif(leerExif(tiff), p)) quitado.add(palabra)
    } else if (tipo === 'XMP ') {
      quitado.add(p.xmp)
    } else if (tipo === 'VP8X') {
      const chunk = bytes.slice(at, fin)
      chunk[8] = (chunk[8] ?? 0) & ~0x0c
      partes.push(chunk)
    } else partes.push(bytes.subarray(at, fin))
    at = fin
  }
  const cuerpo = unir(partes)
  const cabecera = new Uint8Array(12)
  cabecera.set(bytes.subarray(0, 12))
  new DataView(cabecera.buffer).setUint32(4, cuerpo.length + 4, true)
  return { bytes: unir([cabecera, cuerpo]), quitado: [...quitado] }
}

/**
 * A JPEG, PNG or WebP without its metadata, and what was removed in the tipster's words; null for
 * any other type (the caller re-encodes it or refuses it). Throws on a file that is not what its
 * type says.
 *
 * @example
 * const limpia = limpiarFoto(new Uint8Array(await file.arrayBuffer()), 'image/jpeg', 'es')
 * // { bytes, quitado: ['Ubicación GPS: -33.45, -70.66', 'Dispositivo: Google Pixel 7', 'Fecha de la foto', …] }
 */
export function limpiarFoto(bytes: Uint8Array, tipo: string, idioma: Idioma): FotoLimpia | null {
  const p = PALABRAS[idioma]
  if (tipo === 'image/jpeg') return limpiarJpeg(bytes, p)
  if (tipo === 'image/png') return limpiarPng(bytes, p)
  if (tipo === 'image/webp') return limpiarWebp(bytes, p)
  return null
}
