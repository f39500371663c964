import { createSignal, For, Match, Show, Switch } from 'solid-js'
import { locale } from '../../../i18n/index.ts'
import { callApi, type Unidad } from '../../constancias.tsx'
import { tu } from './i18n/index.ts'

export { ready } from './i18n/index.ts'

type Regiones = typeof import('./comunas.gen.ts')['regiones']

type Estado =
  | { kind: 'idle' }
  | { kind: 'locating' }
  | { kind: 'searching' }
  | { kind: 'denied' }
  | { kind: 'offline' }
  | { kind: 'found'; near: 'location' | string; items: Unidad[] }

const LIMIT = 5

// One search per page, shared by the parts below; the page resets it when it leaves.
const [estado, setEstado] = createSignal<Estado>({ kind: 'idle' })
const [regiones, setRegiones] = createSignal<Regiones>()
const [comuna, setComuna] = createSignal('')
let picker: HTMLSelectElement | undefined

/** Whether the device's position is being asked for, reactive. */
export const locating = () => estado().kind === 'locating'
/** The comunas, once the citizen asked to search by comuna, reactive. */
export { regiones }

export function reset(): void {
  setEstado({ kind: 'idle' })
  setComuna('')
}

/** The device's position, asked only when the citizen presses the button. */
function position(): Promise<GeolocationPosition> {
  return new Promise((resolve, reject) => {
    if (!('geolocation' in navigator)) return reject(new Error('no geolocation'))
    navigator.geolocation.getCurrentPosition(resolve, reject, {
      enableHighAccuracy: false,
      timeout: 15_000,
      maximumAge: 300_000,
    })
  })
}

async function load(query: string, near: 'location' | string): Promise<void> {
  setEstado({ kind: 'searching' })
  const answer = await callApi<{ items: Unidad[] }>('GET', `/api/unidades?${query}&limite=${LIMIT}`)
  setEstado(answer.ok ? { kind: 'found', near, items: answer.body.items } : { kind: 'offline' })
}

/**
 * The comunas (3 kB) load only for those who choose a comuna rather than share their position;
 * the picker shows once they are in, and takes focus when asked for.
 */
export async function chooseComuna(focus: boolean): Promise<void> {
  if (!regiones()) setRegiones((await import('./comunas.gen.ts')).regiones)
  if (focus) picker?.focus()
}

/** The units nearest the device's position; if it cannot be known, the comuna picker. */
export async function locate(): Promise<void> {
  setEstado({ kind: 'locating' })
  try {
    const { coords } = await position()
    await load(`cerca=${coords.latitude.toFixed(4)},${coords.longitude.toFixed(4)}`, 'location')
  } catch {
    setEstado({ kind: 'denied' })
    void chooseComuna(false)
  }
}

function comunaName(cut: string): string {
  for (const region of regiones() ?? []) {
    const found = region.comunas.find(([code]) => code === cut)
    if (found) return found[1]
  }
  return cut
}

function km(value: number): string {
  const tag = locale() === 'es' ? 'es-CL' : locale() === 'ht' ? 'fr' : 'en-GB'
  return new Intl.NumberFormat(tag, { maximumFractionDigits: 1 }).format(value)
}

function mapUrl(unit: Unidad): string {
  return `https://www.openstreetmap.org/?mlat=${unit.lat}&mlon=${unit.lon}#map=16/${unit.lat}/${unit.lon}`
}

/** The comuna where the citizen is now, to search near it. */
export function Selector(props: { regiones: Regiones }) {
  const byComuna = (event: SubmitEvent) => {
    event.preventDefault()
    if (comuna()) void load(`comuna=${comuna()}`, comuna())
  }
  return (
    <form novalidate class="cv-units__comuna" onSubmit={byComuna}>
      <label class="label" for="comuna">
        {tu('units.or')}
      </label>
      <div class="cv-units__row">
        <select
          id="comuna"
          name="comuna"
          class="cv-select"
          ref={picker}
          onChange={(event) => setComuna(event.currentTarget.value)}
        >
          <option value="">{tu('units.choose')}</option>
          <For each={props.regiones}>
            {(region) => (
              <optgroup label={region.nombre}>
                <For each={region.comunas}>
                  {([cut, nombre]) => (
                    <option value={cut} selected={comuna() === cut}>
                      {nombre}
                    </option>
                  )}
                </For>
              </optgroup>
            )}
          </For>
        </select>
        <button type="submit" class="button button--secondary">
          {tu('units.search')}
        </button>
      </div>
    </form>
  )
}

const found = () => {
  const current = estado()
  return current.kind === 'found' ? current : undefined
}

/** Where the search stands, for the page's live region. */
export function Estado() {
  return (
    <Switch>
      <Match when={estado().kind === 'locating'}>
        <p>{tu('units.locating')}</p>
      </Match>
      <Match when={estado().kind === 'searching'}>
        <p>{tu('units.searching')}</p>
      </Match>
      <Match when={estado().kind === 'denied'}>
        <p>{tu('units.denied')}</p>
      </Match>
      <Match when={estado().kind === 'offline'}>
        <p>{tu('units.offline')}</p>
      </Match>
      <Match when={found()}>
        {(result) => (
          <p>
            {result().items.length === 0
              ? tu('units.none')
              : result().near === 'location'
                ? tu('units.results.location')
                : tu('units.results.comuna', { comuna: comunaName(result().near) })}
          </p>
        )}
      </Match>
    </Switch>
  )
}

/** One police unit: where it is, how far, how to call it. */
function Unit(props: { unit: Unidad }) {
  return (
    <li>
      <h3 class="heading-s">{props.unit.name}</h3>
      <p class="cv-units__meta">
        {[props.unit.address, props.unit.comuna, props.unit.region].filter(Boolean).join(', ')}
      </p>
      <Show when={props.unit.distanceKm !== undefined}>
        <p class="cv-units__meta">
          <strong>{tu('units.distance', { km: km(props.unit.distanceKm ?? 0) })}</strong>
        </p>
      </Show>
      <Show when={props.unit.phone}>
        {(phone) => (
          <p class="cv-units__meta">
            <a href={`tel:${phone().replace(/[^\d+]/g, '')}`}>{tu('units.phone', { phone: phone() })}</a>
          </p>
        )}
      </Show>
      <Show when={props.unit.lat !== null && props.unit.lon !== null}>
        <p class="cv-units__meta">
          <a href={mapUrl(props.unit)} rel="noopener" target="_blank">
            {tu('units.map')}
            <span class="visually-hidden">: {props.unit.name}</span> ({tu('units.newTab')})
          </a>
        </p>
      </Show>
    </li>
  )
}

/** The units found, nearest first. */
export function Resultados() {
  return (
    <Show when={found()?.items.length ? found() : undefined}>
      {(result) => (
        <ol class="cv-units__list">
          <For each={result().items}>{(unit) => <Unit unit={unit} />}</For>
        </ol>
      )}
    </Show>
  )
}
