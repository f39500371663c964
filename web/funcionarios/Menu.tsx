import { A } from '@solidjs/router'
import { For } from 'solid-js'
import { atLeast, type StaffRole } from './staff.ts'
import './menu.css'

/** A service's screen on the staff home: where, what, and the least role that may open it. */
export interface EntradaMenu {
  href: string
  label: string
  hint: string
  minRole: StaffRole
}

/**
 * A service's entries on the staff home, those the signed-in role may open.
 *
 * @example
 * <MenuServicio title="Permisos" role={user.role} entries={[{ href: '/funcionarios/verificar', label: 'Verificar', hint: '…', minRole: 'officer' }]} />
 */
export function MenuServicio(props: { title: string; role: string; entries: EntradaMenu[] }) {
  return (
    <>
      <h2>{props.title}</h2>
      <ul class="list staff-menu">
        <For each={props.entries.filter((entry) => atLeast(props.role, entry.minRole))}>
          {(entry) => (
            <li>
              <A href={entry.href}>{entry.label}</A>
              <br />
              <span class="hint">{entry.hint}</span>
            </li>
          )}
        </For>
      </ul>
    </>
  )
}
