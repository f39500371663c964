import { A } from '@solidjs/router'
import { type Component, For, Show } from 'solid-js'
import { Dynamic } from 'solid-js/web'
import { type Capacidad, tieneCapacidad } from '../../core/capacidades.ts'
import { screen } from '../components/lazy.ts'
import { focusOnNavigation, usePageTitle } from '../components/page.ts'
import { SummaryList } from '../components/SummaryList.tsx'
import type { Me } from '../cuenta/session.ts'
import { locale } from '../i18n/index.ts'
import { fieldLabel } from '../i18n/server-catalog.ts'
import { ts } from './i18n/index.ts'
import { StaffGate } from './StaffGate.tsx'
import { capacidadesLabel, roleLabel, unidadLabel, useUnidades } from './staff.ts'

/**
 * Each service's entries on the home, in this order: a chunk of its own with its words, loaded only
 * for staff who hold one of `capacidades` (any staff member when none is listed).
 */
const MENUS: { menu: Component<{ user: Me }>; capacidades?: readonly Capacidad[] }[] = [
  // The permits' (web/funcionarios/permisos) and the election constancia's (…/constancias).
  {
    menu: screen(
      () => import('./permisos/pages.ts'),
      (m) => m.PermisosMenu,
    ),
  },
  {
    menu: screen(
      () => import('./constancias/pages.ts'),
      (m) => m.ConstanciasMenu,
    ),
  },
  // The capabilities below are the menus' own, written again here: the menus are in their services'
  // chunks, and a chunk none of whose entries the staff member may open is not fetched at all.
  {
    menu: screen(
      () => import('./solicitudes-datos/pages.ts'),
      (m) => m.SolicitudesDatosMenu,
    ),
    capacidades: ['datos.solicitudes'],
  },
  {
    menu: screen(
      () => import('./denuncias/pages.ts'),
      (m) => m.DenunciasMenu,
    ),
    capacidades: ['denuncias.triar', 'denuncias.unidad', 'cifras.ver', 'referencias.administrar'],
  },
  {
    menu: screen(
      () => import('./reclamos/pages.ts'),
      (m) => m.ReclamosMenu,
    ),
    capacidades: ['reclamos.atender', 'reclamos.descargar', 'cifras.ver'],
  },
  {
    menu: screen(
      () => import('./reencuentro/pages.ts'),
      (m) => m.ReencuentroMenu,
    ),
    capacidades: ['reencuentro.buscar', 'cifras.ver'],
  },
  {
    menu: screen(
      () => import('./certificados/pages.ts'),
      (m) => m.CertificadosMenu,
    ),
    capacidades: ['certificados.consultar', 'cifras.ver'],
  },
  {
    menu: screen(
      () => import('./felicitaciones/pages.ts'),
      (m) => m.FelicitacionesMenu,
    ),
    capacidades: ['felicitaciones.unidad', 'cifras.ver'],
  },
  {
    menu: screen(
      () => import('./informacion/pages.ts'),
      (m) => m.InformacionMenu,
    ),
    capacidades: ['informacion.analizar', 'personal.administrar'],
  },
  {
    menu: screen(
      () => import('./condolencias/pages.ts'),
      (m) => m.CondolenciasMenu,
    ),
    capacidades: ['condolencias.moderar', 'memoriales.administrar'],
  },
]

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
          <For each={MENUS}>
            {(servicio) => (
              <Show
                when={
                  !servicio.capacidades ||
                  servicio.capacidades.some((capacidad) => tieneCapacidad(user, capacidad))
                }
              >
                <Dynamic component={servicio.menu} user={user} />
              </Show>
            )}
          </For>
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
