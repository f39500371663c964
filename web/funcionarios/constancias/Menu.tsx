import type { Me } from '../../cuenta/session.ts'
import { MenuServicio } from '../Menu.tsx'
import { tv } from './i18n/index.ts'

const ENTRADAS = [
  { href: '/funcionarios/constancias', clave: 'validar', capacidad: 'constancias.validar' },
  { href: '/funcionarios/constancias/asistida', clave: 'asistida', capacidad: 'constancias.validar' },
  { href: '/funcionarios/constancias/cifras', clave: 'cifras', capacidad: 'cifras.ver' },
] as const

/** The election constancia's entries on the staff home: validating, and the figures for those who see them. */
export function ConstanciasMenu(props: { user: Pick<Me, 'kind' | 'capacidades'> }) {
  return <MenuServicio prefijo="cv" t={tv} user={props.user} entries={ENTRADAS} />
}
