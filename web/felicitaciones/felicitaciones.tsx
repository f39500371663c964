import { useLocation } from '@solidjs/router'
import type { Component } from 'solid-js'
import { Dynamic } from 'solid-js/web'
import { screen } from '../components/lazy.ts'
import { NotFound } from '../components/NotFound.tsx'

/*
 * The commendation's entry (web/app.tsx registers one route, `/felicitaciones/*`, decision 0027):
 * each screen a chunk of its own with its words, so that a first visit loads only the screen it
 * lands on. The table names the screen of each path, as web/funcionarios/rutas.tsx does.
 */

const preguntas = () => import('./Preguntas.tsx')

const PANTALLAS: Record<string, Component> = {
  '': screen(
    () => import('./Inicio.tsx'),
    (m) => m.Inicio,
  ),
  unidad: screen(preguntas, (m) => m.Unidad),
  funcionario: screen(preguntas, (m) => m.Funcionario),
  mensaje: screen(preguntas, (m) => m.Mensaje),
  nombre: screen(preguntas, (m) => m.Nombre),
  revisar: screen(
    () => import('./Revisar.tsx'),
    (m) => m.Revisar,
  ),
}

const Enviado = screen(
  () => import('./Enviado.tsx'),
  (m) => m.Enviado,
)

const SENT = /^enviado\/([^/]+)$/

/** Every screen under `/felicitaciones`, chosen here so that the app registers one route. */
export function Felicitaciones() {
  const location = useLocation()
  const paso = () => location.pathname.replace(/^\/felicitaciones\/?/, '').replace(/\/+$/, '')
  const enviado = () => SENT.exec(paso())?.[1]
  return (
    <Dynamic
      component={enviado() ? Enviado : (PANTALLAS[paso()] ?? NotFound)}
      id={decodeURIComponent(enviado() ?? '')}
    />
  )
}
