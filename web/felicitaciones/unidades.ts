import { createSignal } from 'solid-js'
import type { SelectGroup } from '../components/Select.tsx'
import { callApi, type Unidad } from '../forms/api.ts'

const [unidades, setUnidades] = createSignal<Unidad[] | 'loading' | 'failed'>('loading')
let asked = false

/**
 * The police units, asked once per visit (the list the portal already publishes); `failed` with
 * no network, asked again on the next call.
 *
 * @example
 * const list = useUnidades()
 */
export function useUnidades() {
  if (!asked) {
    asked = true
    void callApi<{ items: Unidad[] }>('GET', '/api/unidades').then((answer) => {
      if (answer.ok) setUnidades(answer.body.items)
      else {
        asked = false
        setUnidades('failed')
      }
    })
  }
  return unidades
}

/** The units as the select's groups, one per region in the API's order. */
export function gruposDeUnidades(list: readonly Unidad[]): SelectGroup[] {
  const groups = new Map<string, SelectGroup>()
  for (const unidad of list) {
    const group = groups.get(unidad.region) ?? { label: unidad.region, options: [] }
    group.options.push({ value: unidad.code, label: `${unidad.name} — ${unidad.comuna}` })
    groups.set(unidad.region, group)
  }
  return [...groups.values()]
}

/** A unit's name by its code, once the list is in; the code itself before. */
export function nombreUnidad(code: string): string {
  const list = unidades()
  return (Array.isArray(list) && list.find((unidad) => unidad.code === code)?.name) || code
}
