import { A, useNavigate } from '@solidjs/router'
import { createEffect, Match, Switch } from 'solid-js'
import type { DenunciaView } from '../../../worker/denuncias/schema.ts'
import { focusOnNavigation, usePageTitle } from '../../components/page.ts'
import { isErrorBody } from '../../components/screen.tsx'
import { t } from '../../i18n/index.ts'
import { cannotSaveNow } from '../../offline/outbox.ts'
import { outboxItems } from '../../offline/outbox-client.ts'
import { tn } from './i18n/index.ts'

/**
 * `/denuncias/envio/:id`: a report sent with no network, as it waits in the outbox. Once it
 * arrives, its page with its número; a refusal is said here, in the server's words.
 */
export function EnEspera(props: { id: string }) {
  const navigate = useNavigate()
  const item = () => outboxItems().find((candidate) => candidate.id === props.id)
  const refusal = () => {
    const body = item()?.response?.body
    return item()?.state === 'rejected'
      ? isErrorBody(body)
        ? body.message
        : tn('espera.rechazada')
      : undefined
  }
  usePageTitle(() => (refusal() ? tn('espera.rechazada') : tn('espera.title')))
  createEffect(() => {
    const current = item()
    const sent = current?.state === 'sent' ? (current.response?.body as DenunciaView | undefined) : undefined
    if (sent) navigate(`/denuncias/${sent.numero}?enviada=1`, { replace: true })
  })
  return (
    <Switch
      fallback={
        <>
          <h1 tabindex="-1" ref={focusOnNavigation}>
            {tn('espera.title')}
          </h1>
          <p>{tn('espera.noEsta')}</p>
        </>
      }
    >
      <Match when={refusal()}>
        {(message) => (
          <div class="error-summary" role="alert">
            <h1 tabindex="-1" ref={focusOnNavigation}>
              {tn('espera.rechazada')}
            </h1>
            <p>{message()}</p>
          </div>
        )}
      </Match>
      <Match when={item()}>
        <div class="panel panel--queued" aria-live="polite">
          <h1 tabindex="-1" ref={focusOnNavigation}>
            {tn('espera.title')}
          </h1>
          <p>{cannotSaveNow(item()) ? t('outbox.cannotSave') : tn('espera.body')}</p>
        </div>
        <p>
          <A href="/envios">{t('outbox.view')}</A>
        </p>
      </Match>
    </Switch>
  )
}
