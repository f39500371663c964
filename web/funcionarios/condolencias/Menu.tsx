import type { Me } from '../../cuenta/session.ts'
import { MenuServicio } from '../Menu.tsx'
import { CIFRAS_PATH, COLA_PATH, MEMORIALES_PATH } from './api.ts'
import { tfc } from './i18n/index.ts'

/** The condolence book's entries on the staff home: the moderators' queue, the administrators' memorials. */
export function CondolenciasMenu(props: { user: Pick<Me, 'kind' | 'capacidades'> }) {
  return (
    <MenuServicio
      prefijo="fc"
      t={tfc}
      user={props.user}
      entries={[
        { href: COLA_PATH, clave: 'cola', capacidad: 'condolencias.moderar' },
        { href: CIFRAS_PATH, clave: 'cifras', capacidad: 'condolencias.moderar' },
        { href: MEMORIALES_PATH, clave: 'memoriales', capacidad: 'memoriales.administrar' },
      ]}
    />
  )
}
