import { createResource, For, Show } from 'solid-js'
import type { FieldError } from '../../../worker/errors.ts'
import { Select } from '../../components/Select.tsx'
import { TextField } from '../../components/TextField.tsx'
import { errorFor } from '../../forms/validate.ts'
import { locale } from '../../i18n/index.ts'
import { fieldLabel } from '../../i18n/server-catalog.ts'
import type { Item } from './respuestas.ts'

/** A field's label, as the API's messages name it (worker/denuncias/palabras.ts). */
export const label = (field: string) => fieldLabel(locale(), field)

// The 346 comunas by region: their own chunk, fetched when a page asks for a comuna.
const [regiones] = createResource(
  async () => (await import('../../constancias/solicitud/unidades/comunas.gen.ts')).regiones,
)

/** A comuna's name by its CUT, once the list has loaded. */
export function nombreComuna(cut: string): string {
  for (const region of regiones() ?? []) {
    const found = region.comunas.find(([code]) => code === cut)
    if (found) return found[1]
  }
  return cut
}

/** A comuna chosen from Chile's list, grouped by region, north to south. */
export function Comuna(props: {
  id: string
  hint?: string
  placeholder: string
  error: string | undefined
  value: string
  onChange: (cut: string) => void
}) {
  return (
    <Select
      id={props.id}
      label={label(props.id)}
      hint={props.hint}
      error={props.error}
      placeholder={props.placeholder}
      groups={(regiones() ?? []).map((region) => ({
        label: region.nombre,
        options: region.comunas.map(([cut, nombre]) => ({ value: cut, label: nombre })),
      }))}
      value={props.value}
      onChange={props.onChange}
    />
  )
}

/** One field of a repeated group's items, as the page asks it. */
export interface CampoGrupo {
  id: string
  hint?: string
  multiline?: boolean
  numeric?: boolean
}

/**
 * A repeated group (GOV.UK's "add another"): each item a fieldset named by its place ("Objeto 2"),
 * its fields labelled as the API names them (`objetos.1.imei`: «IMEI del objeto 2»), a button to
 * remove it, and one to add another, up to `max`.
 */
export function Grupo(props: {
  nombre: string
  campos: CampoGrupo[]
  items: Item[]
  max: number
  errors: FieldError[]
  words: { item: (n: number) => string; agregar: string; quitar: (n: number) => string; ninguno: string }
  onChange: (items: Item[]) => void
}) {
  const set = (index: number, campo: string, value: string) =>
    props.onChange(props.items.map((item, i) => (i === index ? { ...item, [campo]: value } : item)))
  return (
    <>
      <Show when={props.items.length === 0}>
        <p>{props.words.ninguno}</p>
      </Show>
      {/* By place, not by object: an item is a new object on every keystroke, and its inputs must stay. */}
      <For each={props.items.map((_, i) => i)}>
        {(index) => (
          <fieldset class="fieldset dn-grupo">
            <legend>{props.words.item(index + 1)}</legend>
            <For each={props.campos}>
              {(campo) => {
                const id = () => `${props.nombre}.${index}.${campo.id}`
                return (
                  <TextField
                    id={id()}
                    label={label(id())}
                    hint={campo.hint}
                    error={errorFor(props.errors, id())}
                    value={props.items[index]?.[campo.id] ?? ''}
                    onInput={(value) => set(index, campo.id, value)}
                    multiline={campo.multiline}
                    inputMode={campo.numeric ? 'numeric' : undefined}
                    inputClass={campo.numeric ? 'input--10' : undefined}
                    autocomplete="off"
                  />
                )
              }}
            </For>
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
