import { createSignal, onCleanup, onMount } from 'solid-js'
import { horaChile } from './fechas.ts'
import { ts } from './i18n/index.ts'

/** How often the figures' screens ask again. */
export const REFRESH_MS = 30_000

/**
 * Figures asked for on mount and every 30 s while the tab is shown, until the page is left. `load` gives the figures,
 * `undefined` when there are none to ask for, or `null` when the server could not answer (the
 * last figures then stay, and the page says they are not current).
 *
 * @example
 * const figures = useRefresco(async () => { const r = await callApi<Cifras>('GET', url); return r.ok ? r.body : null })
 */
export function useRefresco<T>(load: () => Promise<T | null | undefined>) {
  const [data, setData] = createSignal<T | undefined>()
  const [at, setAt] = createSignal<string | undefined>()
  const [failed, setFailed] = createSignal(false)
  const refresh = async () => {
    const result = await load()
    setFailed(result === null)
    if (result === null || result === undefined) return
    setData(() => result)
    setAt(new Date().toISOString())
  }
  // Nobody reads a hidden tab: no requests then, and one at once when it is shown again.
  const visible = () => document.visibilityState === 'visible'
  const timer = setInterval(() => {
    if (visible()) void refresh()
  }, REFRESH_MS)
  const shown = () => {
    if (visible()) void refresh()
  }
  document.addEventListener('visibilitychange', shown)
  onCleanup(() => {
    clearInterval(timer)
    document.removeEventListener('visibilitychange', shown)
  })
  onMount(() => void refresh())
  return { data, at, failed, refresh, clear: () => setData(undefined) }
}

/** "Updated at 14:05", or that the last try failed: announced politely. */
export function Actualizacion(props: { at: string | undefined; failed: boolean }) {
  return (
    <p aria-live="polite">
      {props.failed
        ? ts('staff.cifras.error')
        : props.at
          ? ts('staff.cifras.actualizado', { hora: horaChile(props.at) })
          : ''}
    </p>
  )
}
