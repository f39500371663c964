import type { Me } from '../../cuenta/session.ts'
import { MenuServicio } from '../Menu.tsx'
import { BUSCAR, CIFRAS_PATH, COLA_PATH } from './api.ts'
import { tfe } from './i18n/index.ts'

/** Family reunification's entries on the staff home: the team's searches, supervisors' figures. */
export function ReencuentroMenu(props: { user: Pick<Me, 'kind' | 'capacidades'> }) {
  return (
    <MenuServicio
      prefijo="re"
      t={tfe}
      user={props.user}
      entries={[
        { href: COLA_PATH, clave: 'cola', capacidad: BUSCAR },
        { href: CIFRAS_PATH, clave: 'cifras', capacidad: 'cifras.ver' },
      ]}
    />
  )
}
