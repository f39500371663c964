import { A } from '@solidjs/router'
import { createEffect, createSignal, Show, Suspense } from 'solid-js'
import { screen } from '../components/lazy.ts'
import { plural, t } from '../i18n/index.ts'
import { cannotSaveNow } from './outbox.ts'
import { outboxItems, pendingCount, sending, waiting } from './outbox-client.ts'

/**
 * What waits for a sign-in (offline/Waiting.tsx), with its words: only a device where something
 * waits so loads them (decision 0028).
 *
 * @example
 * <Show when={waiting()}><Waiting /></Show>
 */
export const Waiting = screen(
  () => import('./Waiting.tsx'),
  (m) => m.Waiting,
)

/**
 * "2 envíos pendientes" on every page while something waits for the network; once they go, how
 * many went. A live region, so the change is announced wherever the user is. An item sent at once
 * when submitted never waited, so it is not reported here (its own page says it was sent). When
 * the server answered that it cannot save right now, the banner says so, and that the forms
 * stayed on this device: that is not the network's fault, and the citizen should not retype them.
 */
export function OutboxBanner() {
  const waited = new Set<string>()
  const [sent, setSent] = createSignal(0)
  let pendingBefore = 0
  // An item waiting for its owner's sign-in is not "pending" here: the notice below says what to do.
  createEffect(() => {
    let newlySent = 0
    for (const item of outboxItems()) {
      if (item.state === 'pending' && !sending()) waited.add(item.id)
      else if (item.state === 'sent' && waited.delete(item.id)) newlySent++
    }
    // A new wait starts a new count.
    if (pendingBefore === 0 && pendingCount() > 0) setSent(0)
    if (newlySent > 0) setSent((count) => count + newlySent)
    pendingBefore = pendingCount()
  })
  return (
    <div role="status">
      <Show when={pendingCount() > 0 || sent() > 0}>
        <div class="banner">
          <p class="container">
            <strong>
              {pendingCount() > 0
                ? plural('outbox.pending', pendingCount())
                : plural('outbox.flushed', sent())}
            </strong>{' '}
            <Show when={outboxItems().some(cannotSaveNow)}>{t('outbox.cannotSave')} </Show>
            <A href="/envios">{t('outbox.view')}</A>
          </p>
        </div>
      </Show>
      <Show when={waiting()}>
        <div class="banner">
          <div class="container">
            <Suspense>
              <Waiting />
            </Suspense>
          </div>
        </div>
      </Show>
    </div>
  )
}
