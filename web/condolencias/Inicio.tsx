import { A } from '@solidjs/router'
import { createSignal, For, Match, onMount, Switch } from 'solid-js'
import type { Condolencia } from '../../worker/condolencias/schema.ts'
import { focusOnNavigation, usePageTitle } from '../components/page.ts'
import { formatDate } from '../i18n/dates.ts'
import { t } from '../i18n/index.ts'
import { tcd } from './i18n/index.ts'
import { API_URL, paths } from './rutas.ts'

export { ready } from './i18n/index.ts'

async function latest(): Promise<Condolencia[]> {
  const response = await fetch(API_URL, { headers: { accept: 'application/json' } })
  if (!response.ok) throw new Error(`GET ${API_URL}: ${response.status}`)
  const body: { items: Condolencia[] } = await response.json()
  return body.items.slice(0, 10)
}

/** The start page of the condolence book, with its latest messages. */
export function Inicio() {
  usePageTitle(() => t('service.condolencias'))
  // A plain signal rather than a resource: the list must never suspend or fail the whole page.
  const [messages, setMessages] = createSignal<Condolencia[] | 'loading' | 'failed'>('loading')
  onMount(() => {
    latest().then(setMessages, () => setMessages('failed'))
  })
  const items = () => {
    const value = messages()
    return Array.isArray(value) && value.length > 0 ? value : undefined
  }
  return (
    <>
      <h1 tabindex="-1" ref={focusOnNavigation}>
        {t('service.condolencias')}
      </h1>
      <p class="lead">{tcd('cond.lead')}</p>
      <h2>{tcd('cond.before')}</h2>
      <ul class="list">
        <li>{tcd('cond.beforeName')}</li>
        <li>{tcd('cond.beforeOffline')}</li>
      </ul>
      <A href={paths.nombre} class="button-link button--start">
        {t('home.start')}
      </A>
      <h2>{tcd('cond.recent')}</h2>
      <Switch fallback={<p>{tcd('cond.recentEmpty')}</p>}>
        <Match when={messages() === 'failed'}>
          <p>{tcd('cond.recentOffline')}</p>
        </Match>
        <Match when={messages() === 'loading'}>
          <p>{tcd('cond.recentLoading')}</p>
        </Match>
        <Match when={items()}>
          {(list) => (
            <ul class="entries">
              <For each={list()}>
                {(item) => (
                  <li>
                    <blockquote>{item.mensaje}</blockquote>
                    <p class="meta">
                      {item.nombre} · <time datetime={item.receivedAt}>{formatDate(item.receivedAt)}</time>
                    </p>
                  </li>
                )}
              </For>
            </ul>
          )}
        </Match>
      </Switch>
    </>
  )
}
