import { lazy, Suspense } from 'solid-js'
import type { EscanerProps } from './Escaner.tsx'

export type { EscanerProps }

const load = () => import('./Escaner.tsx')

// The scanner and its words are a chunk of their own (jsQR another): most visitors type the code
// or arrive from a QR code already, and never open the camera here.
const Lazy = lazy(async () => {
  const m = await load()
  await m.ready
  return { default: m.Escaner }
})

/**
 * A button that opens the rear camera and hands the first QR code it reads to `onCode`.
 *
 * @example
 * onMount(preloadDecoder)
 * <Escaner onCode={(text) => verify(text)} />
 */
export function Escaner(props: EscanerProps) {
  return (
    <Suspense>
      <Lazy {...props} />
    </Suspense>
  )
}

/**
 * Fetches the scanner and its QR decoder now: call it when a page that shows `Escaner` opens, so
 * that a scan still works once the network is gone.
 */
export function preloadDecoder(): void {
  load().then(
    (m) => m.preloadDecoder(),
    () => undefined,
  )
}
