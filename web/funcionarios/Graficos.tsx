import { For, Show } from 'solid-js'
import { ts } from './i18n/index.ts'
import './graficos.css'

/**
 * A series of counts: its key in each row's counts, its name, its colour (at least 3:1 against
 * white, WCAG 1.4.11; the legend's order tells them apart too).
 */
export interface Serie {
  key: string
  label: string
  colour: string
}

/** One group of bars: what it counts (an hour, a region, a comuna) and each series' number. */
export interface Fila {
  label: string
  /** The API's row as it comes: a series' number under its key, anything else ignored. */
  counts: { readonly [key: string]: unknown }
}

const cuenta = (row: Fila, serie: Serie) => {
  const value = row.counts[serie.key]
  return typeof value === 'number' ? value : 0
}
const maxOf = (rows: Fila[], series: Serie[]) =>
  Math.max(1, ...rows.flatMap((row) => series.map((serie) => cuenta(row, serie))))

/** What a chart shows, in words: its accessible name (the numbers are in the table after it). */
function summary(rows: Fila[], series: Serie[]): string {
  return series
    .map((serie) =>
      ts('staff.grafico.resumen', {
        serie: serie.label,
        total: rows.reduce((sum, row) => sum + cuenta(row, serie), 0),
      }),
    )
    .join(' ')
}

function Leyenda(props: { series: Serie[] }) {
  return (
    <ul class="chart-legend" aria-hidden="true">
      <For each={props.series}>
        {(serie) => (
          <li>
            <svg width="14" height="14" viewBox="0 0 14 14" aria-hidden="true">
              <rect width="14" height="14" fill={serie.colour} />
            </svg>{' '}
            {serie.label}
          </li>
        )}
      </For>
    </ul>
  )
}

/**
 * Grouped vertical bars in inline SVG, one group per row (hours, regions), scrolled sideways on a
 * phone rather than squeezed. The image only summarises: every chart is followed by its table.
 */
function BarrasVerticales(props: { rows: Fila[]; series: Serie[] }) {
  const height = 160
  // Wide enough for a label like 05:00 under each group.
  const groupWidth = () => Math.max(34, props.series.length * 10 + 8)
  const width = () => Math.max(240, props.rows.length * groupWidth() + 40)
  const max = () => maxOf(props.rows, props.series)
  return (
    <figure class="chart">
      <Leyenda series={props.series} />
      <section class="chart__scroll" tabindex="0" aria-label={summary(props.rows, props.series)}>
        <svg
          role="img"
          aria-label={summary(props.rows, props.series)}
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
                    const h = () => Math.round((cuenta(row, serie) / max()) * (height - 12))
                    return (
                      <rect
                        x={34 + index() * groupWidth() + s() * 10}
                        y={height - h()}
                        width="8"
                        height={h()}
                        fill={serie.colour}
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

/**
 * Grouped horizontal bars, one group per row with its name above (comunas: long names read
 * whole), as wide as the page: lengths are percentages, the text keeps its size on any screen.
 */
function BarrasHorizontales(props: { rows: Fila[]; series: Serie[] }) {
  const bar = 14
  const groupHeight = () => 22 + props.series.length * (bar + 4) + 8
  const max = () => maxOf(props.rows, props.series)
  // The longest bar stops short of the edge, leaving room for its number.
  const percent = (value: number) => (value / max()) * 85
  return (
    <figure class="chart">
      <Leyenda series={props.series} />
      <svg
        class="chart__wide"
        role="img"
        aria-label={summary(props.rows, props.series)}
        width="100%"
        height={props.rows.length * groupHeight()}
      >
        <For each={props.rows}>
          {(row, index) => (
            <g>
              <text x="0" y={index() * groupHeight() + 16} font-size="14" fill="#0b0c0c">
                {row.label}
              </text>
              <For each={props.series}>
                {(serie, s) => {
                  const y = () => index() * groupHeight() + 22 + s() * (bar + 4)
                  return (
                    <>
                      <rect
                        x="0"
                        y={y()}
                        width={`${percent(cuenta(row, serie))}%`}
                        height={bar}
                        fill={serie.colour}
                      />
                      <text
                        x={`${percent(cuenta(row, serie))}%`}
                        dx="4"
                        y={y() + bar - 2}
                        font-size="12"
                        fill="#0b0c0c"
                      >
                        {cuenta(row, serie)}
                      </text>
                    </>
                  )
                }}
              </For>
            </g>
          )}
        </For>
      </svg>
    </figure>
  )
}

/** The numbers of a chart as a table, behind a "show as table" disclosure (its text alternative). */
function TablaCifras(props: { caption: string; head: string; rows: Fila[]; series: Serie[] }) {
  return (
    <details class="chart-details">
      <summary>{ts('staff.grafico.tabla')}</summary>
      <section class="chart-table-scroll" tabindex="0" aria-label={props.caption}>
        <table class="chart-table">
          <caption class="visually-hidden">{props.caption}</caption>
          <thead>
            <tr>
              <th scope="col">{props.head}</th>
              <For each={props.series}>{(serie) => <th scope="col">{serie.label}</th>}</For>
            </tr>
          </thead>
          <tbody>
            <For each={props.rows}>
              {(row) => (
                <tr>
                  <th scope="row">{row.label}</th>
                  <For each={props.series}>{(serie) => <td>{cuenta(row, serie)}</td>}</For>
                </tr>
              )}
            </For>
          </tbody>
        </table>
      </section>
    </details>
  )
}

/**
 * A chart and, behind a disclosure, its numbers as a table (the chart's text alternative, every
 * row of it: `chartRows` may draw fewer, the busiest). Vertical bars by default; `horizontal` for
 * rows with long names.
 *
 * @example
 * <Grafico caption="Por hora" head="Hora" rows={[{ label: '09:00', counts: { emitidos: 4 } }]} series={[{ key: 'emitidos', label: 'Emitidos', colour: '#00703c' }]} />
 */
export function Grafico(props: {
  caption: string
  head: string
  rows: Fila[]
  series: Serie[]
  horizontal?: boolean
  chartRows?: Fila[]
}) {
  return (
    <>
      <Show
        when={props.horizontal}
        fallback={<BarrasVerticales rows={props.chartRows ?? props.rows} series={props.series} />}
      >
        <BarrasHorizontales rows={props.chartRows ?? props.rows} series={props.series} />
      </Show>
      <TablaCifras caption={props.caption} head={props.head} rows={props.rows} series={props.series} />
    </>
  )
}
