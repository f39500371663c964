import { A, useNavigate } from '@solidjs/router'
import { createEffect, createSignal, Match, Switch } from 'solid-js'
import { focusOnNavigation, usePageTitle } from '../../components/page.ts'
import { t } from '../../i18n/index.ts'
import { catalog } from '../../i18n/server-catalog.ts'
import { cannotSaveNow } from '../../offline/outbox.ts'
import { outboxItems } from '../../offline/outbox-client.ts'
import { paths } from '../comun.ts'
import { ts } from './i18n/index.ts'
import { seguir } from './resultado.ts'

/**
 * `/permisos/envio/:id`: a request made with no network, as it waits in the outbox. Once it
 * arrives, the permit is shown (and kept on the device); a refusal gets its page; a problem with
 * the answers goes back to the form; anything else (the weekly quota used up) is said here.
 */
export function EnEspera(props: { id: string }) {
  const navigate = useNavigate()
  const [problem, setProblem] = createSignal<string | undefined>()
  const item = () => outboxItems().find((candidate) => candidate.id === props.id)
  usePageTitle(() => (problem() ? ts('queued.failed.title') : ts('queued.title')))
  createEffect(() => {
    const current = item()
    if (!current || current.state === 'pending') return
    void seguir(current, catalog(current.lang).errors.internal).then((next) => {
      if ('go' in next) navigate(next.go, { replace: true })
      else if ('problem' in next) setProblem(next.problem)
    })
  })
  return (
    <Switch
      fallback={
        <>
          <h1 tabindex="-1" ref={focusOnNavigation}>
            {ts('queued.title')}
          </h1>
          <p>{ts('queued.gone')}</p>
          <p>
            <A href="/envios">{t('outbox.view')}</A>
          </p>
        </>
      }
    >
      <Match when={problem()}>
        {(message) => (
          <>
            <div class="error-summary" role="alert">
              <h1 tabindex="-1" ref={focusOnNavigation} class="pm-error-title">
                {ts('queued.failed.title')}
              </h1>
              <p>{message()}</p>
            </div>
            <p>
              <A href={paths.form}>{ts('queued.failed.again')}</A>
            </p>
          </>
        )}
      </Match>
      <Match when={item()}>
        <div class="panel panel--queued" aria-live="polite">
          <h1 tabindex="-1" ref={focusOnNavigation}>
            {ts('queued.title')}
          </h1>
          <p>{cannotSaveNow(item()) ? t('outbox.cannotSave') : ts('queued.body')}</p>
        </div>
        <p>
          <A href="/envios">{t('outbox.view')}</A>
        </p>
      </Match>
    </Switch>
  )
}
