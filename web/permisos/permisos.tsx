import type { RouteSectionProps } from '@solidjs/router'
import { addServiceRoutes } from '../components/lazy.ts'
import { screen } from '../components/screen.tsx'

/*
 * The safe-conduct permits' routes, nested under `/permisos` (decision 0073). web/app.tsx loads
 * this module for `/permisos/*`; loading, it adds these routes to the router, which then picks
 * the screen; a path none of them defines stays `/permisos/*`'s: not found. Each screen is a
 * chunk of its own with its own words. The paths are comun.ts's `paths`, written again here so
 * that this chunk shares no module with the screens' (which would make the build put a second,
 * forwarding chunk in front of it).
 */

// Chunks of their own, so a first visit to the landing page stays light; each brings its words.
const inicio = () => import('./inicio/pages.ts')
const solicitud = () => import('./solicitud/pages.ts')
const permiso = () => import('./permiso/pages.ts')

const Inicio = screen(inicio, (m) => m.Inicio)
const Formulario = screen(solicitud, (m) => m.Formulario)
const Revisar = screen(solicitud, (m) => m.Revisar)
const NoEmitido = screen(solicitud, (m) => m.NoEmitido)
const EnEspera = screen(solicitud, (m) => m.EnEspera)
const Permiso = screen(permiso, (m) => m.Permiso)

addServiceRoutes({
  path: '/permisos',
  children: [
    { path: '/', component: Inicio },
    { path: '/solicitud', component: Formulario },
    { path: '/revisar', component: Revisar },
    { path: '/no-emitido', component: NoEmitido },
    {
      path: '/envio/:id',
      matchFilters: { id: /^[\w-]{1,64}$/ },
      component: (props: RouteSectionProps) => <EnEspera id={props.params.id ?? ''} />,
    },
    {
      // A permit's code as the API makes them: ten letters and digits.
      path: '/:code',
      matchFilters: { code: /^[A-Za-z0-9]{10}$/ },
      component: (props: RouteSectionProps) => <Permiso code={props.params.code ?? ''} />,
    },
  ],
})

export { NotFound } from '../components/NotFound.tsx'
