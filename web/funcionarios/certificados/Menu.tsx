import type { Me } from '../../cuenta/session.ts'
import { MenuServicio } from '../Menu.tsx'
import { CIFRAS_PATH, CONSULTA_PATH } from './api.ts'
import { tfc } from './i18n/index.ts'

/** The constancias' entries on the staff home, one per capability: each sees only theirs. */
export function CertificadosMenu(props: { user: Pick<Me, 'kind' | 'capacidades'> }) {
  return (
    <MenuServicio
      title={tfc('fc.menu.title')}
      user={props.user}
      entries={[
        {
          href: CONSULTA_PATH,
          label: tfc('fc.menu.consulta'),
          hint: tfc('fc.menu.consulta.hint'),
          capacidad: 'certificados.consultar',
        },
        {
          href: CIFRAS_PATH,
          label: tfc('fc.menu.cifras'),
          hint: tfc('fc.menu.cifras.hint'),
          capacidad: 'cifras.ver',
        },
      ]}
    />
  )
}
