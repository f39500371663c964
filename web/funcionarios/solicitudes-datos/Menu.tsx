import { RETENCION } from '../../../db/retention.ts'
import { MenuServicio } from '../Menu.tsx'
import { COLA_PATH } from './api.ts'
import { tsd } from './i18n/index.ts'

/** The data requests' entry on the staff home: supervisors and administrators answer them. */
export function SolicitudesDatosMenu(props: { role: string }) {
  return (
    <MenuServicio
      title={tsd('sd.menu.title')}
      role={props.role}
      entries={[
        {
          href: COLA_PATH,
          label: tsd('sd.menu.cola'),
          hint: tsd('sd.menu.cola.hint', { dias: RETENCION.respuestaSolicitudDias }),
          minRole: 'supervisor',
        },
      ]}
    />
  )
}
