import { A } from '@solidjs/router'
import { createSignal, For, onCleanup, onMount, Show } from 'solid-js'
import { focusOnNavigation, usePageTitle } from '../../components/page.ts'
import { callApi } from '../../forms/api.ts'
import { locale } from '../../i18n/index.ts'
import { StaffGate } from '../StaffGate.tsx'
import type { EleccionActual } from './api.ts'
import { tv } from './i18n/index.ts'

type Serie = 'solicitudes' | 'validadas' | 'rechazadas' | 'pendientes'
type Counts = Partial<Record<Serie, number>>

interface Cifras {
  eleccion: unknown
  porHora: (Counts & { desde: string })[]
  porRegion: (Counts & { region: string })[]
}

/** Each series' colour: at least 3:1 against white (WCAG 1.4.11), told apart also by the legend's order. */
const COLOURS: Record<Serie, string> = {
  solicitudes: '#1a5aa0',
  validadas: '#00703c',
  rechazadas: '#c0301a',
  pendientes: '#6e3619',
}
const REFRESH_MS = 30_000

/**
 * Grouped bars in inline SVG, one group per row; the numbers themselves are in the table that
 * follows every chart (its text alternative), so the image only summarises.
 */
function Barras(props: { rows: { label: string; counts: Counts }[]; series: Serie[] }) {
  const height = 160
  const groupWidth = () => Math.max(24, props.series.length * 10 + 8)
  const width = () => Math.max(240, props.rows.length * groupWidth() + 40)
  const max = () => Math.max(1, ...props.rows.flatMap((row) => props.series.map((s) => row.counts[s] ?? 0)))
  const total = (serie: Serie) => props.rows.reduce((sum, row) => sum + (row.counts[serie] ?? 0), 0)
  const summary = () =>
    props.series
      .map((s) => tv('cv.cifras.grafico', { serie: tv(`cv.cifras.${s}`), total: total(s) }))
      .join(' ')
  return (
    <figure class="vv-chart">
      <ul class="vv-legend" aria-hidden="true">
        <For each={props.series}>
          {(serie) => (
            <li>
              <svg width="14" height="14" viewBox="0 0 14 14" aria-hidden="true">
                <rect width="14" height="14" fill={COLOURS[serie]} />
              </svg>{' '}
              {tv(`cv.cifras.${serie}`)}
            </li>
          )}
        </For>
      </ul>
      <section class="vv-chart__scroll" tabindex="0" aria-label={summary()}>
        <svg
          role="img"
          aria-label={summary()}
          viewBox={`0 0 ${width()} ${height + 24}`}
          width={width()}
          height={height + 24}
        >
          <line x1="30" y1={height} x2={width()} y2={height} stroke="#0b0c0c" />
          <text x="26" y="10" text-anchor="end" font-size="10" fill="#0b0c0c">
            {max()}
          </text>
          <text x="26" y={height} text-anchor="end" font-size="10" fill="#0b0c0c">
            0
          </text>
          <For each={props.rows}>
            {(row, index) => (
              <g>
                <For each={props.series}>
                  {(serie, s) => {
                    const value = () => row.counts[serie] ?? 0
                    const h = () => Math.round((value() / max()) * (height - 12))
                    return (
                      <rect
                        x={34 + index() * groupWidth() + s() * 10}
                        y={height - h()}
                        width="8"
                        height={h()}
                        fill={COLOURS[serie]}
                      />
                    )
                  }}
                </For>
                <text
                  x={34 + index() * groupWidth() + (props.series.length * 10) / 2}
                  y={height + 16}
                  text-anchor="middle"
                  font-size="10"
                  fill="#0b0c0c"
                >
                  {row.label.length > 6 ? row.label.slice(0, 6) : row.label}
                </text>
              </g>
            )}
          </For>
        </svg>
      </section>
    </figure>
  )
}

