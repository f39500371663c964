import { MenuServicio } from '../Menu.tsx'
import { tfp } from './i18n/index.ts'

const ENTRADAS = [
  { href: '/funcionarios/verificar', key: 'verificar', minRole: 'officer' },
  { href: '/funcionarios/permisos', key: 'revocar', minRole: 'supervisor' },
  { href: '/funcionarios/permisos/cifras', key: 'cifras', minRole: 'supervisor' },
  { href: '/funcionarios/permisos/reglas', key: 'reglas', minRole: 'admin' },
] as const

/**
 * The permits' entries on the staff home, by role: every officer verifies; supervisors also
 * revoke and see the figures; administrators also set the rules.
 */
export function PermisosMenu(props: { role: string }) {
  return (
    <MenuServicio
      title={tfp('fp.menu.title')}
      role={props.role}
      entries={ENTRADAS.map((entry) => ({
        href: entry.href,
        label: tfp(`fp.menu.${entry.key}`),
        hint: tfp(`fp.menu.${entry.key}.hint`),
        minRole: entry.minRole,
      }))}
    />
  )
}
