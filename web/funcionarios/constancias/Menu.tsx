import type { Me } from '../../cuenta/session.ts'
import { MenuServicio } from '../Menu.tsx'
import { tv } from './i18n/index.ts'

const ENTRADAS = [
  { href: '/funcionarios/constancias', key: 'validar', capacidad: 'constancias.validar' },
  { href: '/funcionarios/constancias/asistida', key: 'asistida', capacidad: 'constancias.validar' },
  { href: '/funcionarios/constancias/cifras', key: 'cifras', capacidad: 'cifras.ver' },
] as const

/** The election constancia's entries on the staff home: validating, and the figures for those who see them. */
export function ConstanciasMenu(props: { user: Pick<Me, 'kind' | 'capacidades'> }) {
  return (
    <MenuServicio
      title={tv('cv.menu.title')}
      user={props.user}
      entries={ENTRADAS.map((entry) => ({
        href: entry.href,
        label: tv(`cv.menu.${entry.key}`),
        hint: tv(`cv.menu.${entry.key}.hint`),
        capacidad: entry.capacidad,
      }))}
    />
  )
}
