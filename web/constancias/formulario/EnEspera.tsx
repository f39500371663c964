import { A, useNavigate } from '@solidjs/router'
import { createEffect, For, Match, Show, Switch } from 'solid-js'
import { focusOnNavigation, usePageTitle } from '../../components/page.ts'
import { t } from '../../i18n/index.ts'
import { cannotSaveNow, dismiss } from '../../offline/outbox.ts'
import { outboxItems } from '../../offline/outbox-client.ts'
import { razones } from '../../offline/razones.ts'
import { dia, diaHora, isErrorBody, paths, remember, type SolicitudView } from '../constancias.tsx'
import { fichaActual } from '../tramite/Tramite.tsx'
import { draft, respuestasDe, setServerProblems } from './form.ts'
import { tv } from './i18n/index.ts'

function isView(body: unknown): body is SolicitudView {
  return typeof body === 'object' && body !== null && 'code' in body && typeof body.code === 'string'
}

/**
 * `/constancias/votacion/envio/:id`: a request sent with no network, as it waits in the outbox.
 * Once it arrives, its code is shown (the "Solicitud Pendiente" screen); if the server refuses it
 * (the window closed meanwhile, a birth date that is not the registry's) this says so plainly.
 */
export function EnEspera(props: { id: string }) {
  const navigate = useNavigate()
  const item = () => outboxItems().find((candidate) => candidate.id === props.id)
  usePageTitle(() => (item()?.state === 'rejected' ? tv('queued.rejected.title') : tv('queued.title')))
  createEffect(() => {
    const sent = item()
    const body = sent?.response?.body
    if (sent?.state === 'sent' && isView(body)) {
      remember(body)
      navigate(paths.solicitud(body.code), { replace: true })
    }
  })
  const deadline = () => {
    const ficha = fichaActual()
    return ficha ? { ...diaHora(ficha.eleccion.ventanaFin), fecha: dia(ficha.eleccion.fecha) } : undefined
  }
  const correctable = () => {
    const body = item()?.response?.body
    return isErrorBody(body) && body.code === 'validation_failed' && (body.fields?.length ?? 0) > 0
  }
  const correct = async () => {
    const rejected = item()
    const body = rejected?.response?.body
    if (!rejected || !isErrorBody(body)) return
    draft.replace(respuestasDe(rejected.body))
    setServerProblems(body.fields ?? [])
    await dismiss(rejected.id)
    navigate(paths.form)
  }
  return (
    <Switch
      fallback={
        <>
          <h1 tabindex="-1" ref={focusOnNavigation}>
            {tv('queued.title')}
          </h1>
          <p>{tv('queued.gone')}</p>
          <p>
            <A href="/envios">{t('outbox.view')}</A>
          </p>
        </>
      }
    >
      <Match when={item()?.state === 'pending' || item()?.state === 'sent'}>
        <div class="panel panel--queued" aria-live="polite">
          <h1 tabindex="-1" ref={focusOnNavigation}>
            {tv('queued.title')}
          </h1>
          <p>{cannotSaveNow(item()) ? t('outbox.cannotSave') : tv('queued.body')}</p>
        </div>
        <Show when={deadline()}>{(when) => <p>{tv('queued.deadline', when())}</p>}</Show>
        <p>
          <A href="/envios">{t('outbox.view')}</A>
        </p>
      </Match>
      <Match when={item()?.state === 'rejected' ? item() : undefined}>
        {(rejected) => (
          <>
            <div class="error-summary" role="alert">
              <h1 tabindex="-1" ref={focusOnNavigation} class="cv-error-title">
                {tv('queued.rejected.title')}
              </h1>
              <ul>
                <For each={razones(rejected())}>{(reason) => <li>{reason}</li>}</For>
              </ul>
            </div>
            <Show when={correctable()}>
              <button type="button" class="button" onClick={() => void correct()}>
                {tv('queued.rejected.fix')}
              </button>
            </Show>
            <p>
              <A href={paths.info}>{tv('gate.back')}</A>
            </p>
            <p>
              <A href="/envios">{t('outbox.view')}</A>
            </p>
          </>
        )}
      </Match>
    </Switch>
  )
}
