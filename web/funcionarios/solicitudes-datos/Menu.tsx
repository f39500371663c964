import { RETENCION } from '../../../core/retention.ts'
import type { Me } from '../../cuenta/session.ts'
import { MenuServicio } from '../Menu.tsx'
import { COLA_PATH } from './api.ts'
import { tsd } from './i18n/index.ts'

/** The data requests' entry on the staff home, for staff who answer them. */
export function SolicitudesDatosMenu(props: { user: Pick<Me, 'kind' | 'capacidades'> }) {
  return (
    <MenuServicio
      prefijo="sd"
      t={tsd}
      user={props.user}
      entries={[
        {
          href: COLA_PATH,
          clave: 'cola',
          capacidad: 'datos.solicitudes',
          params: { dias: RETENCION.respuestaSolicitudDias },
        },
      ]}
    />
  )
}
