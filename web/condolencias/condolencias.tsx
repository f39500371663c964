import type { Component } from 'solid-js'
import { Dynamic } from 'solid-js/web'
import { screen, useSubpath } from '../components/lazy.ts'
import { NotFound } from '../components/NotFound.tsx'
import type { Pantalla } from './paginas.ts'

/*
 * The condolence book's entry (web/app.tsx registers one route, `/condolencias/*`, decision 0027):
 * each screen in a chunk of its own with its words, so that a first visit loads only the screen it
 * lands on (the service worker precaches the rest). The form's paths are read first: a memorial's
 * slug is never `mensaje`, `firma`, `revisar` or `enviado`.
 */

const preguntas = () => import('./Preguntas.tsx')

// Shaped like felicitaciones.tsx's table on purpose: each names only its own service's screens, so neither chunk carries the other's imports.
const PANTALLAS: Record<string, Component> = {
  '': screen(
    () => import('./Inicio.tsx'),
    (m) => m.Inicio,
  ),
  mensaje: screen(preguntas, (m) => m.Mensaje),
  firma: screen(preguntas, (m) => m.Firma),
  revisar: screen(
    () => import('./Revisar.tsx'),
    (m) => m.Revisar,
  ),
} satisfies Record<Pantalla, Component>
const Enviado = screen(
  () => import('./Enviado.tsx'),
  (m) => m.Enviado,
)
const Memorial = screen(
  () => import('./Memorial.tsx'),
  (m) => m.Memorial,
)

const SENT = /^enviado\/([^/]+)$/
const SLUG = /^[a-z0-9][a-z0-9-]{0,119}$/

/** Every screen under `/condolencias`, chosen here so that the app registers one route for the book. */
export function Condolencias() {
  const paso = useSubpath('/condolencias')
  const enviado = () => SENT.exec(paso())?.[1]
  const pantalla = (): { component: Component<{ id: string; slug: string }>; id: string; slug: string } => {
    const fija = PANTALLAS[paso()]
    if (fija) return { component: fija, id: '', slug: '' }
    const id = enviado()
    if (id) return { component: Enviado, id: decodeURIComponent(id), slug: '' }
    if (SLUG.test(paso())) return { component: Memorial, id: '', slug: paso() }
    return { component: NotFound, id: '', slug: '' }
  }
  return <Dynamic component={pantalla().component} id={pantalla().id} slug={pantalla().slug} />
}
