import { t } from '../i18n/index.ts'
import { acceptUpdate, postponeUpdate } from './register.ts'

/**
 * The "new version" banner's content (UpdatePrompt.tsx shows it): the update happens only when the
 * user asks for it. A chunk of its own, loaded only when an update waits — never on a first visit,
 * which has no worker to update — so that the shell every page loads does not carry it.
 *
 * @example
 * <Show when={updateWaiting()}><UpdateBanner /></Show>
 */
export function UpdateBanner() {
  return (
    <section class="banner banner--update" aria-labelledby="update-title">
      <div class="container">
        <p id="update-title">
          <strong>{t('update.title')}</strong> {t('update.body')}
        </p>
        <div class="banner__actions">
          <button type="button" class="button" onClick={acceptUpdate}>
            {t('update.now')}
          </button>
          <button type="button" class="button button--secondary" onClick={postponeUpdate}>
            {t('update.later')}
          </button>
        </div>
      </div>
    </section>
  )
}
