import { Show } from 'solid-js'
import { t } from '../i18n/index.ts'
import { acceptUpdate, postponeUpdate, updateWaiting } from './register.ts'

/** The "new version" banner: the update happens only when the user asks for it. */
export function UpdatePrompt() {
  return (
    <div aria-live="polite">
      <Show when={updateWaiting()}>
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
      </Show>
    </div>
  )
}
