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
      prefijo="in"
      t={tin}
      user={props.user}
      entries={[
        { href: COLA_PATH, clave: 'cola', capacidad: 'informacion.analizar' },
        { href: MI_CLAVE_PATH, clave: 'miClave', capacidad: 'informacion.analizar' },
        { href: MESAS_ADMIN_PATH, clave: 'mesas', capacidad: 'personal.administrar' },
      ]}
    />
  )
}
