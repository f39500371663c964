import type { Me } from '../../cuenta/session.ts'
import { MenuServicio } from '../Menu.tsx'
import { tfp } from './i18n/index.ts'

const ENTRADAS = [
  { href: '/funcionarios/verificar', key: 'verificar', capacidad: 'permisos.fiscalizar' },
  { href: '/funcionarios/permisos', key: 'revocar', capacidad: 'permisos.revocar' },
  { href: '/funcionarios/permisos/cifras', key: 'cifras', capacidad: 'cifras.ver' },
  { href: '/funcionarios/permisos/reglas', key: 'reglas', capacidad: 'referencias.administrar' },
] as const

/**
 * The permits' entries on the staff home, each for those who hold its capability: checking a
 * permit on the street, finding and revoking permits, the figures, the rules.
 */
export function PermisosMenu(props: { user: Pick<Me, 'kind' | 'capacidades'> }) {
  return (
    <MenuServicio
      title={tfp('fp.menu.title')}
      user={props.user}
      entries={ENTRADAS.map((entry) => ({
        href: entry.href,
        label: tfp(`fp.menu.${entry.key}`),
        hint: tfp(`fp.menu.${entry.key}.hint`),
        capacidad: entry.capacidad,
      }))}
    />
  )
}
