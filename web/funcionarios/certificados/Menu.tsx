import type { Me } from '../../cuenta/session.ts'
import { MenuServicio } from '../Menu.tsx'
import { CIFRAS_PATH, CONSULTA_PATH } from './api.ts'
import { tfc } from './i18n/index.ts'

/** The constancias' entries on the staff home, one per capability: each sees only theirs. */
export function CertificadosMenu(props: { user: Pick<Me, 'kind' | 'capacidades'> }) {
  return (
    <MenuServicio
      prefijo="fc"
      t={tfc}
      user={props.user}
      entries={[
        { href: CONSULTA_PATH, clave: 'consulta', capacidad: 'certificados.consultar' },
        { href: CIFRAS_PATH, clave: 'cifras', capacidad: 'cifras.ver' },
      ]}
    />
  )
}
