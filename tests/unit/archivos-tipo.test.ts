import { describe, expect, it } from 'vitest'
import { BYTES_DE_CABECERA, detectarTipo } from '../../worker/archivos/tipo.ts'

const bytes = (...parts: (string | number[])[]) =>
  new Uint8Array(
    parts.flatMap((part) => (typeof part === 'string' ? [...Buffer.from(part, 'latin1')] : part)),
  )

/** An ISO media file's first box: its size, `ftyp`, the major brand, a version, compatible brands. */
const ftyp = (major: string, ...compatible: string[]) =>
  bytes([0, 0, 0, 16 + 4 * compatible.length], 'ftyp', major, [0, 0, 0, 0], ...compatible)

/** A WebM's (or Matroska's) EBML header, with its DocType element. */
const ebml = (docType: string) =>
  bytes([0x1a, 0x45, 0xdf, 0xa3, 0x9f, 0x42, 0x86, 0x81, 0x01, 0x42, 0x82, 0x80 | docType.length], docType)

describe('what a file is, by its first bytes', () => {
  it.each([
    ['a JPEG', bytes([0xff, 0xd8, 0xff, 0xe1]), 'image/jpeg'],
    ['a PNG', bytes([0x89], 'PNG\r\n', [0x1a, 0x0a]), 'image/png'],
    ['a WebP', bytes('RIFF', [0x24, 0, 0, 0], 'WEBPVP8 '), 'image/webp'],
    ['a PDF', bytes('%PDF-1.7\n'), 'application/pdf'],
    ['an iPhone photo (HEIC)', ftyp('heic', 'mif1', 'heic'), 'image/heic'],
    ['a HEIF that holds HEVC images', ftyp('mif1', 'heic'), 'image/heic'],
    ['a HEIF of another codec but AVIF', ftyp('mif1', 'mif1'), 'image/heif'],
    ['a phone video (MP4)', ftyp('isom', 'isom', 'mp41'), 'video/mp4'],
    ['an iPhone video (MOV)', ftyp('qt  ', 'qt  '), 'video/quicktime'],
    ['a WebM', ebml('webm'), 'video/webm'],
  ])('%s', (_, head, tipo) => {
    expect(detectarTipo(head)).toBe(tipo)
  })

  it.each([
    ['a ZIP named foto.jpg', bytes('PK', [3, 4, 20, 0])],
    ['an AVIF (not accepted)', ftyp('avif', 'avif', 'mif1')],
    ['a HEIF that holds an AVIF', ftyp('mif1', 'avif')],
    ['an M4A (audio)', ftyp('M4A ', 'M4A ', 'mp42')],
    ['a Matroska that is not WebM', ebml('matroska')],
    ['an HTML page', bytes('<!doctype html><script>')],
    ['an SVG', bytes('<svg xmlns="http://www.w3.org/2000/svg">')],
    ['too few bytes to tell', bytes([0xff, 0xd8])],
    ['nothing', bytes()],
  ])('refuses %s', (_, head) => {
    expect(detectarTipo(head)).toBeNull()
  })

  it('needs no more than the first BYTES_DE_CABECERA bytes', () => {
    const padded = new Uint8Array(BYTES_DE_CABECERA)
    padded.set(ftyp('heic', 'mif1', 'miaf', 'MiHB', 'heic'))
    expect(detectarTipo(padded)).toBe('image/heic')
  })
})
