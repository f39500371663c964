import { A } from '@solidjs/router'
import { Match, Switch } from 'solid-js'
import { focusOnNavigation, usePageTitle } from '../components/page.ts'
import { t } from '../i18n/index.ts'
import { cannotSaveNow } from '../offline/outbox.ts'
import { outboxItems } from '../offline/outbox-client.ts'
import { tf } from './i18n/index.ts'
import { paths } from './rutas.ts'

export { ready } from './i18n/index.ts'

function numeroOf(body: unknown): string | undefined {
  if (typeof body === 'object' && body !== null && 'numero' in body && typeof body.numero === 'string')
    return body.numero
  return undefined
}

/**
 * The receipt. It follows the outbox item: a commendation saved offline turns into "sent" here,
 * with its number, as soon as the network returns.
 */
export function Enviado(props: { id: string }) {
  const item = () => outboxItems().find((candidate) => candidate.id === props.id)
  const sent = () => item()?.state === 'sent'
  usePageTitle(() => (sent() ? tf('fel.sent.title') : tf('fel.queued.title')))
  return (
    <>
      <div aria-live="polite">
        <Switch
          fallback={
            <h1 tabindex="-1" ref={focusOnNavigation}>
              {tf('fel.queued.title')}
            </h1>
          }
        >
          <Match when={sent() && item()}>
            {(done) => (
              <div class="panel">
                <h1 tabindex="-1" ref={focusOnNavigation}>
                  {tf('fel.sent.title')}
                </h1>
                <p>{tf('fel.sent.ref')}</p>
                <p class="panel__ref">{numeroOf(done().response?.body)}</p>
              </div>
            )}
          </Match>
          <Match when={item()?.state === 'pending'}>
            <div class="panel panel--queued">
              <h1 tabindex="-1" ref={focusOnNavigation}>
                {tf('fel.queued.title')}
              </h1>
              <p>{cannotSaveNow(item()) ? t('outbox.cannotSave') : tf('fel.queued.body')}</p>
            </div>
          </Match>
        </Switch>
      </div>
      <p>{sent() ? tf('fel.sent.body') : ''}</p>
      <p>
        <A href="/mis-tramites">{t('account.myRequests')}</A>
      </p>
      <p>
        <A href={paths.unidad}>{tf('fel.another')}</A>
      </p>
    </>
  )
}
