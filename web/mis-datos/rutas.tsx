import { useParams } from '@solidjs/router'
import { type Component, type JSX, Show } from 'solid-js'
import { screen } from '../components/lazy.ts'
import { NotFound } from '../components/NotFound.tsx'
import { useCitizenGate } from '../cuenta/gate.ts'
import type { Pantalla as Pagina } from './paginas.ts'

/*
 * The "Mis datos" area's entry: web/app.tsx registers one route, `/mis-datos/*paso`, because every
 * route there costs every visitor's first page a few bytes of the 35 kB budget; this table names
 * the screen of each path (exact paths, no patterns), each in a chunk of its own with its words.
 */

const resumen = () => import('./resumen/pantallas.ts')
const correccion = () => import('./correccion/pantallas.ts')
const supresion = () => import('./supresion/pantallas.ts')

interface Pantalla {
  componente: Component
  /**
   * It shows what the server holds about the citizen: who is signed in is asked first, and a
   * visitor who is not goes to `/ingresar` before the screen's chunk is even fetched. The others
   * work from the device (the correction's later steps, offline too) or need no one.
   */
  ciudadano?: true
}

const PANTALLAS: Record<string, Pantalla> = {
  '': { componente: screen(resumen, (m) => m.Resumen), ciudadano: true },
  correccion: { componente: screen(correccion, (m) => m.Dato), ciudadano: true },
  'correccion/valor': { componente: screen(correccion, (m) => m.Valor) },
  'correccion/explicacion': { componente: screen(correccion, (m) => m.Explicacion) },
  'correccion/revisar': { componente: screen(correccion, (m) => m.Revisar) },
  'correccion/enviada': { componente: screen(correccion, (m) => m.Enviada) },
  supresion: { componente: screen(supresion, (m) => m.Supresion), ciudadano: true },
  'supresion/resultado': { componente: screen(supresion, (m) => m.Resultado) },
  'cuenta-eliminada': { componente: screen(supresion, (m) => m.CuentaEliminada) },
} satisfies Record<Pagina, Pantalla>

/** Waits to know who is signed in; nobody is sent to `/ingresar`, back to `returnTo` after. */
function ConCiudadano(props: { returnTo: string; children: JSX.Element }) {
  const gate = useCitizenGate(props.returnTo)
  return <Show when={gate().kind !== 'loading'}>{props.children}</Show>
}

/** Every screen under `/mis-datos`, by its path. */
export function MisDatos() {
  const params = useParams<{ paso?: string }>()
  const paso = () => (params.paso ?? '').replace(/\/+$/, '')
  return (
    <Show when={PANTALLAS[paso()]} keyed fallback={<NotFound />}>
      {(pantalla) => (
        <Show when={pantalla.ciudadano} fallback={<pantalla.componente />}>
          <ConCiudadano returnTo={`/mis-datos${paso() ? `/${paso()}` : ''}`}>
            <pantalla.componente />
          </ConCiudadano>
        </Show>
      )}
    </Show>
  )
}
