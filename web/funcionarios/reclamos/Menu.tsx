import type { Me } from '../../cuenta/session.ts'
import { MenuServicio } from '../Menu.tsx'
import { CIFRAS_PATH, COLA_PATH, DESCARGOS_PATH } from './api.ts'
import { trc } from './i18n/index.ts'

/** The complaints' entries on the staff home, one per capability: each sees only theirs. */
export function ReclamosMenu(props: { user: Pick<Me, 'kind' | 'capacidades'> }) {
  return (
    <MenuServicio
      prefijo="rc"
      t={trc}
      user={props.user}
      entries={[
        { href: COLA_PATH, clave: 'cola', capacidad: 'reclamos.atender' },
        // The figures: the office's and supervisors' (the office's own entry is its queue's link).
        { href: CIFRAS_PATH, clave: 'cifras', capacidad: 'cifras.ver' },
        { href: DESCARGOS_PATH, clave: 'descargos', capacidad: 'reclamos.descargar' },
      ]}
    />
  )
}
