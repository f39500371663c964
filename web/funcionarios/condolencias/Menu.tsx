import type { Me } from '../../cuenta/session.ts'
import { MenuServicio } from '../Menu.tsx'
import { CIFRAS_PATH, COLA_PATH, MEMORIALES_PATH } from './api.ts'
import { tfc } from './i18n/index.ts'

/** The condolence book's entries on the staff home: the moderators' queue, the administrators' memorials. */
export function CondolenciasMenu(props: { user: Pick<Me, 'kind' | 'capacidades'> }) {
  return (
    <MenuServicio
      title={tfc('fc.menu.title')}
      user={props.user}
      entries={[
        {
          href: COLA_PATH,
          label: tfc('fc.menu.cola'),
          hint: tfc('fc.menu.cola.hint'),
          capacidad: 'condolencias.moderar',
        },
        {
          href: CIFRAS_PATH,
          label: tfc('fc.menu.cifras'),
          hint: tfc('fc.menu.cifras.hint'),
          capacidad: 'condolencias.moderar',
        },
        {
          href: MEMORIALES_PATH,
          label: tfc('fc.menu.memoriales'),
          hint: tfc('fc.menu.memoriales.hint'),
          capacidad: 'memoriales.administrar',
        },
      ]}
    />
  )
}
