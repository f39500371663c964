import { A } from '@solidjs/router'
import { Show } from 'solid-js'
import { tieneCapacidad } from '../../../core/capacidades.ts'
import type { cifrasRoute } from '../../../worker/constancias-voto/cifras.ts'
import { focusOnNavigation, usePageTitle } from '../../components/page.ts'
import { callApi, type RouteBody } from '../../forms/api.ts'
import { horaChile as hora } from '../fechas.ts'
import { Grafico } from '../Graficos.tsx'
import { Actualizacion, useRefresco } from '../refresco.tsx'
import { StaffGate } from '../StaffGate.tsx'
import type { EleccionActual } from './api.ts'
import { tv } from './i18n/index.ts'

type Serie = 'solicitudes' | 'validadas' | 'rechazadas' | 'pendientes'
/** `GET /api/supervisor/constancias-voto/cifras`: an election's figures per hour and per region. */
type Cifras = RouteBody<typeof cifrasRoute, '/'>

/** Each series' colour: at least 3:1 against white (WCAG 1.4.11), told apart also by the legend's order. */
const COLOURS: Record<Serie, string> = {
  solicitudes: '#1a5aa0',
  validadas: '#00703c',
  rechazadas: '#c0301a',
  pendientes: '#6e3619',
}

const series = (keys: Serie[]) =>
  keys.map((key) => ({ key, label: tv(`cv.cifras.${key}`), colour: COLOURS[key] }))

/** The figures themselves, asked for on mount and every 30 s until the page is left (useRefresco). */
function Tablero() {
  const cifras = useRefresco(async () => {
    const current = await callApi<EleccionActual>('GET', '/api/constancias-voto/eleccion')
    const id = current.ok ? current.body.eleccion?.id : undefined
    if (!id) return current.ok ? undefined : null
    const result = await callApi<Cifras>(
      'GET',
      `/api/supervisor/constancias-voto/cifras?eleccion=${encodeURIComponent(id)}`,
    )
    return result.ok ? result.body : null
  })
  const porHora = () => series(['solicitudes', 'validadas', 'rechazadas'])
  const porRegion = () => series(['solicitudes', 'validadas', 'rechazadas', 'pendientes'])
  return (
    <>
      <p class="lead">{tv('cv.cifras.lead')}</p>
      <Actualizacion at={cifras.at()} failed={cifras.failed()} />
      <Show when={cifras.data()} fallback={<p>{tv('cv.cifras.sinDatos')}</p>}>
        {(data) => {
          const horas = () => data().porHora.map((row) => ({ label: hora(row.desde), counts: row }))
          const regiones = () => data().porRegion.map((row) => ({ label: row.region, counts: row }))
          return (
            <>
              <h2 class="heading-m">{tv('cv.cifras.porHora')}</h2>
              <Grafico
                caption={tv('cv.cifras.porHora')}
                head={tv('cv.cifras.hora')}
                rows={horas()}
                series={porHora()}
              />
              <h2 class="heading-m">{tv('cv.cifras.porRegion')}</h2>
              <Show when={regiones().length > 0} fallback={<p>{tv('cv.cifras.sinDatos')}</p>}>
                <Grafico
                  caption={tv('cv.cifras.porRegion')}
                  head={tv('cv.cifras.region')}
                  rows={regiones()}
                  series={porRegion()}
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
 * `/funcionarios/constancias/cifras`: the day's figures for staff who see figures — requests, validations,
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
          <Show when={tieneCapacidad(user, 'cifras.ver')} fallback={<p>{tv('cv.cifras.forbidden')}</p>}>
            <Tablero />
          </Show>
        </>
      )}
    </StaffGate>
  )
}
