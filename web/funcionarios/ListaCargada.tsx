import { For, type JSX, Match, Switch } from 'solid-js'

/** A staff list as its screen keeps it: its items once loaded, or still loading, or could not load. */
export type Cargada<T> = T[] | 'loading' | 'failed'

/** What a staff list says while it loads, when it could not, and when it has no items. */
export interface ListaWords {
  loading: string
  failed: string
  empty: string
}

/**
 * A staff list's four states: "loading" (announced), "could not load", "none", or its items, one
 * `<li>` each in a `<ul>` of class `class`.
 *
 * @example
 * <ListaCargada items={items()} words={{ loading: '…', failed: '…', empty: '…' }} class="entries">
 *   {(item) => <p>{item.nombre}</p>}
 * </ListaCargada>
 */
export function ListaCargada<T>(props: {
  items: Cargada<T>
  words: ListaWords
  class: string
  children: (item: T) => JSX.Element
}) {
  const lista = () => (Array.isArray(props.items) ? props.items : undefined)
  return (
    <Switch>
      <Match when={props.items === 'loading'}>
        <p role="status">{props.words.loading}</p>
      </Match>
      <Match when={props.items === 'failed'}>
        <p>{props.words.failed}</p>
      </Match>
      <Match when={lista()?.length === 0}>
        <p>{props.words.empty}</p>
      </Match>
      <Match when={lista()}>
        {(found) => (
          <ul class={props.class}>
            <For each={found()}>{(item) => <li>{props.children(item)}</li>}</For>
          </ul>
        )}
      </Match>
    </Switch>
  )
}
