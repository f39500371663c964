import { createSignal, onCleanup, Show } from 'solid-js'
import { Dynamic } from 'solid-js/web'
import { tv } from './i18n/index.ts'

type Busqueda = typeof import('./unidades/Busqueda.tsx')

/**
 * The nearest police units, where the citizen must validate the request today: near the place
 * where they are now (never their polling place, which is more than 200 km away). The
 * device's position is asked for only when they press the button, else they name the comuna;
 * the search and its words load then (./unidades/), not with the page.
 */
export function Unidades() {
  const [busqueda, setBusqueda] = createSignal<Busqueda>()
  const use = async (): Promise<Busqueda> => {
    const loaded = busqueda()
    if (loaded) return loaded
    const m = await import('./unidades/Busqueda.tsx')
    await m.ready
    setBusqueda(() => m)
    return m
  }
  onCleanup(() => busqueda()?.reset())
  return (
    <section class="cv-units" aria-labelledby="unidades-title">
      <h2 id="unidades-title">{tv('units.title')}</h2>
      <p>{tv('units.lead')}</p>
      <button
        type="button"
        class="button button--secondary cv-units__locate"
        aria-describedby="unidades-locate-hint"
        disabled={busqueda()?.locating()}
        onClick={() => void use().then((m) => m.locate())}
      >
        {tv('units.locate')}
      </button>
      <p id="unidades-locate-hint" class="hint">
        {tv('units.locateHint')}
      </p>
      <Show
        when={busqueda()?.regiones()}
        fallback={
          <button
            type="button"
            class="button button--secondary"
            onClick={() => void use().then((m) => m.chooseComuna(true))}
          >
            {tv('units.byComuna')}
          </button>
        }
      >
        {(regiones) => (
          <Show when={busqueda()}>{(m) => <Dynamic component={m().Selector} regiones={regiones()} />}</Show>
        )}
      </Show>
      {/* Present from the start, so that screen readers announce what the search finds. */}
      <div role="status" class="cv-units__status">
        <Show when={busqueda()}>{(m) => <Dynamic component={m().Estado} />}</Show>
      </div>
      <Show when={busqueda()}>{(m) => <Dynamic component={m().Resultados} />}</Show>
    </section>
  )
}
