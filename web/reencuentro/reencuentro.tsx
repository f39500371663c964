import { Match, Switch } from 'solid-js'
import { screen, useSubpath } from '../components/lazy.ts'
import { NotFound } from '../components/NotFound.tsx'
import { NUMERO, PASOS, QUEUED } from './paginas.ts'

/*
 * Family reunification's entry (web/app.tsx registers one route, `/reencuentro/*`): the screen for
 * each path, each group in a chunk of its own with its own words — the start page, the screener and
 * the presunta desgracia guidance first (no sign-in: someone in danger must not wait for one), the
 * form after them, the request's page and its waiting page apart. Its paths are written again in
 * the screens' modules, so that this chunk shares nothing with theirs.
 */

const inicio = () => import('./inicio/pages.ts')
const Inicio = screen(inicio, (m) => m.Inicio)
const Peligro = screen(inicio, (m) => m.Peligro)
const PresuntaDesgracia = screen(inicio, (m) => m.PresuntaDesgracia)
const Paso = screen(
  () => import('./formulario/pages.ts'),
  (m) => m.Paso,
)
const Solicitud = screen(
  () => import('./solicitud/pages.ts'),
  (m) => m.Solicitud,
)
const EnEspera = screen(
  () => import('./solicitud/espera.ts'),
  (m) => m.EnEspera,
)

/** Every screen under `/reencuentro`, chosen here so that the app registers one route for the service. */
export function Reencuentro() {
  const path = useSubpath('/reencuentro')
  return (
    <Switch fallback={<NotFound />}>
      <Match when={path() === ''}>
        <Inicio />
      </Match>
      <Match when={path() === 'peligro'}>
        <Peligro />
      </Match>
      <Match when={path() === 'presunta-desgracia'}>
        <PresuntaDesgracia />
      </Match>
      <Match when={PASOS.includes(path()) && path()}>{(id) => <Paso id={id()} />}</Match>
      <Match when={QUEUED.exec(path())?.[1]}>{(id) => <EnEspera id={id()} />}</Match>
      <Match when={NUMERO.test(path()) && path()}>{(numero) => <Solicitud numero={numero()} />}</Match>
    </Switch>
  )
}
