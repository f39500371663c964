import { MenuServicio } from '../Menu.tsx'
import { tv } from './i18n/index.ts'

const ENTRADAS = [
  { href: '/funcionarios/constancias', key: 'validar', minRole: 'officer' },
  { href: '/funcionarios/constancias/asistida', key: 'asistida', minRole: 'officer' },
  { href: '/funcionarios/constancias/cifras', key: 'cifras', minRole: 'supervisor' },
] as const

/** The election constancia's entries on the staff home; the figures only for supervisors and up. */
export function ConstanciasMenu(props: { role: string }) {
  return (
    <MenuServicio
      title={tv('cv.menu.title')}
      role={props.role}
      entries={ENTRADAS.map((entry) => ({
        href: entry.href,
        label: tv(`cv.menu.${entry.key}`),
        hint: tv(`cv.menu.${entry.key}.hint`),
        minRole: entry.minRole,
      }))}
    />
  )
}
