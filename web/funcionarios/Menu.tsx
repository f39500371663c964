import { A } from '@solidjs/router'
import { For, Show } from 'solid-js'
import { type Capacidad, tieneCapacidad } from '../../core/capacidades.ts'
import type { Me } from '../cuenta/session.ts'
import './menu.css'

/** A service's screen on the staff home: where, what, and the capability that opens it. */
export interface EntradaMenu {
  href: string
  label: string
  hint: string
  capacidad: Capacidad
}

/**
 * A service's entries on the staff home, those the signed-in staff member may open; nothing at
 * all, not even the service's title, when they may open none.
 *
 * @example
 * <MenuServicio title="Permisos" user={user} entries={[{ href: '/funcionarios/verificar', label: 'Verificar', hint: '…', capacidad: 'permisos.fiscalizar' }]} />
 */
export function MenuServicio(props: {
  title: string
  user: Pick<Me, 'kind' | 'capacidades'>
  entries: EntradaMenu[]
}) {
  const entries = () => props.entries.filter((entry) => tieneCapacidad(props.user, entry.capacidad))
  return (
    <Show when={entries().length > 0}>
      <h2>{props.title}</h2>
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
