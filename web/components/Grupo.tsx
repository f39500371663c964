import { For, type JSX, Show } from 'solid-js'
import type { Item } from './items.ts'

export { conCambio, type Item, leerItems } from './items.ts'

/**
 * A repeated group (GOV.UK's "add another"): each item a fieldset named by its place ("Objeto 2"),
 * its fields drawn by `children` (given the item's place, from 0), a button to remove it, and one
 * to add another, up to `max`. The denuncia's things, suspects and witnesses and a constancia's
 * lost documents are such groups.
 *
 * @example
 * <Grupo items={items()} max={10} words={…} onChange={save}>
 *   {(index) => <TextField id={`testigos.${index}.nombre`} … />}
 * </Grupo>
 */
export function Grupo(props: {
  items: Item[]
  max: number
  words: { item: (n: number) => string; agregar: string; quitar: (n: number) => string; ninguno: string }
  onChange: (items: Item[]) => void
  /** The fields of the item at `index`. */
  children: (index: number) => JSX.Element
}) {
  return (
    <>
      <Show when={props.items.length === 0}>
        <p>{props.words.ninguno}</p>
      </Show>
      {/* By place, not by object: an item is a new object on every keystroke, and its inputs must stay. */}
      <For each={props.items.map((_, i) => i)}>
        {(index) => (
          <fieldset class="fieldset grupo">
            <legend>{props.words.item(index + 1)}</legend>
            {props.children(index)}
            <button
              type="button"
              class="button button--secondary"
              onClick={() => props.onChange(props.items.filter((_, i) => i !== index))}
            >
              {props.words.quitar(index + 1)}
            </button>
          </fieldset>
        )}
      </For>
      <Show when={props.items.length < props.max}>
        <p>
          <button
            type="button"
            class="button button--secondary"
            onClick={() => props.onChange([...props.items, {}])}
          >
            {props.words.agregar}
          </button>
        </p>
      </Show>
    </>
  )
}
