import { A } from '@solidjs/router'
import { For, type JSX, Show } from 'solid-js'
import { focusOnNavigation, usePageTitle } from '../../components/page.ts'
import { SummaryList } from '../../components/SummaryList.tsx'
import { API, type MisDatos, paths } from '../api.ts'
import { ConDatos } from '../ConDatos.tsx'
import type { MisDatosKey } from '../i18n/es.ts'
import { tm } from '../i18n/index.ts'
import { corregibles, dia, momento } from '../palabras.ts'
import { Accesos } from './Accesos.tsx'
import { Registros, Reloj } from './Registros.tsx'
import '../mis-datos.css'

/** The page's sections, in order, for its table of contents. */
const SECCIONES: { id: string; titulo: MisDatosKey }[] = [
  { id: 'cuenta', titulo: 'md.cuenta.title' },
  { id: 'registros', titulo: 'md.registros.title' },
  { id: 'quien-vio', titulo: 'md.accesos.title' },
  { id: 'corregir', titulo: 'md.acciones.title' },
  { id: 'descargar', titulo: 'md.descargas.title' },
]

const VERIFICADO: Record<string, MisDatosKey> = {
  claveunica: 'md.cuenta.verificado.claveunica',
  self: 'md.cuenta.verificado.self',
}

/** A contents link: focus moves to the section's heading, so reading and tabbing go on from there. */
const irA = (id: string) => (event: MouseEvent) => {
  const target = document.getElementById(id)
  if (!target) return
  event.preventDefault()
  target.focus()
  target.scrollIntoView()
}

/** A section of the page, its heading the target of the contents' link. */
function Seccion(props: { id: string; titulo: MisDatosKey; children: JSX.Element }) {
  return (
    <section class="md-seccion" aria-labelledby={`md-${props.id}`}>
      <h2 id={`md-${props.id}`} tabindex="-1">
        {tm(props.titulo)}
      </h2>
      {props.children}
    </section>
  )
}

/** The account's own details, its clock and whether it can be erased. */
function Cuenta(props: { datos: MisDatos }) {
  const c = () => props.datos.cuenta
  const registro = () => props.datos.registros.find((r) => r.tipo === 'cuenta')
  const rows = () => [
    { key: tm('md.cuenta.nombre'), value: `${c().nombres} ${c().apellidos}`.trim() },
    { key: tm('md.cuenta.run'), value: c().run ?? tm('md.cuenta.sinRun') },
    {
      key: tm('md.cuenta.verificado'),
      value: tm(VERIFICADO[c().runVerificadoCon ?? ''] ?? 'md.cuenta.verificado.none'),
    },
    { key: tm('md.cuenta.email'), value: c().email ?? tm('md.vacio') },
    { key: tm('md.cuenta.telefono'), value: c().telefono ?? tm('md.vacio') },
    { key: tm('md.cuenta.creada'), value: dia(c().creadaAt) },
    ...(c().ultimoIngresoAt
      ? [{ key: tm('md.cuenta.ultimoIngreso'), value: momento(c().ultimoIngresoAt ?? '') }]
      : []),
  ]
  return (
    <>
      <SummaryList rows={rows()} />
      <Show when={registro()}>{(found) => <Reloj registro={found()} />}</Show>
    </>
  )
}

/** "Pedir una corrección" and "Pedir la supresión de mis datos". */
function Acciones(props: { datos: MisDatos }) {
  const hayCorregibles = () => props.datos.registros.some((r) => corregibles(r).length > 0)
  return (
    <>
      <p>{tm('md.acciones.lead')}</p>
      <Show when={!hayCorregibles()}>
        <p>{tm('md.acciones.sinCorregibles')}</p>
      </Show>
      <ul class="md-acciones">
        <Show when={hayCorregibles()}>
          <li>
            <A href={paths.correccion}>{tm('md.acciones.corregir')}</A>
          </li>
        </Show>
        <li>
          <A href={paths.supresion}>{tm('md.acciones.suprimir')}</A>
        </li>
      </ul>
      <p>
        <A href="/mis-tramites">{tm('md.acciones.tramites')}</A>
      </p>
    </>
  )
}

/** The copies to take away: plain links the server answers with a file. */
function Descargas() {
  return (
    <>
      <p>{tm('md.descargas.lead')}</p>
      <ul class="md-descargas">
        <li>
          <a href={API.descarga('json')} download="">
            {tm('md.descargas.json')}
          </a>
          <span class="hint"> {tm('md.descargas.jsonHint')}</span>
        </li>
        <li>
          <a href={API.descarga('pdf')} download="">
            {tm('md.descargas.pdf')}
          </a>
          <span class="hint"> {tm('md.descargas.pdfHint')}</span>
        </li>
      </ul>
    </>
  )
}

/**
 * `/mis-datos`: everything the portal holds about the signed-in citizen (Ley 21.719): the account,
 * every record service by service with its fields, its clock and whether it can be erased; who of
 * the staff read it and why; the requests to correct or erase; the downloads.
 */
export function Resumen() {
  usePageTitle(() => tm('md.title'))
  return (
    <>
      <h1 tabindex="-1" ref={focusOnNavigation}>
        {tm('md.title')}
      </h1>
      <p class="lead">{tm('md.lead')}</p>
      <ConDatos returnTo={paths.inicio}>
        {(datos) => (
          <>
            <nav class="md-contenido" aria-labelledby="md-contenido">
              <h2 id="md-contenido" class="heading-s">
                {tm('md.contents')}
              </h2>
              <ul>
                <For each={SECCIONES}>
                  {(seccion) => (
                    <li>
                      <a href={`#md-${seccion.id}`} on:click={irA(`md-${seccion.id}`)}>
                        {tm(seccion.titulo)}
                      </a>
                    </li>
                  )}
                </For>
              </ul>
            </nav>
            <p class="meta">{tm('md.generado', { fecha: momento(datos.generadoAt) })}</p>
            <Seccion id="cuenta" titulo="md.cuenta.title">
              <Cuenta datos={datos} />
            </Seccion>
            <Seccion id="registros" titulo="md.registros.title">
              <p>{tm('md.registros.lead')}</p>
              <Registros registros={datos.registros.filter((r) => r.tipo !== 'cuenta')} />
            </Seccion>
            <Seccion id="quien-vio" titulo="md.accesos.title">
              <p>{tm('md.accesos.lead')}</p>
              <Accesos accesos={datos.accesos} />
              <p class="hint">{tm('md.accesos.reservada')}</p>
            </Seccion>
            <Seccion id="corregir" titulo="md.acciones.title">
              <Acciones datos={datos} />
            </Seccion>
            <Seccion id="descargar" titulo="md.descargas.title">
              <Descargas />
            </Seccion>
          </>
        )}
      </ConDatos>
    </>
  )
}
