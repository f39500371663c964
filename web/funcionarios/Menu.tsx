import { A } from '@solidjs/router'
import { For, Show } from 'solid-js'
import { type Capacidad, tieneCapacidad } from '../../core/capacidades.ts'
import type { Me } from '../cuenta/session.ts'
import './menu.css'

/**
 * A service's screen on the staff home: where, the capability that opens it, and its words' key —
 * `<prefijo>.menu.<clave>` its label, `<prefijo>.menu.<clave>.hint` its hint (with `params`).
 */
export interface EntradaMenu<C extends string> {
  href: string
  clave: C
  capacidad: Capacidad
  params?: Record<string, string | number>
}

/**
 * A service's entries on the staff home, those the signed-in staff member may open; nothing at
 * all, not even the service's title (`<prefijo>.menu.title`), when they may open none. Its words
 * come from the service's own catalogue (`t`), by key.
 *
 * @example
 * <MenuServicio t={tfp} prefijo="fp" user={user}
 *   entries={[{ href: '/funcionarios/verificar', clave: 'verificar', capacidad: 'permisos.fiscalizar' }]} />
 */
export function MenuServicio<P extends string, C extends string>(props: {
  t: (
    key: NoInfer<`${P}.menu.title` | `${P}.menu.${C}` | `${P}.menu.${C}.hint`>,
    params?: Record<string, string | number>,
  ) => string
  prefijo: P
  user: Pick<Me, 'kind' | 'capacidades'>
  entries: readonly EntradaMenu<C>[]
}) {
  const entries = () =>
    props.entries
      .filter((entry) => tieneCapacidad(props.user, entry.capacidad))
      .map((entry) => ({
        href: entry.href,
        label: props.t(`${props.prefijo}.menu.${entry.clave}`),
        hint: props.t(`${props.prefijo}.menu.${entry.clave}.hint`, entry.params),
      }))
  return (
    <Show when={entries().length > 0}>
      <h2>{props.t(`${props.prefijo}.menu.title`)}</h2>
      <ul class="list staff-menu">
        <For each={entries()}>
          {(entry) => (
            <li>
              <A href={entry.href}>{entry.label}</A>
              <br />
              <span class="hint">{entry.hint}</span>
            </li>
          )}
        </For>
      </ul>
    </Show>
  )
}
