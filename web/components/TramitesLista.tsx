import { createSignal, For, type JSX, Match, onMount, Switch } from 'solid-js'
import { callApi } from '../forms/api.ts'

/** What a service's list in "Mis trámites" says while it loads, when it could not, and above its items. */
export interface TramitesWords {
  loading: string
  failed: string
  title: string
}

/**
 * One service's list in "Mis trámites": its items from `GET /api/mis-tramites`, or from the
 * service's own list (`url`), `pick` taking them from the answer; "loading" and "could not load"
 * in its words, `fallback` when there are none, else a section with its title and one entry per
 * item.
 *
 * @example
 * <TramitesLista id="mis-constancias-voto" pick={(body) => body.constanciasVoto} words={…} fallback={null}>
 *   {(item) => <p>{item.code}</p>}
 * </TramitesLista>
 */
export function TramitesLista<B, T>(props: {
  id: string
  /** Where the list comes from, when not `GET /api/mis-tramites`. */
  url?: string
  pick: (body: B) => T[] | undefined
  words: TramitesWords
  fallback: JSX.Element
  children: (item: T) => JSX.Element
}) {
  const [items, setItems] = createSignal<T[] | 'loading' | 'failed'>('loading')
  onMount(async () => {
    const answer = await callApi<B>('GET', props.url ?? '/api/mis-tramites')
    setItems(answer.ok ? (props.pick(answer.body) ?? []) : 'failed')
  })
  const list = () => {
    const value = items()
    return Array.isArray(value) ? value : undefined
  }
  return (
    <Switch>
      <Match when={items() === 'loading'}>
        <p>{props.words.loading}</p>
      </Match>
      <Match when={items() === 'failed'}>
        <p>{props.words.failed}</p>
      </Match>
      <Match when={list()?.length === 0}>{props.fallback}</Match>
      <Match when={list()}>
        {(found) => (
          <section aria-labelledby={props.id}>
            <h3 id={props.id}>{props.words.title}</h3>
            <ul class="entries">
              <For each={found()}>{(item) => <li>{props.children(item)}</li>}</For>
            </ul>
          </section>
        )}
      </Match>
    </Switch>
  )
}
