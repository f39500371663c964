/** Reads a QR code from the camera's current frame: its text, or `undefined` when none is in view. */
export type Decoder = (video: HTMLVideoElement) => Promise<string | undefined>

/** The Shape Detection API: Chrome on Android and macOS, Safari; not headless Chromium on Linux. */
interface BarcodeDetectorLike {
  detect(source: HTMLVideoElement): Promise<{ rawValue: string }[]>
}
interface BarcodeDetectorClass {
  new (options: { formats: string[] }): BarcodeDetectorLike
  getSupportedFormats(): Promise<string[]>
}
type JsQr = typeof import('jsqr').default

/** jsQR is slow on large frames and a QR code held up to the camera needs no more than this. */
const MAX_SIDE = 800

async function nativeDecoder(): Promise<Decoder | undefined> {
  const Native = (globalThis as { BarcodeDetector?: BarcodeDetectorClass }).BarcodeDetector
  if (!Native) return undefined
  const formats = await Native.getSupportedFormats().catch((): string[] => [])
  if (!formats.includes('qr_code')) return undefined
  const detector = new Native({ formats: ['qr_code'] })
  return async (video) => (await detector.detect(video))[0]?.rawValue
}

/** jsqr is CommonJS with an `exports.default`: whether `default` is the function or that object depends on the interop. */
async function loadJsQr(): Promise<JsQr> {
  const loaded = (await import('jsqr')).default as unknown as JsQr | { default: JsQr }
  return typeof loaded === 'function' ? loaded : loaded.default
}

function jsQrDecoder(jsQR: JsQr): Decoder {
  const canvas = document.createElement('canvas')
  const context = canvas.getContext('2d', { willReadFrequently: true })
  return async (video) => {
    const scale = Math.min(1, MAX_SIDE / Math.max(video.videoWidth, video.videoHeight))
    const width = Math.round(video.videoWidth * scale)
    const height = Math.round(video.videoHeight * scale)
    if (!context || width === 0 || height === 0) return undefined
    canvas.width = width
    canvas.height = height
    context.drawImage(video, 0, 0, width, height)
    const { data } = context.getImageData(0, 0, width, height)
    // Documents are printed dark on light: no second, inverted pass.
    return jsQR(data, width, height, { inversionAttempts: 'dontInvert' })?.data || undefined
  }
}

let pending: Promise<Decoder> | undefined

/**
 * The best decoder this browser has: `BarcodeDetector` where it reads QR codes, else jsQR (its own
 * chunk, fetched once). A failed fetch is forgotten, so the next scan tries again.
 *
 * @example
 * const decode = await loadDecoder()
 * const text = await decode(video)
 */
export function loadDecoder(): Promise<Decoder> {
  pending ??= nativeDecoder()
    .then(async (native) => native ?? jsQrDecoder(await loadJsQr()))
    .catch((error: unknown) => {
      pending = undefined
      throw error
    })
  return pending
}
