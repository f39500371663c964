import type { Component } from 'solid-js'
import { Dynamic } from 'solid-js/web'
import { screen, useSubpath } from '../components/lazy.ts'
import { NotFound } from '../components/NotFound.tsx'
import type { Pantalla } from './paginas.ts'

/*
 * The commendation's entry (web/app.tsx registers one route, `/felicitaciones/*`, decision 0027):
 * each screen a chunk of its own with its words, so that a first visit loads only the screen it
 * lands on. The table names the screen of each path, as web/funcionarios/rutas.tsx does.
 */

const preguntas = () => import('./Preguntas.tsx')

// Shaped like condolencias.tsx's table on purpose: each names only its own service's screens, so neither chunk carries the other's imports.
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
} satisfies Record<Pantalla, Component>

const Enviado = screen(
  () => import('./Enviado.tsx'),
  (m) => m.Enviado,
)

const SENT = /^enviado\/([^/]+)$/

/** Every screen under `/felicitaciones`, chosen here so that the app registers one route. */
export function Felicitaciones() {
  const paso = useSubpath('/felicitaciones')
  const enviado = () => SENT.exec(paso())?.[1]
  return (
    <Dynamic
      component={enviado() ? Enviado : (PANTALLAS[paso()] ?? NotFound)}
      id={decodeURIComponent(enviado() ?? '')}
    />
  )
}
