import { createSignal, onCleanup, Show } from 'solid-js'
import { type Decoder, loadDecoder } from './decoder.ts'
import { tq } from './i18n/index.ts'
import './escaner.css'

export { ready } from './i18n/index.ts'

/** How often a frame is read: quick enough to feel instant, slow enough to spare a phone's battery. */
const SCAN_INTERVAL_MS = 200

type Status =
  | 'idle'
  | 'starting'
  | 'scanning'
  | 'read'
  | 'denied'
  | 'noCamera'
  | 'unsupported'
  | 'failed'
  | 'noDecoder'

const MESSAGES = {
  idle: undefined,
  starting: 'esc.starting',
  scanning: 'esc.scanning',
  read: 'esc.read',
  denied: 'esc.denied',
  noCamera: 'esc.noCamera',
  unsupported: 'esc.unsupported',
  failed: 'esc.failed',
  noDecoder: 'esc.noDecoder',
} as const satisfies Record<Status, Parameters<typeof tq>[0] | undefined>

const isProblem = (status: Status) => !['idle', 'starting', 'scanning', 'read'].includes(status)
const isActive = (status: Status) => status === 'starting' || status === 'scanning'

/** What a refused `getUserMedia` means for the person holding the phone. */
function problemOf(error: unknown): Status {
  const name = error instanceof DOMException ? error.name : ''
  if (name === 'NotAllowedError' || name === 'SecurityError') return 'denied'
  if (name === 'NotFoundError' || name === 'OverconstrainedError') return 'noCamera'
  return 'failed'
}

/** Loads the QR decoder now, so that a scan later works with the network gone. */
export function preloadDecoder(): void {
  loadDecoder().catch(() => undefined)
}

export interface EscanerProps {
  /** The decoded text of the first QR code seen; the camera is already off. */
  onCode: (text: string) => void
  /** The start button's words; "Escanear con la cámara" by default. */
  label?: string
}

/**
 * A QR code scanner on the rear camera: a button opens it, the first code read closes it and is
 * handed to `onCode`. `BarcodeDetector` where the browser has it, jsQR otherwise.
 */
export function Escaner(props: EscanerProps) {
  const [status, setStatus] = createSignal<Status>('idle')
  let root: HTMLDivElement | undefined
  let video: HTMLVideoElement | undefined
  let startButton: HTMLButtonElement | undefined
  let cancelButton: HTMLButtonElement | undefined
  let stream: MediaStream | undefined
  let timer: ReturnType<typeof setTimeout> | undefined
  // Every start and stop moves it on: a camera or frame that arrives for an older one is dropped.
  let generation = 0

  /** A new status; focus follows to the button now shown if it was on the one now gone. */
  const show = (next: Status) => {
    const hadFocus = root?.contains(document.activeElement) ?? false
    setStatus(next)
    if (hadFocus) (isActive(next) ? cancelButton : startButton)?.focus()
  }

  const stop = () => {
    generation += 1
    clearTimeout(timer)
    for (const track of stream?.getTracks() ?? []) track.stop()
    stream = undefined
    if (video) video.srcObject = null
  }

  const scan = async (attempt: number, decode: Decoder) => {
    let text: string | undefined
    try {
      if (video && video.readyState >= HTMLMediaElement.HAVE_CURRENT_DATA) text = await decode(video)
    } catch {
      // A frame the decoder choked on is skipped, not fatal.
    }
    if (attempt !== generation) return
    if (!text) {
      timer = setTimeout(() => void scan(attempt, decode), SCAN_INTERVAL_MS)
      return
    }
    stop()
    show('read')
    props.onCode(text)
  }

  const start = async () => {
    stop()
    const attempt = generation
    if (!navigator.mediaDevices?.getUserMedia) return show('unsupported')
    show('starting')
    const decoder = loadDecoder()
    let camera: MediaStream
    let decode: Decoder
    try {
      camera = await navigator.mediaDevices.getUserMedia({
        video: { facingMode: 'environment' },
        audio: false,
      })
    } catch (error) {
      if (attempt === generation) show(problemOf(error))
      return
    }
    try {
      decode = await decoder
    } catch {
      for (const track of camera.getTracks()) track.stop()
      if (attempt === generation) show('noDecoder')
      return
    }
    // Cancelled, or the page left, while the camera was opening.
    if (attempt !== generation || !video) {
      for (const track of camera.getTracks()) track.stop()
      return
    }
    stream = camera
    video.srcObject = camera
    show('scanning')
    await video.play().catch(() => undefined)
    void scan(attempt, decode)
  }

  const cancel = () => {
    stop()
    show('idle')
  }

  onCleanup(stop)

  const message = () => {
    const key = MESSAGES[status()]
    return key ? tq(key) : ''
  }

  return (
    <div class="escaner" ref={root}>
      <div class="escaner__view" hidden={status() !== 'scanning'}>
        <video ref={video} class="escaner__video" muted playsinline aria-label={tq('esc.video')} />
      </div>
      <div
        class={isProblem(status()) ? 'escaner__status escaner__status--problem' : 'escaner__status'}
        role="status"
        aria-live="polite"
      >
        {message()}
      </div>
      <Show
        when={isActive(status())}
        fallback={
          <button
            type="button"
            class="button button--secondary escaner__button"
            ref={startButton}
            onClick={() => void start()}
          >
            <svg class="escaner__icon" viewBox="0 0 24 24" width="24" height="24" aria-hidden="true">
              <path
                d="M4 8h3l2-3h6l2 3h3v11H4z M12 10a3.5 3.5 0 1 0 0 7a3.5 3.5 0 1 0 0-7"
                fill="none"
                stroke="currentColor"
                stroke-width="2"
                stroke-linejoin="round"
              />
            </svg>
            {props.label ?? tq('esc.start')}
          </button>
        }
      >
        <button type="button" class="button button--secondary" ref={cancelButton} onClick={cancel}>
          {tq('esc.cancel')}
        </button>
      </Show>
    </div>
  )
}
