import { A } from '@solidjs/router'
import { createSignal, For, Match, onMount, Switch } from 'solid-js'
import { focusOnNavigation, usePageTitle } from '../components/page.ts'
import { t } from '../i18n/index.ts'
import { cuantosMensajes, Foto } from './Foto.tsx'
import { tcd } from './i18n/index.ts'
import { type Lectura, leer } from './lectura.ts'
import { diaEnPalabras, MEMORIALES_URL, type MemorialResumen, paths, SIZES_LISTA } from './rutas.ts'
import './condolencias.css'

export { ready } from './i18n/index.ts'

/** `/condolencias`: the book, one memorial per fallen officer, newest first (as the API orders them). */
export function Inicio() {
  usePageTitle(() => t('service.condolencias'))
  // A plain signal rather than a resource: the list must never suspend or fail the whole page.
  const [lista, setLista] = createSignal<Lectura<{ items: MemorialResumen[] }> | 'cargando'>('cargando')
  onMount(() => {
    void leer<{ items: MemorialResumen[] }>(MEMORIALES_URL).then(setLista)
  })
  const items = () => {
    const value = lista()
    return value !== 'cargando' && value.kind === 'ok' && value.body.items.length > 0
      ? value.body.items
      : undefined
  }
  return (
    <>
      <h1 tabindex="-1" ref={focusOnNavigation}>
        {t('service.condolencias')}
      </h1>
      <p class="lead">{tcd('cond.lead')}</p>
      <h2>{tcd('cond.list.title')}</h2>
      <Switch fallback={<p>{tcd('cond.list.empty')}</p>}>
        <Match when={lista() === 'cargando'}>
          <p role="status">{tcd('cond.list.loading')}</p>
        </Match>
        <Match
          when={(() => {
            const v = lista()
            return v !== 'cargando' && v.kind === 'sin-red'
          })()}
        >
          <p>{tcd('cond.list.offline')}</p>
        </Match>
        <Match when={items()}>
          {(memoriales) => (
            <ul class="memoriales">
              <For each={memoriales()}>
                {(memorial) => (
                  <li class="memorial-tarjeta">
                    <Foto
                      foto={memorial.foto}
                      nombre={memorial.nombre}
                      sizes={SIZES_LISTA}
                      class="memorial-tarjeta__foto"
                    />
                    <div>
                      <h3 class="memorial-tarjeta__nombre">
                        <A href={paths.memorial(memorial.slug)}>
                          {memorial.grado} {memorial.nombre}
                        </A>
                      </h3>
                      <p class="memorial-tarjeta__meta">
                        {memorial.unidad}
                        <br />
                        <time datetime={memorial.fecha}>{diaEnPalabras(memorial.fecha)}</time>
                      </p>
                      <p class="memorial-tarjeta__meta">{cuantosMensajes(memorial.mensajes)}</p>
                    </div>
                  </li>
                )}
              </For>
            </ul>
          )}
        </Match>
      </Switch>
    </>
  )
}
