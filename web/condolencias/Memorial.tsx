import { A } from '@solidjs/router'
import { createSignal, For, lazy, Match, onMount, Show, Suspense, Switch } from 'solid-js'
import { focusOnNavigation, usePageTitle } from '../components/page.ts'
import { formatDate } from '../i18n/dates.ts'
import { t } from '../i18n/index.ts'
import { cuantosMensajes, Foto } from './Foto.tsx'
import { tcd } from './i18n/index.ts'
import { type Lectura, leer } from './lectura.ts'
import {
  diaEnPalabras,
  type Memorial as MemorialApi,
  type Mensaje,
  memorialUrl,
  type PaginaMensajes,
  paths,
  SIZES_MEMORIAL,
} from './rutas.ts'
import './condolencias.css'

export { ready } from './i18n/index.ts'

// The report's form and the form kit it needs: loaded when a reader presses «Reportar».
const Reportar = lazy(() => import('./Reportar.tsx').then((m) => ({ default: m.Reportar })))

/** «Reportar» under a published message, opening its form in place. */
function BotonReportar(props: { id: string }) {
  const [abierto, setAbierto] = createSignal(false)
  return (
    <Show
      when={abierto()}
      fallback={
        <button type="button" class="link-button" onClick={() => setAbierto(true)}>
          {tcd('cond.reportar')}
        </button>
      }
    >
      <Suspense fallback={<p role="status">{tcd('cond.anteriores.cargando')}</p>}>
        <Reportar id={props.id} cerrar={() => setAbierto(false)} />
      </Suspense>
    </Show>
  )
}

/**
 * `/condolencias/:slug`: a memorial (its text and photo) and its published messages, newest first,
 * 20 at a time («Ver mensajes anteriores» follows the API's cursor). Every read goes through the
 * service worker, which keeps the device's copy: once visited, the page reads with no network.
 */
export function Memorial(props: { slug: string }) {
  const [memorial, setMemorial] = createSignal<Lectura<MemorialApi> | 'cargando'>('cargando')
  const [mensajes, setMensajes] = createSignal<Mensaje[]>([])
  const [siguiente, setSiguiente] = createSignal<string | null>(null)
  const [cargando, setCargando] = createSignal(false)
  const [fallo, setFallo] = createSignal(false)
  const encontrado = () => {
    const value = memorial()
    return value !== 'cargando' && value.kind === 'ok' ? value.body : undefined
  }
  usePageTitle(() => {
    const value = memorial()
    if (value === 'cargando') return t('service.condolencias')
    if (value.kind === 'ok') return `${value.body.grado} ${value.body.nombre}`.trim()
    return tcd('cond.memorial.notFound')
  })
  const pagina = async (url: string) => {
    setCargando(true)
    setFallo(false)
    const leida = await leer<PaginaMensajes>(url)
    setCargando(false)
    if (leida.kind !== 'ok') return setFallo(true)
    setMensajes((antes) => [...antes, ...leida.body.items])
    setSiguiente(leida.body.siguiente)
  }
  onMount(async () => {
    const leido = await leer<MemorialApi>(memorialUrl(props.slug))
    setMemorial(leido)
    if (leido.kind === 'ok') await pagina(leido.body.primeraPagina)
  })
  return (
    <>
      <A href={paths.start} class="back-link">
        {tcd('cond.volver')}
      </A>
      <Switch>
        <Match when={memorial() === 'cargando'}>
          <p role="status">{tcd('cond.memorial.loading')}</p>
        </Match>
        <Match when={encontrado()}>
          {(m) => (
            <>
              <Show when={(memorial() as { guardada?: boolean }).guardada}>
                <p class="inset" role="status">
                  {tcd('cond.memorial.guardado')}
                </p>
              </Show>
              <span class="caption">{t('service.condolencias')}</span>
              <h1 tabindex="-1" ref={focusOnNavigation}>
                {`${m().grado} ${m().nombre}`.trim()}
              </h1>
              <div class="memorial">
                <Foto foto={m().foto} nombre={m().nombre} sizes={SIZES_MEMORIAL} class="memorial__foto" />
                <div>
                  <p class="memorial-tarjeta__meta">
                    {m().unidad}
                    <Show when={m().fecha}>
                      <br />
                      {tcd('cond.cayo', { fecha: diaEnPalabras(m().fecha) })}
                    </Show>
                  </p>
                  <p class="memorial__texto">{m().texto}</p>
                </div>
              </div>
              <A href={paths.escribir(m().slug)} class="button-link">
                {tcd('cond.escribir')}
              </A>
              <p class="hint">{tcd('cond.escribir.hint')}</p>
              <h2>
                {tcd('cond.mensajes.title')} <span class="hint">({cuantosMensajes(m().mensajes)})</span>
              </h2>
              <Show
                when={mensajes().length > 0 || cargando() || fallo()}
                fallback={<p>{tcd('cond.mensajes.vacio')}</p>}
              >
                <ul class="entries">
                  <For each={mensajes()}>
                    {(mensaje) => (
                      <li>
                        <blockquote>{mensaje.mensaje}</blockquote>
                        <p class="meta">
                          {mensaje.firma} ·{' '}
                          <time datetime={mensaje.publicadoAt}>
                            {formatDate(mensaje.publicadoAt, 'America/Santiago')}
                          </time>
                        </p>
                        <BotonReportar id={mensaje.id} />
                      </li>
                    )}
                  </For>
                </ul>
              </Show>
              <Show when={cargando()}>
                <p role="status">{tcd('cond.anteriores.cargando')}</p>
              </Show>
              <Show when={fallo()}>
                <p class="error-message">{tcd('cond.anteriores.error')}</p>
              </Show>
              <Show when={siguiente()}>
                {(url) => (
                  <button
                    type="button"
                    class="button button--secondary"
                    disabled={cargando()}
                    onClick={() => void pagina(url())}
                  >
                    {tcd('cond.anteriores')}
                  </button>
                )}
              </Show>
            </>
          )}
        </Match>
        <Match when={(memorial() as Lectura<MemorialApi>).kind === 'sin-red'}>
          <h1 tabindex="-1" ref={focusOnNavigation}>
            {t('service.condolencias')}
          </h1>
          <p>{tcd('cond.memorial.offline')}</p>
        </Match>
        <Match when={true}>
          <h1 tabindex="-1" ref={focusOnNavigation}>
            {tcd('cond.memorial.notFound')}
          </h1>
          <p>{tcd('cond.memorial.notFoundBody')}</p>
        </Match>
      </Switch>
    </>
  )
}
