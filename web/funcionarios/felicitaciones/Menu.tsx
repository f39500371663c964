import type { Me } from '../../cuenta/session.ts'
import { MenuServicio } from '../Menu.tsx'
import { CIFRAS_PATH, MIAS_PATH, UNIDAD_PATH } from './api.ts'
import { tff } from './i18n/index.ts'

/** The commendations' entries on the staff home, one per capability: each sees only theirs. */
export function FelicitacionesMenu(props: { user: Pick<Me, 'kind' | 'capacidades'> }) {
  return (
    <MenuServicio
      title={tff('ff.menu.title')}
      user={props.user}
      entries={[
        {
          href: MIAS_PATH,
          label: tff('ff.menu.mias'),
          hint: tff('ff.menu.mias.hint'),
          capacidad: 'felicitaciones.unidad',
        },
        {
          href: UNIDAD_PATH,
          label: tff('ff.menu.unidad'),
          hint: tff('ff.menu.unidad.hint'),
          capacidad: 'felicitaciones.unidad',
        },
        {
          href: CIFRAS_PATH,
          label: tff('ff.menu.cifras'),
          hint: tff('ff.menu.cifras.hint'),
          capacidad: 'cifras.ver',
        },
      ]}
    />
  )
}
