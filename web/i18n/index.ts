import { batch, createSignal } from 'solid-js'
import type { Locale } from '../../worker/i18n/index.ts'
import { idiomaDeLaDireccion, sinRastro } from '../informacion/sin-rastro.ts'
import { messages as es, type MessageKey, type Messages } from './es.ts'
import { format, locales, registerCatalog } from './server-locales.ts'

export type { Locale, MessageKey }
export { locales }

/** Each language named in itself, as a language switch should show it. */
export const localeNames: Record<Locale, string> = { es: 'Español', en: 'English', ht: 'Kreyòl ayisyen' }

const STORAGE_KEY = 'lang'
const [locale, setLocaleSignal] = createSignal<Locale>('es')
const [messages, setMessages] = createSignal<Messages>(es)
const cache: Partial<Record<Locale, Messages>> = { es }

/** The current locale, reactive. */
export { locale }

export function isLocale(value: unknown): value is Locale {
  return locales.some((item) => item === value)
}

// One chunk per locale; Spanish is in the main bundle because most visitors read it.
async function load(target: Locale): Promise<Messages> {
  const hit = cache[target]
  if (hit) return hit
  const chunk = target === 'en' ? await import('./en.ts') : await import('./ht.ts')
  registerCatalog(target, chunk.server)
  cache[target] = chunk.messages
  return chunk.messages
}

/**
 * A user-visible string in the current language, with `{name}` placeholders filled. Reactive:
 * JSX that calls it re-renders when the language changes.
 *
 * @example
 * <h1>{t('home.title')}</h1>
 */
export function t(key: MessageKey, params: Record<string, string | number> = {}): string {
  return format(messages()[key], params)
}

/**
 * An empty field's message, in the one wording of every form, citizen's and staff's alike: the
 * API's own (`validation.required`; tests/unit/i18n-required.test.ts keeps the two equal).
 *
 * @example
 * obligatorio('Código del documento') // '«Código del documento» es obligatorio.'
 */
export function obligatorio(field: string): string {
  return t('form.required', { field })
}

/** Picks the `.one` or `.other` form of a counted message. */
export function plural(
  base: 'outbox.pending' | 'outbox.flushed' | 'form.charsLeft' | 'form.charsOver',
  n: number,
): string {
  return t(n === 1 ? `${base}.one` : `${base}.other`, { n })
}

/** Loads a feature catalogue's messages for a language and returns how to put them in place. */
type FeatureLoader = (target: Locale) => Promise<() => void>
const featureLoaders = new Set<FeatureLoader>()

/**
 * A catalogue that travels with a lazily loaded part of the app rather than with the shell: the
 * officers' screens, whose words citizens never download. Its Spanish comes in the part's own
 * chunk, English and Creole load on demand; a language switch waits for them, so the whole page
 * changes at once. `ready` resolves once the current language is in place: await it before the
 * part's first render.
 *
 * @example
 * export const { t: ts, ready } = featureCatalog(es, (code) => (code === 'en' ? import('./en.ts') : import('./ht.ts')))
 */
export function featureCatalog<K extends string>(
  es: Record<K, string>,
  loadOther: (target: Exclude<Locale, 'es'>) => Promise<{ messages: Record<K, string> }>,
): { t: (key: K, params?: Record<string, string | number>) => string; ready: Promise<void> } {
  const loaded: Partial<Record<Locale, Record<K, string>>> = { es }
  const [current, setCurrent] = createSignal<Record<K, string>>(es)
  const loadFeature: FeatureLoader = async (target) => {
    const found = loaded[target] ?? (target === 'es' ? es : (await loadOther(target)).messages)
    loaded[target] = found
    return () => setCurrent(() => found)
  }
  featureLoaders.add(loadFeature)
  return {
    t: (key, params = {}) => format(current()[key], params),
    ready: loadFeature(locale()).then((commit) => commit()),
  }
}

function readCookie(): string | undefined {
  return /(?:^|;\s*)lang=([^;]+)/.exec(document.cookie)?.[1]
}

/**
 * The language to start in: the remembered choice, else the browser's, else Spanish — on
 * información anónima's pages the address's alone (`?lang=`), else Spanish: they read no cookie
 * and no storage (decision 0045).
 */
function initialLocale(): Locale {
  if (sinRastro()) {
    const pedido = idiomaDeLaDireccion()
    return isLocale(pedido) ? pedido : 'es'
  }
  let stored: string | null = null
  try {
    stored = localStorage.getItem(STORAGE_KEY)
  } catch {
    // Storage can be disabled; the cookie still remembers.
  }
  const remembered = stored ?? readCookie()
  if (isLocale(remembered)) return remembered
  const preferred = navigator.languages.map((tag) => tag.split('-')[0]).find(isLocale)
  return preferred ?? 'es'
}

/**
 * Switches the language: loads its catalogue, updates `<html lang>`, and remembers the choice in
 * localStorage and in the `lang` cookie, which the API reads so its messages match the page.
 */
export async function setLocale(target: Locale, remember = true): Promise<void> {
  const [main, ...features] = await Promise.all([
    load(target),
    ...[...featureLoaders].map((loadFeature) => loadFeature(target)),
  ])
  // Everything switches in one go: no screen half in the old language.
  batch(() => {
    setMessages(main)
    setLocaleSignal(target)
    for (const commit of features) commit()
  })
  document.documentElement.lang = target
  if (sinRastro()) {
    // Nothing remembered on the device: the address carries the choice, so a reload keeps it.
    const url = new URL(location.href)
    url.searchParams.set('lang', target)
    history.replaceState(history.state, '', url)
    return
  }
  if (!remember) return
  try {
    localStorage.setItem(STORAGE_KEY, target)
  } catch {
    // Private modes may refuse storage; the cookie below is enough for the server.
  }
  const secure = location.protocol === 'https:' ? '; Secure' : ''
  // biome-ignore lint/suspicious/noDocumentCookie: the Cookie Store API is missing in Safari and Firefox.
  document.cookie = `lang=${target}; Path=/; Max-Age=31536000; SameSite=Lax${secure}`
}

/** Starts in the remembered or preferred language; a remembered one is re-synced to the cookie. */
export async function startI18n(): Promise<void> {
  const start = initialLocale()
  let remembered = false
  try {
    // On información anónima's pages nothing is read from storage (sinRastro), nor written (setLocale).
    remembered = !sinRastro() && localStorage.getItem(STORAGE_KEY) === start
  } catch {
    // No storage: nothing to re-sync.
  }
  await setLocale(start, remembered)
}
