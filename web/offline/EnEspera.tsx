import { A, useNavigate } from '@solidjs/router'
import { createEffect, For, type JSX, Match, Show, Switch } from 'solid-js'
import { focusOnNavigation, usePageTitle } from '../components/page.ts'
import { t } from '../i18n/index.ts'
import { cannotSaveNow, type OutboxItem } from './outbox.ts'
import { outboxItems } from './outbox-client.ts'
import { razones } from './razones.ts'

/** What a waiting page says, in its service's words. */
export interface PalabrasEspera {
  /** Its heading while it waits, e.g. «Su denuncia está guardada en este dispositivo». */
  title: string
  /** That it goes by itself once the network returns. */
  body: string
  /** The item is not on this device (already seen, or another device's). */
  gone: string
  /** The heading of a refusal. */
  rejected: string
}

/**
 * A waiting page's words from its service's catalogue, under the keys every service gives them
 * (`espera.title`, `espera.body`, `espera.noEsta`, `espera.rechazada`).
 *
 * @example
 * <EnEspera id={id} words={palabrasEspera(tn)} destino={…} />
 */
export function palabrasEspera(
  t: (key: 'espera.title' | 'espera.body' | 'espera.noEsta' | 'espera.rechazada') => string,
): PalabrasEspera {
  return {
    title: t('espera.title'),
    body: t('espera.body'),
    gone: t('espera.noEsta'),
    rejected: t('espera.rechazada'),
  }
}

/**
 * `destino` for a service whose answer is the case's `numero`: its page, with `?<aviso>=1` (the page
 * then says it has just arrived).
 *
 * @example
 * destino={aSuNumero('/reclamos', 'enviado')} // '/reclamos/K7Q2M9XW4P?enviado=1'
 */
export function aSuNumero(base: string, aviso: string): (item: OutboxItem) => string | undefined {
  return (item) => {
    const body = item.response?.body
    const numero =
      typeof body === 'object' && body !== null && 'numero' in body && typeof body.numero === 'string'
        ? body.numero
        : undefined
    return numero ? `${base}/${numero}?${aviso}=1` : undefined
  }
}

/**
 * A submission made with no network, as it waits in the outbox (`/<service>/envio/:id`): a panel
 * that says it is kept and goes by itself; once the server takes it, `destino` says which page
 * shows it, from the item (the page goes there, replacing this one); a refusal is said here in the server's
 * words, with what `rechazado` offers (a way to correct the answers).
 *
 * @example
 * <EnEspera id={id} words={{ title: …, body: …, gone: …, rejected: … }}
 *   destino={(item) => `/denuncias/${(item.response?.body as DenunciaView).numero}?enviada=1`} />
 */
export function EnEspera(props: {
  id: string
  words: PalabrasEspera
  destino: (item: OutboxItem) => string | undefined
  rechazado?: (item: OutboxItem) => JSX.Element
}) {
  const navigate = useNavigate()
  const item = () => outboxItems().find((candidate) => candidate.id === props.id)
  const rejected = () => {
    const current = item()
    return current?.state === 'rejected' ? current : undefined
  }
  usePageTitle(() => (rejected() ? props.words.rejected : props.words.title))
  createEffect(() => {
    const current = item()
    const to = current?.state === 'sent' ? props.destino(current) : undefined
    if (to) navigate(to, { replace: true })
  })
  return (
    <Switch
      fallback={
        <>
          <h1 tabindex="-1" ref={focusOnNavigation}>
            {props.words.title}
          </h1>
          <p>{props.words.gone}</p>
          <p>
            <A href="/envios">{t('outbox.view')}</A>
          </p>
        </>
      }
    >
      <Match when={rejected()}>
        {(found) => (
          <>
            <div class="error-summary" role="alert">
              <h1 tabindex="-1" ref={focusOnNavigation}>
                {props.words.rejected}
              </h1>
              <For each={razones(found())}>{(reason) => <p>{reason}</p>}</For>
            </div>
            <Show when={props.rechazado}>{(more) => more()(found())}</Show>
          </>
        )}
      </Match>
      <Match when={item()}>
        <div class="panel panel--queued" aria-live="polite">
          <h1 tabindex="-1" ref={focusOnNavigation}>
            {props.words.title}
          </h1>
          <p>{cannotSaveNow(item()) ? t('outbox.cannotSave') : props.words.body}</p>
        </div>
        <p>
          <A href="/envios">{t('outbox.view')}</A>
        </p>
      </Match>
    </Switch>
  )
}
