/*
 * A repeated group's items (components/Grupo.tsx) as forms keep them: plain data, no component, so
 * that a form's answers module can read them without the screens.
 */

/** An item of a repeated group, as typed: its fields by id. */
export type Item = Record<string, string>

/**
 * A repeated group's items as a draft keeps them (one answer holding the list as JSON); anything
 * else reads as no items.
 *
 * @example
 * leerItems('[{"nombre":"Ana"}]') // [{ nombre: 'Ana' }]
 * leerItems('') // []
 */
export function leerItems(text: string | undefined): Item[] {
  try {
    const parsed: unknown = JSON.parse(text ?? '')
    return Array.isArray(parsed) ? parsed.filter((i): i is Item => typeof i === 'object' && i !== null) : []
  } catch {
    return []
  }
}

/**
 * One item's field changed: the list with that item's copy changed.
 *
 * @example
 * conCambio([{ nombre: 'Ana' }], 0, 'nombre', 'Ana María') // [{ nombre: 'Ana María' }]
 */
export function conCambio(items: readonly Item[], index: number, campo: string, value: string): Item[] {
  return items.map((item, i) => (i === index ? { ...item, [campo]: value } : item))
}
