import { useLocation } from '@solidjs/router'
import { Match, Switch } from 'solid-js'
import { NotFound } from '../components/NotFound.tsx'
import { screen } from '../components/screen.tsx'

/*
 * The safe-conduct permits' entry (web/app.tsx registers one route, `/permisos/*`): the screen for
 * each path, each in a chunk of its own with its own words. Its paths are comun.ts's `paths`,
 * written again here so that this chunk shares no module with the screens' (which would make the
 * build put a second, forwarding chunk in front of it).
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

/** A permit's code as the API makes them: ten letters and digits. */
const CODE = /^\/permisos\/([A-Za-z0-9]{10})$/
const QUEUED = /^\/permisos\/envio\/([\w-]{1,64})$/

/**
 * Every screen under `/permisos`, chosen here so that the app registers one route for the whole
 * service (`/permisos/*`) and this folder owns its paths.
 */
export function Permisos() {
  const location = useLocation()
  const path = () => location.pathname.replace(/\/+$/, '')
  return (
    <Switch fallback={<NotFound />}>
      <Match when={path() === '/permisos'}>
        <Inicio />
      </Match>
      <Match when={path() === '/permisos/solicitud'}>
        <Formulario />
      </Match>
      <Match when={path() === '/permisos/revisar'}>
        <Revisar />
      </Match>
      <Match when={path() === '/permisos/no-emitido'}>
        <NoEmitido />
      </Match>
      <Match when={QUEUED.exec(path())?.[1]}>{(id) => <EnEspera id={id()} />}</Match>
      <Match when={CODE.exec(path())?.[1]}>{(code) => <Permiso code={code()} />}</Match>
    </Switch>
  )
}
