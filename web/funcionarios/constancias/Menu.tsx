import { A } from '@solidjs/router'
import { For } from 'solid-js'
import { tv } from './i18n/index.ts'

/** The election constancia's entries on the staff home; the figures only for supervisors and up. */
export function ConstanciasMenu(props: { role: string }) {
  const entries = () => [
    { href: '/funcionarios/constancias', key: 'validar' as const },
    { href: '/funcionarios/constancias/asistida', key: 'asistida' as const },
    ...(props.role === 'officer'
      ? []
      : [{ href: '/funcionarios/constancias/cifras', key: 'cifras' as const }]),
  ]
  return (
    <>
      <h2>{tv('cv.menu.title')}</h2>
      <ul class="list vv-menu">
        <For each={entries()}>
          {(entry) => (
            <li>
              <A href={entry.href}>{tv(`cv.menu.${entry.key}`)}</A>
              <br />
              <span class="hint">{tv(`cv.menu.${entry.key}.hint`)}</span>
            </li>
          )}
        </For>
      </ul>
    </>
  )
}
