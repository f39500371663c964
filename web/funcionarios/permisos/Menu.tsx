import type { Me } from '../../cuenta/session.ts'
import { MenuServicio } from '../Menu.tsx'
import { tfp } from './i18n/index.ts'

const ENTRADAS = [
  { href: '/funcionarios/verificar', clave: 'verificar', capacidad: 'permisos.fiscalizar' },
  { href: '/funcionarios/permisos', clave: 'revocar', capacidad: 'permisos.revocar' },
  { href: '/funcionarios/permisos/cifras', clave: 'cifras', capacidad: 'cifras.ver' },
  { href: '/funcionarios/permisos/reglas', clave: 'reglas', capacidad: 'referencias.administrar' },
] as const

/**
 * The permits' entries on the staff home, each for those who hold its capability: checking a
 * permit on the street, finding and revoking permits, the figures, the rules.
 */
export function PermisosMenu(props: { user: Pick<Me, 'kind' | 'capacidades'> }) {
  return <MenuServicio prefijo="fp" t={tfp} user={props.user} entries={ENTRADAS} />
}
