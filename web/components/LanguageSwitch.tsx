import { For } from 'solid-js'
import { type Locale, locale, localeNames, locales, setLocale, t } from '../i18n/index.ts'

/** The language switch: each language named in itself, the current one marked. */
export function LanguageSwitch() {
  return (
    <nav aria-label={t('app.language')}>
      <ul class="lang-switch">
        <For each={locales}>
          {(code: Locale) => (
            <li>
              <button
                type="button"
                lang={code}
                aria-current={locale() === code ? 'true' : undefined}
                onClick={() => void setLocale(code)}
              >
                {localeNames[code]}
              </button>
            </li>
          )}
        </For>
      </ul>
    </nav>
  )
}
