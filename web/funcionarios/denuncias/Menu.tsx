import type { Me } from '../../cuenta/session.ts'
import { MenuServicio } from '../Menu.tsx'
import { BANDEJA_PATH, CIFRAS_PATH, JURISDICCION_PATH, UNIDAD_PATH } from './api.ts'
import { tdn } from './i18n/index.ts'

/** The denuncias' entries on the staff home, one per capability: each sees only theirs. */
export function DenunciasMenu(props: { user: Pick<Me, 'kind' | 'capacidades'> }) {
  return (
    <MenuServicio
      title={tdn('dn.menu.title')}
      user={props.user}
      entries={[
        {
          href: BANDEJA_PATH,
          label: tdn('dn.menu.bandeja'),
          hint: tdn('dn.menu.bandeja.hint'),
          capacidad: 'denuncias.triar',
        },
        {
          href: UNIDAD_PATH,
          label: tdn('dn.menu.unidad'),
          hint: tdn('dn.menu.unidad.hint'),
          capacidad: 'denuncias.unidad',
        },
        {
          href: CIFRAS_PATH,
          label: tdn('dn.menu.cifras'),
          hint: tdn('dn.menu.cifras.hint'),
          capacidad: 'cifras.ver',
        },
        {
          href: JURISDICCION_PATH,
          label: tdn('dn.menu.jurisdiccion'),
          hint: tdn('dn.menu.jurisdiccion.hint'),
          capacidad: 'referencias.administrar',
        },
      ]}
    />
  )
}
