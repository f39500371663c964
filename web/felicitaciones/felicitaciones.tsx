import { useLocation } from '@solidjs/router'
import { Match, Switch } from 'solid-js'
import { screen } from '../components/lazy.ts'
import { NotFound } from '../components/NotFound.tsx'

/*
 * The commendation's entry (web/app.tsx registers one route, `/felicitaciones/*`, decision 0027):
 * each screen a chunk of its own with its words, so that a first visit loads only the screen it
 * lands on.
 */

const Inicio = screen(
  () => import('./Inicio.tsx'),
  (m) => m.Inicio,
)
const Unidad = screen(
  () => import('./Preguntas.tsx'),
  (m) => m.Unidad,
)
const Funcionario = screen(
  () => import('./Preguntas.tsx'),
  (m) => m.Funcionario,
)
const Mensaje = screen(
  () => import('./Preguntas.tsx'),
  (m) => m.Mensaje,
)
const Nombre = screen(
  () => import('./Preguntas.tsx'),
  (m) => m.Nombre,
)
const Revisar = screen(
  () => import('./Revisar.tsx'),
  (m) => m.Revisar,
)
const Enviado = screen(
  () => import('./Enviado.tsx'),
  (m) => m.Enviado,
)

const SENT = /^\/felicitaciones\/enviado\/([^/]+)$/

/** Every screen under `/felicitaciones`, chosen here so that the app registers one route. */
export function Felicitaciones() {
  const location = useLocation()
  const path = () => location.pathname.replace(/\/+$/, '')
  return (
    <Switch fallback={<NotFound />}>
      <Match when={path() === '/felicitaciones'}>
        <Inicio />
      </Match>
      <Match when={path() === '/felicitaciones/unidad'}>
        <Unidad />
      </Match>
      <Match when={path() === '/felicitaciones/funcionario'}>
        <Funcionario />
      </Match>
      <Match when={path() === '/felicitaciones/mensaje'}>
        <Mensaje />
      </Match>
      <Match when={path() === '/felicitaciones/nombre'}>
        <Nombre />
      </Match>
      <Match when={path() === '/felicitaciones/revisar'}>
        <Revisar />
      </Match>
      <Match when={SENT.exec(path())?.[1]}>{(id) => <Enviado id={decodeURIComponent(id())} />}</Match>
    </Switch>
  )
}
