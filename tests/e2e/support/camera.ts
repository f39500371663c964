import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { encode } from 'uqr'

/** Chromium's fake camera plays the file at the size it declares: a webcam's usual one. */
const WIDTH = 640
const HEIGHT = 480
/** Pixels per QR module, less when a long text makes the code larger than the frame. */
const MAX_MODULE = 8
/** Chromium loops the file; a few identical frames are as good as many. */
const FRAMES = 3

/** A frame's luma: the QR code in `text`, black on white, centred, with its 4-module quiet zone. */
function qrLuma(text: string): Uint8Array {
  const { data, size } = encode(text, { ecc: 'M', border: 4 })
  const module = Math.min(MAX_MODULE, Math.floor(Math.min(WIDTH, HEIGHT) / size))
  if (module < 2) throw new Error(`a ${size}-module QR code does not fit ${WIDTH}×${HEIGHT}`)
  const left = Math.floor((WIDTH - size * module) / 2)
  const top = Math.floor((HEIGHT - size * module) / 2)
  const luma = new Uint8Array(WIDTH * HEIGHT).fill(255)
  for (let y = 0; y < size * module; y++) {
    const row = data[Math.floor(y / module)] ?? []
    for (let x = 0; x < size * module; x++) {
      if (row[Math.floor(x / module)]) luma[(top + y) * WIDTH + left + x] = 0
    }
  }
  return luma
}

function writeY4m(luma: Uint8Array): string {
  const chroma = new Uint8Array((WIDTH / 2) * (HEIGHT / 2) * 2).fill(128)
  const frame = Buffer.concat([Buffer.from('FRAME\n'), luma, chroma])
  const header = Buffer.from(`YUV4MPEG2 W${WIDTH} H${HEIGHT} F30:1 Ip A1:1 C420jpeg\n`)
  const file = join(mkdtempSync(join(tmpdir(), 'cv-camera-')), 'camera.y4m')
  writeFileSync(file, Buffer.concat([header, ...Array.from({ length: FRAMES }, () => frame)]))
  return file
}

/**
 * Writes `text` as a QR code into a Y4M video (YUV4MPEG2, 4:2:0, grey: chroma at 128) for
 * Chromium's `--use-file-for-fake-video-capture`, and returns the file's path. Y4M rather than
 * MJPEG: raw frames, nothing for Chromium's decoder to reject.
 *
 * @example
 * const browser = await launchBrowser({ fakeCamera: fakeCameraFile('https://host/verificar#CV1.a.b') })
 */
export function fakeCameraFile(text: string): string {
  return writeY4m(qrLuma(text))
}

/** A fake camera pointed at a blank white page: no code to read, the scanner keeps looking. */
export function blankCameraFile(): string {
  return writeY4m(new Uint8Array(WIDTH * HEIGHT).fill(255))
}
