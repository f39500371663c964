import { Show } from 'solid-js'
import { focusOnNavigation, usePageTitle } from '../../components/page.ts'
import { callApi } from '../../forms/api.ts'
import { PaginaDeCifras } from '../dia.tsx'
import { fechaCorta } from '../fechas.ts'
import { Grafico, type Serie } from '../Graficos.tsx'
import { Actualizacion, useRefresco } from '../refresco.tsx'
import { CIFRAS_API, type CifrasFelicitaciones as Cifras } from './api.ts'
import { tff } from './i18n/index.ts'

/** The one series: at least 3:1 against white (WCAG 1.4.11). */
const series = (): Serie[] => [{ key: 'recibidas', label: tff('ff.cifras.recibidas'), colour: '#00703c' }]

/** How many of the last days the per-day chart draws. */
const DIAS_GRAFICO = 14

function Tablas(props: { cifras: Cifras }) {
  const dias = () => props.cifras.porDia.map((row) => ({ label: fechaCorta(row.dia), counts: row }))
  return (
    <Show when={props.cifras.total > 0} fallback={<p>{tff('ff.cifras.sinDatos')}</p>}>
      <p>{tff('ff.cifras.total', { n: props.cifras.total })}</p>
      <h2 class="heading-m">{tff('ff.cifras.porDia')}</h2>
      <Grafico
        caption={tff('ff.cifras.porDia')}
        head={tff('ff.cifras.dia')}
        rows={dias()}
        // The chart the last two weeks (30 bars do not fit a phone), the table all 30 days.
        chartRows={dias().slice(-DIAS_GRAFICO)}
        series={series()}
      />
      <h2 class="heading-m">{tff('ff.cifras.porRegion')}</h2>
      <Grafico
        horizontal
        caption={tff('ff.cifras.porRegion')}
        head={tff('ff.cifras.region')}
        rows={props.cifras.porRegion.map((row) => ({ label: row.region, counts: row }))}
        series={series()}
      />
      <h2 class="heading-m">{tff('ff.cifras.porUnidad')}</h2>
      <Grafico
        horizontal
        caption={tff('ff.cifras.porUnidad')}
        head={tff('ff.cifras.unidad')}
        rows={props.cifras.porUnidad.map((row) => ({ label: row.unidad, counts: row }))}
        series={series()}
      />
    </Show>
  )
}

function Tablero() {
  usePageTitle(() => tff('ff.cifras.title'))
  const cifras = useRefresco(async () => {
    const result = await callApi<Cifras>('GET', CIFRAS_API)
    return result.ok ? result.body : null
  })
  return (
    <>
      <h1 tabindex="-1" ref={focusOnNavigation}>
        {tff('ff.cifras.title')}
      </h1>
      <p class="lead">{tff('ff.cifras.lead')}</p>
      <Actualizacion at={cifras.at()} failed={cifras.failed()} />
      <Show when={cifras.data()} fallback={<p>{tff('ff.cifras.cargando')}</p>}>
        {(data) => <Tablas cifras={data()} />}
      </Show>
    </>
  )
}

/**
 * `/funcionarios/felicitaciones/cifras`: for supervisors (`cifras.ver`), commendations per day,
 * region and unit from the rollups — each chart with its table — asked again every 30 s.
 */
export function CifrasFelicitaciones() {
  return (
    <PaginaDeCifras
      title={tff('ff.cifras.title')}
      forbidden={tff('ff.cifras.forbidden')}
      volver={tff('ff.back')}
    >
      <Tablero />
    </PaginaDeCifras>
  )
}
