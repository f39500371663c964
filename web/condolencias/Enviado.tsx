import { A } from '@solidjs/router'
import { Match, Show, Switch } from 'solid-js'
import { focusOnNavigation, usePageTitle } from '../components/page.ts'
import { t } from '../i18n/index.ts'
import { cannotSaveNow } from '../offline/outbox.ts'
import { outboxItems } from '../offline/outbox-client.ts'
import { tcd } from './i18n/index.ts'
import { paths, type Recibo } from './rutas.ts'

export { ready } from './i18n/index.ts'

function recibo(body: unknown): Recibo | undefined {
  if (typeof body === 'object' && body !== null && 'id' in body && 'estado' in body) return body as Recibo
  return undefined
}

/** The memorial the message was written to, from the item's body (the draft is gone by now). */
function memorialDe(body: unknown): string | undefined {
  if (typeof body === 'object' && body !== null && 'memorial' in body && typeof body.memorial === 'string')
    return body.memorial
  return undefined
}

/**
 * `/condolencias/enviado/:id`: the message received, and when it will show — pendiente: after the
 * delay during which moderators may stop it («unas 2 horas»); retenido: after a moderator reads it.
 * It follows the outbox item: a message saved offline turns into "received" here when the network
 * returns.
 */
export function Enviado(props: { id: string }) {
  const item = () => outboxItems().find((candidate) => candidate.id === props.id)
  const hecho = () => (item()?.state === 'sent' ? recibo(item()?.response?.body) : undefined)
  usePageTitle(() => (hecho() ? tcd('cond.sent.title') : tcd('cond.queued.title')))
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
          <Match when={hecho()}>
            {(done) => (
              <>
                <div class="panel">
                  <h1 tabindex="-1" ref={focusOnNavigation}>
                    {tcd('cond.sent.title')}
                  </h1>
                  <p>{tcd('cond.sent.ref')}</p>
                  <p class="panel__ref">{done().id}</p>
                </div>
                <p>{done().estado === 'retenido' ? tcd('cond.sent.retenido') : tcd('cond.sent.pendiente')}</p>
              </>
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
      <p>
        <A href="/envios">{t('outbox.view')}</A>
      </p>
      <Show when={memorialDe(item()?.body)}>
        {(slug) => (
          <p>
            <A href={paths.memorial(slug())}>{tcd('cond.volverMemorial')}</A>
          </p>
        )}
      </Show>
    </>
  )
}
