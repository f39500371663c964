import { A } from '@solidjs/router'
import { createSignal, Show } from 'solid-js'
import { localDate } from '../../../core/time.ts'
import { sumarDiasCorridos } from '../../../worker/plazos.ts'
import { nombreTipoReclamo } from '../../../worker/reclamos/palabras.ts'
import { Select } from '../../components/Select.tsx'
import { SummaryList } from '../../components/SummaryList.tsx'
import { callApi } from '../../forms/api.ts'
import { locale } from '../../i18n/index.ts'
import { fechaCorta } from '../fechas.ts'
import { Grafico, type Serie } from '../Graficos.tsx'
import { Pantalla } from '../Pantalla.tsx'
import { Actualizacion, useRefresco } from '../refresco.tsx'
import { CIFRAS_API, type CifrasReclamos as Cifras, COLA_PATH } from './api.ts'
import { trc } from './i18n/index.ts'

/** The windows offered, in days back from today (today included). */
const VENTANAS = ['7', '30', '90', '365'] as const

/** Each series' colour: at least 3:1 against white (WCAG 1.4.11), told apart also by the legend's order. */
const recibidos = (): Serie[] => [{ key: 'n', label: trc('rc.cifras.recibidos'), colour: '#1d70b8' }]
const porRegion = (): Serie[] => [
  { key: 'recibidos', label: trc('rc.cifras.recibidos'), colour: '#1d70b8' },
  { key: 'satisfechos', label: trc('rc.cifras.satisfechos'), colour: '#00703c' },
  { key: 'insatisfechos', label: trc('rc.cifras.insatisfechos'), colour: '#d4351c' },
]

/** Working days as the figures say them, or a dash when none was decided. */
const dias = (value: number | null) => (value === null ? '—' : trc('rc.cifras.dias', { n: value }))

/** The window's time to answer, what is overdue now, and the complainants' word. */
function Resumen(props: { cifras: Cifras }) {
  const c = () => props.cifras
  return (
    <>
      <h2 class="heading-m">{trc('rc.cifras.respuesta')}</h2>
      <p>{trc('rc.cifras.respuesta.lead')}</p>
      <SummaryList
        rows={[
          { key: trc('rc.cifras.recibidos'), value: String(c().recibidos) },
          { key: trc('rc.cifras.decididos'), value: String(c().respuesta.decididos) },
          { key: trc('rc.cifras.mediana'), value: dias(c().respuesta.medianaDias) },
          { key: trc('rc.cifras.p90'), value: dias(c().respuesta.p90Dias) },
          { key: trc('rc.cifras.fueraDePlazo'), value: String(c().respuesta.fueraDePlazo) },
          { key: trc('rc.cifras.vencidos'), value: String(c().vencidos) },
          { key: trc('rc.cifras.satisfechos'), value: String(c().satisfaccion.satisfechos) },
          { key: trc('rc.cifras.insatisfechos'), value: String(c().satisfaccion.insatisfechos) },
        ]}
      />
    </>
  )
}

/** Received per region (with the ratings), per kind and per unit concerned: each chart with its table. */
function Graficos(props: { cifras: Cifras }) {
  return (
    <Show when={props.cifras.recibidos > 0} fallback={<p>{trc('rc.cifras.sinDatos')}</p>}>
      <h2 class="heading-m">{trc('rc.cifras.porRegion')}</h2>
      <Grafico
        horizontal
        caption={trc('rc.cifras.porRegion')}
        head={trc('rc.cifras.region')}
        rows={props.cifras.porRegion.map((row) => ({ label: row.region, counts: row }))}
        series={porRegion()}
      />
      <h2 class="heading-m">{trc('rc.cifras.porTipo')}</h2>
      <Grafico
        horizontal
        caption={trc('rc.cifras.porTipo')}
        head={trc('rc.cifras.tipo')}
        rows={props.cifras.porTipo.map((row) => ({
          label: nombreTipoReclamo(locale(), row.tipo),
          counts: row,
        }))}
        series={recibidos()}
      />
      <h2 class="heading-m">{trc('rc.cifras.porUnidad')}</h2>
      <Grafico
        horizontal
        caption={trc('rc.cifras.porUnidad')}
        head={trc('rc.cifras.unidad')}
        rows={props.cifras.porUnidad.map((row) => ({ label: row.unidad, counts: row }))}
        series={recibidos()}
      />
    </Show>
  )
}

function Tablero() {
  const [ventana, setVentana] = createSignal<string>('30')
  const cifras = useRefresco(async () => {
    const hasta = localDate(new Date())
    const desde = sumarDiasCorridos(hasta, 1 - Number(ventana()))
    const result = await callApi<Cifras>('GET', `${CIFRAS_API}?desde=${desde}&hasta=${hasta}`)
    return result.ok ? result.body : null
  })
  const elegir = (value: string) => {
    setVentana(value)
    cifras.clear()
    void cifras.refresh()
  }
  return (
    <>
      <Select
        id="ventana"
        label={trc('rc.cifras.ventana')}
        placeholder={trc('rc.cifras.ventana')}
        options={VENTANAS.map((n) => ({ value: n, label: trc('rc.cifras.ultimos', { n }) }))}
        value={ventana()}
        onChange={elegir}
      />
      <Actualizacion at={cifras.at()} failed={cifras.failed()} />
      <Show when={cifras.data()} fallback={<p>{trc('rc.cifras.cargando')}</p>}>
        {(data) => (
          <>
            <p>
              {trc('rc.cifras.periodo', { desde: fechaCorta(data().desde), hasta: fechaCorta(data().hasta) })}{' '}
              {data().region ? trc('rc.cifras.suRegion') : trc('rc.cifras.pais')}
            </p>
            <Resumen cifras={data()} />
            <Graficos cifras={data()} />
          </>
        )}
      </Show>
      <p>
        <A href={COLA_PATH}>{trc('rc.menu.cola')}</A>
      </p>
    </>
  )
}

/**
 * `/funcionarios/reclamos/cifras`: «Cifras de reclamos» for the complaints office
 * (`reclamos.atender`) and supervisors (`cifras.ver`), of their region when their unit has one:
 * over the last 7, 30, 90 or 365 days, time to answer (median, p90, beyond the legal term), those
 * overdue now, the complainants' satisfaction, and complaints received per region, kind and unit
 * concerned — each chart followed by its table — asked again every 30 s (decision 0061).
 */
export function CifrasReclamos() {
  return (
    <Pantalla
      volver={trc('rc.back')}
      capacidad={['reclamos.atender', 'cifras.ver']}
      title={() => trc('rc.cifras.title')}
      lead={trc('rc.cifras.lead')}
      forbidden={trc('rc.cifras.forbidden')}
    >
      {() => <Tablero />}
    </Pantalla>
  )
}
