import { useNavigate } from '@solidjs/router'
import { createMemo, For, Match, Show, Suspense, Switch } from 'solid-js'
import type { ErrorBody } from '../../worker/errors.ts'
import { focusOnNavigation, usePageTitle } from '../components/page.ts'
import { formatDate } from '../i18n/dates.ts'
import { t } from '../i18n/index.ts'
import { catalog } from '../i18n/server-catalog.ts'
import { restoreDraft } from '../offline/draft.ts'
import { Waiting } from '../offline/OutboxBanner.tsx'
import { cannotSaveNow, dismiss, type OutboxItem } from '../offline/outbox.ts'
import { flushOutbox, outboxItems, waiting } from '../offline/outbox-client.ts'
import { serviceById } from '../services.ts'
import { te } from './i18n/index.ts'

export { ready } from './i18n/index.ts'

function field(body: unknown, name: string): unknown {
  return typeof body === 'object' && body !== null && name in body ? Reflect.get(body, name) : undefined
}

function rejection(item: OutboxItem): string[] {
  const body = item.response?.body
  const fields = field(body, 'fields')
  if (Array.isArray(fields)) return (fields as ErrorBody['fields'] & object).map((entry) => entry.message)
  const message = field(body, 'message')
  return typeof message === 'string' ? [message] : [catalog(item.lang).errors.internal]
}

function stringValues(body: Record<string, unknown>): Record<string, string> {
  return Object.fromEntries(
    Object.entries(body).filter((entry): entry is [string, string] => typeof entry[1] === 'string'),
  )
}

/** One submission and what became of it. */
function Entry(props: { item: OutboxItem }) {
  const navigate = useNavigate()
  const service = () => serviceById(props.item.service)
  const correct = async () => {
    const review = service()?.reviewPath
    if (!review) return
    await restoreDraft(props.item.service, stringValues(props.item.body))
    await dismiss(props.item.id)
    navigate(review)
  }
  const response = (name: string) => field(props.item.response?.body, name)
  return (
    <li data-outbox-id={props.item.id} data-state={props.item.state}>
      <h2 class="heading-s">{service() ? t(service()?.title ?? 'app.name') : props.item.service}</h2>
      <Switch>
        <Match when={props.item.state === 'pending'}>
          <strong class="tag tag--pending">{te('envios.state.pending')}</strong>
          <p class="meta" data-awaits-sign-in={props.item.awaitsSignIn ? '' : undefined}>
            {cannotSaveNow(props.item)
              ? t('outbox.cannotSave')
              : te('envios.pendingNote', { date: formatDate(props.item.createdAt) })}
          </p>
          <div class="actions">
            <button type="button" class="button button--secondary" onClick={() => void flushOutbox()}>
              {te('envios.retry')}
            </button>
          </div>
        </Match>
        <Match when={props.item.state === 'sent'}>
          <strong class="tag tag--sent">{te('envios.state.sent')}</strong>
          <p class="meta">
            {te('envios.sentNote', {
              date: formatDate(String(response('receivedAt') ?? props.item.createdAt)),
              id: String(response('id') ?? response('code') ?? response('numero') ?? ''),
            })}
          </p>
        </Match>
        <Match when={props.item.state === 'rejected'}>
          <strong class="tag tag--rejected">{te('envios.state.rejected')}</strong>
          <For each={rejection(props.item)}>{(message) => <p class="meta">{message}</p>}</For>
          <Show when={service()?.reviewPath}>
            <div class="actions">
              <button type="button" class="button" onClick={() => void correct()}>
                {te('envios.edit')}
              </button>
            </div>
          </Show>
        </Match>
      </Switch>
      <Show when={props.item.state !== 'pending'}>
        <div class="actions">
          <button type="button" class="button button--secondary" onClick={() => void dismiss(props.item.id)}>
            {te('envios.dismiss')}
          </button>
        </div>
      </Show>
    </li>
  )
}

const sameIds = (a: string[], b: string[]) => a.length === b.length && a.every((id, i) => id === b[i])

/** What this device sent, newest first, and what became of each submission. */
export function Envios() {
  usePageTitle(() => te('envios.title'))
  // Keyed by id, so a refresh of the list updates entries in place and keeps keyboard focus.
  const ids = createMemo(
    () =>
      outboxItems()
        .map((item) => item.id)
        .reverse(),
    [],
    { equals: sameIds },
  )
  const byId = (id: string) => outboxItems().find((item) => item.id === id)
  return (
    <>
      <h1 tabindex="-1" ref={focusOnNavigation}>
        {te('envios.title')}
      </h1>
      <p class="lead">{te('envios.lead')}</p>
      <Show when={waiting()}>
        <div class="panel panel--queued">
          <Suspense>
            <Waiting />
          </Suspense>
        </div>
      </Show>
      <Show when={ids().length > 0} fallback={<p>{te('envios.empty')}</p>}>
        <ul class="entries">
          <For each={ids()}>{(id) => <Show when={byId(id)}>{(item) => <Entry item={item()} />}</Show>}</For>
        </ul>
      </Show>
    </>
  )
}
