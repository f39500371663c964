import type { Me } from '../../cuenta/session.ts'
import { MenuServicio } from '../Menu.tsx'
import { MESAS_ADMIN_PATH, MI_CLAVE_PATH } from './api.ts'
import { tin } from './i18n/index.ts'
import { COLA_PATH } from './tips.ts'

/**
 * Información anónima's entries on the staff home: the analysts' (`informacion.analizar`) and the
 * administrators' page of the desks (`personal.administrar`).
 */
export function InformacionMenu(props: { user: Pick<Me, 'kind' | 'capacidades'> }) {
  return (
    <MenuServicio
      title={tin('in.menu.title')}
      user={props.user}
      entries={[
        {
          href: COLA_PATH,
          label: tin('in.menu.cola'),
          hint: tin('in.menu.cola.hint'),
          capacidad: 'informacion.analizar',
        },
        {
          href: MI_CLAVE_PATH,
          label: tin('in.menu.miClave'),
          hint: tin('in.menu.miClave.hint'),
          capacidad: 'informacion.analizar',
        },
        {
          href: MESAS_ADMIN_PATH,
          label: tin('in.menu.mesas'),
          hint: tin('in.menu.mesas.hint'),
          capacidad: 'personal.administrar',
        },
      ]}
    />
  )
}
