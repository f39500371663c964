import { createEffect } from 'solid-js'
import { t } from '../i18n/index.ts'

let headingsShown = 0

/**
 * Sets the document title, "Error: " first while the page shows errors (GOV.UK's pattern, so a
 * screen reader hears it on load).
 */
export function usePageTitle(title: () => string, hasErrors: () => boolean = () => false): void {
  createEffect(() => {
    const prefix = hasErrors() ? `${t('form.errorPrefix')} ` : ''
    document.title = `${prefix}${title()} – ${t('app.name')}`
  })
}

/**
 * A page's `<h1 tabindex="-1">` takes focus after a client-side navigation, so screen readers and
 * keyboard users start reading the new page at its top, as they would after a full load. The first
 * page of a visit keeps the browser's own focus.
 *
 * @example
 * <h1 tabindex="-1" ref={focusOnNavigation}>…</h1>
 */
export function focusOnNavigation(heading: HTMLElement): void {
  if (headingsShown++ === 0) return
  requestAnimationFrame(() => {
    if (heading.isConnected) heading.focus()
  })
}
