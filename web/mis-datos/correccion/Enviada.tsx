import { A, useSearchParams } from '@solidjs/router'
import { Match, Switch } from 'solid-js'
import { RETENCION } from '../../../core/retention.ts'
import { focusOnNavigation, usePageTitle } from '../../components/page.ts'
import { isErrorBody } from '../../forms/api.ts'
import { t } from '../../i18n/index.ts'
import { cannotSaveNow } from '../../offline/outbox.ts'
import { outboxItems } from '../../offline/outbox-client.ts'
import { paths, type RectificacionCreada } from '../api.ts'
import { dia } from '../palabras.ts'
import { tco } from './i18n/index.ts'

function creada(body: unknown): RectificacionCreada | undefined {
  return typeof body === 'object' && body !== null && 'code' in body && 'venceAt' in body
    ? (body as RectificacionCreada)
    : undefined
}

/**
 * `/mis-datos/correccion/enviada?envio=<outbox id>`: the confirmation. It follows the outbox item,
 * so a request saved offline turns into "Solicitud enviada" here, with its number and the legal
 * due date, as soon as the network returns.
 */
export function Enviada() {
  const [params] = useSearchParams<{ envio?: string }>()
  const item = () => outboxItems().find((candidate) => candidate.id === params.envio)
  const hecha = () => (item()?.state === 'sent' ? creada(item()?.response?.body) : undefined)
  const titulo = () =>
    hecha()
      ? tco('co.sent.title')
      : item()?.state === 'rejected'
        ? tco('co.rejected.title')
        : item()
          ? tco('co.queued.title')
          : tco('co.unknown')
  usePageTitle(titulo)
  const rechazo = () => {
    const body = item()?.response?.body
    return isErrorBody(body) ? body.message : ''
  }
  return (
    <>
      <div aria-live="polite">
        <Switch
          fallback={
            <h1 tabindex="-1" ref={focusOnNavigation}>
              {titulo()}
            </h1>
          }
        >
          <Match when={hecha()}>
            {(done) => (
              <>
                <div class="panel">
                  <h1 tabindex="-1" ref={focusOnNavigation}>
                    {tco('co.sent.title')}
                  </h1>
                  <p>{tco('co.sent.ref')}</p>
                  <p class="panel__ref">{done().code}</p>
                </div>
                <p>
                  {tco('co.sent.plazo', {
                    fecha: dia(done().venceAt),
                    dias: RETENCION.respuestaSolicitudDias,
                  })}
                </p>
              </>
            )}
          </Match>
          <Match when={item()?.state === 'pending'}>
            <div class="panel panel--queued">
              <h1 tabindex="-1" ref={focusOnNavigation}>
                {tco('co.queued.title')}
              </h1>
              <p>{cannotSaveNow(item()) ? t('outbox.cannotSave') : tco('co.queued.body')}</p>
            </div>
          </Match>
          <Match when={item()?.state === 'rejected'}>
            <h1 tabindex="-1" ref={focusOnNavigation}>
              {tco('co.rejected.title')}
            </h1>
            <p>{rechazo()}</p>
            <p>
              <A href="/envios">{t('outbox.view')}</A>
            </p>
          </Match>
        </Switch>
      </div>
      <p>
        <A href="/mis-tramites">{tco('co.sent.tramites')}</A>
      </p>
      <p>
        <A href={paths.correccion}>{tco('co.otra')}</A>
      </p>
    </>
  )
}
