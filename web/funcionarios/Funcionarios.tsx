import { A } from '@solidjs/router'
import { lazy, Show } from 'solid-js'
import { tieneCapacidad } from '../../core/capacidades.ts'
import { focusOnNavigation, usePageTitle } from '../components/page.ts'
import { SummaryList } from '../components/SummaryList.tsx'
import { locale } from '../i18n/index.ts'
import { fieldLabel } from '../i18n/server-catalog.ts'
import { ts } from './i18n/index.ts'
import { StaffGate } from './StaffGate.tsx'
import { capacidadesLabel, roleLabel, unidadLabel, useUnidades } from './staff.ts'

// The election constancia's entries: their own chunk and words (web/funcionarios/constancias).
const ConstanciasMenu = lazy(async () => {
  const m = await import('./constancias/pages.ts')
  await m.ready
  return { default: m.ConstanciasMenu }
})
// The permits' entries: their own chunk and words (web/funcionarios/permisos).
const PermisosMenu = lazy(async () => {
  const m = await import('./permisos/pages.ts')
  await m.ready
  return { default: m.PermisosMenu }
})
// Citizens' requests about their data: the entry of those who answer them (web/funcionarios/solicitudes-datos).
const SolicitudesDatosMenu = lazy(async () => {
  const m = await import('./solicitudes-datos/pages.ts')
  await m.ready
  return { default: m.SolicitudesDatosMenu }
})
// Denuncias: the entries of the analysts, a unit's officers, supervisors and administrators
// (web/funcionarios/denuncias).
const DenunciasMenu = lazy(async () => {
  const m = await import('./denuncias/pages.ts')
  await m.ready
  return { default: m.DenunciasMenu }
})
// Reclamos (issue 18): the complaints office's queue (web/funcionarios/reclamos).
const ReclamosMenu = lazy(async () => {
  const m = await import('./reclamos/pages.ts')
  await m.ready
  return { default: m.ReclamosMenu }
})
// Constancias (issue 16): an officer's look-up, supervisors' figures (web/funcionarios/certificados).
const CertificadosMenu = lazy(async () => {
  const m = await import('./certificados/pages.ts')
  await m.ready
  return { default: m.CertificadosMenu }
})
// Información anónima (issue 17): the analysts' keys, the administrators' desks (web/funcionarios/informacion).
const InformacionMenu = lazy(async () => {
  const m = await import('./informacion/pages.ts')
  await m.ready
  return { default: m.InformacionMenu }
})
// Commendations (issue 18): the unit's, one's own, supervisors' figures (web/funcionarios/felicitaciones).
const FelicitacionesMenu = lazy(async () => {
  const m = await import('./felicitaciones/pages.ts')
  await m.ready
  return { default: m.FelicitacionesMenu }
})
// Reencuentro familiar (issue 19): the team's searches, supervisors' figures (web/funcionarios/reencuentro).
const ReencuentroMenu = lazy(async () => {
  const m = await import('./reencuentro/pages.ts')
  await m.ready
  return { default: m.ReencuentroMenu }
})
const DE_REENCUENTRO = ['reencuentro.buscar', 'cifras.ver'] as const
// The condolence book (issue 19): the moderators' queue, the administrators' memorials (web/funcionarios/condolencias).
const CondolenciasMenu = lazy(async () => {
  const m = await import('./condolencias/pages.ts')
  await m.ready
  return { default: m.CondolenciasMenu }
})
const DE_FELICITACIONES = ['felicitaciones.unidad', 'cifras.ver'] as const
const DE_CONDOLENCIAS = ['condolencias.moderar', 'memoriales.administrar'] as const
const DE_CERTIFICADOS = ['certificados.consultar', 'cifras.ver'] as const
const DE_INFORMACION = ['informacion.analizar', 'personal.administrar'] as const
const DE_DENUNCIAS = ['denuncias.triar', 'denuncias.unidad', 'cifras.ver', 'referencias.administrar'] as const
const DE_RECLAMOS = ['reclamos.atender', 'reclamos.descargar', 'cifras.ver'] as const

/**
 * `/funcionarios`: the officers' home: who is signed in, their unit and what they may do, each
 * service's screens they may open, and for those who manage staff the way to its administration.
 * Everything under web/funcionarios/ is built into assets/staff/ chunks that citizens never
 * download and the service worker does not precache.
 */
export function Funcionarios() {
  usePageTitle(() => ts('staff.home.title'))
  useUnidades()
  return (
    <StaffGate title={ts('staff.home.title')}>
      {(user) => (
        <>
          <h1 tabindex="-1" ref={focusOnNavigation}>
            {ts('staff.home.title')}
          </h1>
          <p class="lead">{ts('staff.home.hello', { name: user.name })}</p>
          <h2>{ts('staff.home.you')}</h2>
          <SummaryList
            rows={[
              { key: ts('staff.home.name'), value: user.name },
              { key: fieldLabel(locale(), 'username'), value: user.email ?? '' },
              { key: fieldLabel(locale(), 'role'), value: roleLabel(user.role) },
              { key: fieldLabel(locale(), 'unidadCode'), value: unidadLabel(user.unidadCode) },
              { key: ts('staff.cap.legend'), value: capacidadesLabel(user.capacidades) },
            ]}
          />
          <PermisosMenu user={user} />
          <ConstanciasMenu user={user} />
          <Show when={tieneCapacidad(user, 'datos.solicitudes')}>
            <SolicitudesDatosMenu user={user} />
          </Show>
          <Show when={DE_DENUNCIAS.some((capacidad) => tieneCapacidad(user, capacidad))}>
            <DenunciasMenu user={user} />
          </Show>
          <Show when={DE_RECLAMOS.some((capacidad) => tieneCapacidad(user, capacidad))}>
            <ReclamosMenu user={user} />
          </Show>
          <Show when={DE_REENCUENTRO.some((capacidad) => tieneCapacidad(user, capacidad))}>
            <ReencuentroMenu user={user} />
          </Show>
          <Show when={DE_CERTIFICADOS.some((capacidad) => tieneCapacidad(user, capacidad))}>
            <CertificadosMenu user={user} />
          </Show>
          <Show when={DE_FELICITACIONES.some((capacidad) => tieneCapacidad(user, capacidad))}>
            <FelicitacionesMenu user={user} />
          </Show>
          <Show when={DE_INFORMACION.some((capacidad) => tieneCapacidad(user, capacidad))}>
            <InformacionMenu user={user} />
          </Show>
          <Show when={DE_CONDOLENCIAS.some((capacidad) => tieneCapacidad(user, capacidad))}>
            <CondolenciasMenu user={user} />
          </Show>
          <Show when={tieneCapacidad(user, 'personal.administrar')}>
            <h2>{ts('staff.home.admin')}</h2>
            <p>{ts('staff.home.adminBody')}</p>
            <p>
              <A href="/funcionarios/personal">{ts('staff.home.adminLink')}</A>
            </p>
          </Show>
        </>
      )}
    </StaffGate>
  )
}
