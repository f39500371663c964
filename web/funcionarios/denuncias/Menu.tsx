import type { Me } from '../../cuenta/session.ts'
import { MenuServicio } from '../Menu.tsx'
import { BANDEJA_PATH, CIFRAS_PATH, JURISDICCION_PATH, UNIDAD_PATH } from './api.ts'
import { tdn } from './i18n/index.ts'

/** The denuncias' entries on the staff home, one per capability: each sees only theirs. */
export function DenunciasMenu(props: { user: Pick<Me, 'kind' | 'capacidades'> }) {
  return (
    <MenuServicio
      prefijo="dn"
      t={tdn}
      user={props.user}
      entries={[
        { href: BANDEJA_PATH, clave: 'bandeja', capacidad: 'denuncias.triar' },
        { href: UNIDAD_PATH, clave: 'unidad', capacidad: 'denuncias.unidad' },
        { href: CIFRAS_PATH, clave: 'cifras', capacidad: 'cifras.ver' },
        { href: JURISDICCION_PATH, clave: 'jurisdiccion', capacidad: 'referencias.administrar' },
      ]}
    />
  )
}
