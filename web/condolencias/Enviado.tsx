import { A } from '@solidjs/router'
import { Match, Switch } from 'solid-js'
import { focusOnNavigation, usePageTitle } from '../components/page.ts'
import { t } from '../i18n/index.ts'
import { cannotSaveNow } from '../offline/outbox.ts'
import { outboxItems } from '../offline/outbox-client.ts'
import { tcd } from './i18n/index.ts'
import { paths } from './rutas.ts'

export { ready } from './i18n/index.ts'

function receiptId(body: unknown): string | undefined {
  if (typeof body === 'object' && body !== null && 'id' in body && typeof body.id === 'string') return body.id
  return undefined
}

/**
 * The confirmation page. It follows the outbox item: a message saved offline turns into "sent"
 * here, with its registration number, as soon as the network returns.
 */
export function Enviado(props: { id: string }) {
  const item = () => outboxItems().find((candidate) => candidate.id === props.id)
  const sent = () => item()?.state === 'sent'
  usePageTitle(() => (sent() ? tcd('cond.sent.title') : tcd('cond.queued.title')))
  return (
    <>
      <div aria-live="polite">
        <Switch
          fallback={
            <h1 tabindex="-1" ref={focusOnNavigation}>
              {tcd('cond.queued.title')}
            </h1>
          }
        >
          <Match when={sent() && item()}>
            {(done) => (
              <div class="panel">
                <h1 tabindex="-1" ref={focusOnNavigation}>
                  {tcd('cond.sent.title')}
                </h1>
                <p>{tcd('cond.sent.ref')}</p>
                <p class="panel__ref">{receiptId(done().response?.body)}</p>
              </div>
            )}
          </Match>
          <Match when={item()?.state === 'pending'}>
            <div class="panel panel--queued">
              <h1 tabindex="-1" ref={focusOnNavigation}>
                {tcd('cond.queued.title')}
              </h1>
              <p>{cannotSaveNow(item()) ? t('outbox.cannotSave') : tcd('cond.queued.body')}</p>
            </div>
          </Match>
        </Switch>
      </div>
      <p>{sent() ? tcd('cond.sent.body') : ''}</p>
      <p>
        <A href="/envios">{t('outbox.view')}</A>
      </p>
      <p>
        <A href={paths.nombre}>{tcd('cond.another')}</A>
      </p>
    </>
  )
}
