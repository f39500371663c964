import type { Me } from '../../cuenta/session.ts'
import { MenuServicio } from '../Menu.tsx'
import { BUSCAR, CIFRAS_PATH, COLA_PATH } from './api.ts'
import { tfe } from './i18n/index.ts'

/** Family reunification's entries on the staff home: the team's searches, supervisors' figures. */
export function ReencuentroMenu(props: { user: Pick<Me, 'kind' | 'capacidades'> }) {
  return (
    <MenuServicio
      title={tfe('re.menu.title')}
      user={props.user}
      entries={[
        { href: COLA_PATH, label: tfe('re.menu.cola'), hint: tfe('re.menu.cola.hint'), capacidad: BUSCAR },
        {
          href: CIFRAS_PATH,
          label: tfe('re.menu.cifras'),
          hint: tfe('re.menu.cifras.hint'),
          capacidad: 'cifras.ver',
        },
      ]}
    />
  )
}