function Tabla(props: {
  caption: string
  head: string
  rows: { label: string; counts: Counts }[]
  series: Serie[]
}) {
  return (
    <details class="vv-details">
      <summary>{tv('cv.cifras.tabla')}</summary>
      <section class="vv-table-scroll" tabindex="0" aria-label={props.caption}>
        <table class="vv-table">
          <caption class="visually-hidden">{props.caption}</caption>
          <thead>
            <tr>
              <th scope="col">{props.head}</th>
              <For each={props.series}>{(serie) => <th scope="col">{tv(`cv.cifras.${serie}`)}</th>}</For>
            </tr>
          </thead>
          <tbody>
            <For each={props.rows}>
              {(row) => (
                <tr>
                  <th scope="row">{row.label}</th>
                  <For each={props.series}>{(serie) => <td>{row.counts[serie] ?? 0}</td>}</For>
                </tr>
              )}
            </For>
          </tbody>
        </table>
      </section>
    </details>
  )
}

const hora = (iso: string) =>
  new Intl.DateTimeFormat(locale() === 'es' ? 'es-CL' : locale() === 'en' ? 'en-GB' : 'fr', {
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
    timeZone: 'America/Santiago',
  }).format(new Date(iso))

/** The figures themselves, asked for on mount and every 30 s until the page is left. */
function Tablero() {
  const [cifras, setCifras] = createSignal<Cifras | undefined>()
  const [at, setAt] = createSignal<string | undefined>()
  const [failed, setFailed] = createSignal(false)
  const refresh = async () => {
    const current = await callApi<{ eleccion: EleccionActual | null }>(
      'GET',
      '/api/constancias-voto/eleccion',
    )
    const id = current.ok ? current.body.eleccion?.id : undefined
    if (!id) return setFailed(!current.ok)
    const result = await callApi<Cifras>(
      'GET',
      `/api/supervisor/constancias-voto/cifras?eleccion=${encodeURIComponent(id)}`,
    )
    setFailed(!result.ok)
    if (result.ok) {
      setCifras(result.body)
      setAt(new Date().toISOString())
    }
  }
  const timer = setInterval(() => void refresh(), REFRESH_MS)
  onCleanup(() => clearInterval(timer))
  onMount(() => void refresh())
  const porHora: Serie[] = ['solicitudes', 'validadas', 'rechazadas']
  const porRegion: Serie[] = ['solicitudes', 'validadas', 'rechazadas', 'pendientes']
  return (
    <>
      <p class="lead">{tv('cv.cifras.lead')}</p>
      <p aria-live="polite">
        {failed()
          ? tv('cv.cifras.error')
          : at()
            ? tv('cv.cifras.actualizado', { hora: hora(at() ?? '') })
            : ''}
      </p>
      <Show when={cifras()} fallback={<p>{tv('cv.cifras.sinDatos')}</p>}>
        {(data) => {
          const horas = () => data().porHora.map((row) => ({ label: hora(row.desde), counts: row }))
          const regiones = () => data().porRegion.map((row) => ({ label: row.region, counts: row }))
          return (
            <>
              <h2 class="heading-m">{tv('cv.cifras.porHora')}</h2>
              <Barras rows={horas()} series={porHora} />
              <Tabla
                caption={tv('cv.cifras.porHora')}
                head={tv('cv.cifras.hora')}
                rows={horas()}
                series={porHora}
              />
              <h2 class="heading-m">{tv('cv.cifras.porRegion')}</h2>
              <Show when={regiones().length > 0} fallback={<p>{tv('cv.cifras.sinDatos')}</p>}>
                <Barras rows={regiones()} series={porRegion} />
                <Tabla
                  caption={tv('cv.cifras.porRegion')}
                  head={tv('cv.cifras.region')}
                  rows={regiones()}
                  series={porRegion}
                />
              </Show>
            </>
          )
        }}
      </Show>
    </>
  )
}

/**
 * `/funcionarios/constancias/cifras`: the day's figures for supervisors — requests, validations,
 * rejections and pending codes per hour and per region — as bars with a table, every 30 s.
 */
export function Cifras() {
  usePageTitle(() => tv('cv.cifras.title'))
  return (
    <StaffGate title={tv('cv.cifras.title')}>
      {(user) => (
        <>
          <A href="/funcionarios" class="back-link">
            {tv('cv.back')}
          </A>
          <h1 tabindex="-1" ref={focusOnNavigation}>
            {tv('cv.cifras.title')}
          </h1>
          <Show when={user.role !== 'officer'} fallback={<p>{tv('cv.cifras.forbidden')}</p>}>
            <Tablero />
          </Show>
        </>
      )}
    </StaffGate>
  )
}
