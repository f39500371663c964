import { useLocation } from '@solidjs/router'
import { Match, Switch } from 'solid-js'
import { screen } from '../components/lazy.ts'
import { NotFound } from '../components/NotFound.tsx'

/*
 * The condolence book's entry (web/app.tsx registers one route, `/condolencias/*`, decision 0027):
 * each screen in a chunk of its own with its words, so that a first visit loads only the screen it
 * lands on (the service worker precaches the rest).
 */

const Inicio = screen(
  () => import('./Inicio.tsx'),
  (m) => m.Inicio,
)
const Nombre = screen(
  () => import('./Preguntas.tsx'),
  (m) => m.Nombre,
)
const Mensaje = screen(
  () => import('./Preguntas.tsx'),
  (m) => m.Mensaje,
)
const Revisar = screen(
  () => import('./Revisar.tsx'),
  (m) => m.Revisar,
)
const Enviado = screen(
  () => import('./Enviado.tsx'),
  (m) => m.Enviado,
)

const SENT = /^\/condolencias\/enviado\/([^/]+)$/

/** Every screen under `/condolencias`, chosen here so that the app registers one route for the book. */
export function Condolencias() {
  const location = useLocation()
  const path = () => location.pathname.replace(/\/+$/, '')
  return (
    <Switch fallback={<NotFound />}>
      <Match when={path() === '/condolencias'}>
        <Inicio />
      </Match>
      <Match when={path() === '/condolencias/nombre'}>
        <Nombre />
      </Match>
      <Match when={path() === '/condolencias/mensaje'}>
        <Mensaje />
      </Match>
      <Match when={path() === '/condolencias/revisar'}>
        <Revisar />
      </Match>
      <Match when={SENT.exec(path())?.[1]}>{(id) => <Enviado id={decodeURIComponent(id())} />}</Match>
    </Switch>
  )
}
