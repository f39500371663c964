import type { Me } from '../../cuenta/session.ts'
import { MenuServicio } from '../Menu.tsx'
import { CIFRAS_PATH, MIAS_PATH, UNIDAD_PATH } from './api.ts'
import { tff } from './i18n/index.ts'

/** The commendations' entries on the staff home, one per capability: each sees only theirs. */
export function FelicitacionesMenu(props: { user: Pick<Me, 'kind' | 'capacidades'> }) {
  return (
    <MenuServicio
      prefijo="ff"
      t={tff}
      user={props.user}
      entries={[
        { href: MIAS_PATH, clave: 'mias', capacidad: 'felicitaciones.unidad' },
        { href: UNIDAD_PATH, clave: 'unidad', capacidad: 'felicitaciones.unidad' },
        { href: CIFRAS_PATH, clave: 'cifras', capacidad: 'cifras.ver' },
      ]}
    />
  )
}
