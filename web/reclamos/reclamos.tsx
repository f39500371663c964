import { Match, Switch } from 'solid-js'
import { screen, useSubpath } from '../components/lazy.ts'
import { NotFound } from '../components/NotFound.tsx'
import { NUMERO, PASOS, QUEUED } from './paginas.ts'

/*
 * The complaints' entry (web/app.tsx registers one route, `/reclamos/*`): the screen for each path,
 * each group in a chunk of its own with its own words — the start page first (a first visit loads
 * only it), the form after it, the complaint's page and its waiting page apart. Its paths are written again in the
 * screens' modules, so that this chunk shares nothing with theirs.
 */

const Inicio = screen(
  () => import('./inicio/pages.ts'),
  (m) => m.Inicio,
)
const Paso = screen(
  () => import('./formulario/pages.ts'),
  (m) => m.Paso,
)
const Reclamo = screen(
  () => import('./reclamo/pages.ts'),
  (m) => m.Reclamo,
)
const EnEspera = screen(
  () => import('./reclamo/espera.ts'),
  (m) => m.EnEspera,
)

/** Every screen under `/reclamos`, chosen here so that the app registers one route for the service. */
export function Reclamos() {
  const path = useSubpath('/reclamos')
  return (
    <Switch fallback={<NotFound />}>
      <Match when={path() === ''}>
        <Inicio />
      </Match>
      <Match when={PASOS.includes(path()) && path()}>{(id) => <Paso id={id()} />}</Match>
      <Match when={QUEUED.exec(path())?.[1]}>{(id) => <EnEspera id={id()} />}</Match>
      <Match when={NUMERO.test(path()) && path()}>{(numero) => <Reclamo numero={numero()} />}</Match>
    </Switch>
  )
}
