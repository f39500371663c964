import { Show } from 'solid-js'
import { SummaryList } from '../../components/SummaryList.tsx'
import { tiempo } from '../casos/palabras.tsx'
import { CabeceraDelDia, ElegirDia, PaginaDeCifras, useCifrasDelDia } from '../dia.tsx'
import { fechaCorta, horaChile } from '../fechas.ts'
import { Grafico, type Serie } from '../Graficos.tsx'
import { Actualizacion } from '../refresco.tsx'
import { CIFRAS_API, type CifrasDenuncias as Cifras } from './api.ts'
import { tdn } from './i18n/index.ts'
import { estadoLabel, pd, tipoLabel } from './palabras.tsx'

const EVENTOS = ['recibida', 'triada', 'derivada', 'enviada', 'cerrada'] as const

/** Each series' colour: at least 3:1 against white (WCAG 1.4.11), told apart also by the legend's order. */
const COLOURS: Record<(typeof EVENTOS)[number], string> = {
  recibida: '#1d70b8',
  triada: '#4c2c92',
  derivada: '#00703c',
  enviada: '#505a5f',
  cerrada: '#d4351c',
}

const eventos = (): Serie[] =>
  EVENTOS.map((key) => ({ key, label: tdn(`dn.cifras.${key}`), colour: COLOURS[key] }))
const cantidad = (): Serie[] => [{ key: 'n', label: tdn('dn.cifras.cantidad'), colour: '#1d70b8' }]

/** Minutes as the figures say them, or a dash when there are none. */
const minutos = (value: number | null) => (value === null ? '—' : tiempo(pd, value))

/** What waits now, in each open state, and how many of those waiting for triage are past 24 hours. */
function Ahora(props: { cifras: Cifras }) {
  return (
    <>
      <h2 class="heading-m">{tdn('dn.cifras.ahora')}</h2>
      <p>{tdn('dn.cifras.ahora.lead')}</p>
      <SummaryList rows={[{ key: tdn('dn.cifras.vencidas'), value: String(props.cifras.vencidas) }]} />
      <Show
        when={props.cifras.porEstado.some((row) => row.n > 0)}
        fallback={<p>{tdn('dn.cifras.ahora.ninguna')}</p>}
      >
        <Grafico
          horizontal
          caption={tdn('dn.cifras.ahora')}
          head={tdn('dn.cifras.estado')}
          rows={props.cifras.porEstado.map((row) => ({ label: estadoLabel(row.estado), counts: row }))}
          series={cantidad()}
        />
      </Show>
    </>
  )
}

/** The day's time to triage: how many, the median, the 90th percentile, and those past 24 hours. */
function Triaje(props: { triaje: Cifras['triaje'] }) {
  return (
    <>
      <h3 class="heading-m">{tdn('dn.cifras.triaje')}</h3>
      <p>{tdn('dn.cifras.triaje.lead')}</p>
      <Show when={props.triaje.triadas > 0} fallback={<p>{tdn('dn.cifras.sinTriaje')}</p>}>
        <SummaryList
          rows={[
            { key: tdn('dn.cifras.triadas'), value: String(props.triaje.triadas) },
            { key: tdn('dn.cifras.mediana'), value: minutos(props.triaje.medianaMin) },
            { key: tdn('dn.cifras.p90'), value: minutos(props.triaje.p90Min) },
            { key: tdn('dn.cifras.fueraDePlazo'), value: String(props.triaje.fueraDePlazo) },
          ]}
        />
      </Show>
    </>
  )
}

/** The day's counts: per hour (24 groups of bars), per region and per type, each with its table. */
function DelDia(props: { cifras: Cifras }) {
  const total = () => props.cifras.porHora.reduce((sum, row) => sum + row.recibida + row.triada, 0)
  return (
    <Show when={total() > 0} fallback={<p>{tdn('dn.cifras.sinDatos')}</p>}>
      <h3 class="heading-m">{tdn('dn.cifras.porHora')}</h3>
      <Grafico
        caption={tdn('dn.cifras.porHora')}
        head={tdn('dn.cifras.hora')}
        rows={props.cifras.porHora.map((row) => ({ label: horaChile(row.desde), counts: row }))}
        series={eventos()}
      />
      <h3 class="heading-m">{tdn('dn.cifras.porRegion')}</h3>
      <Grafico
        horizontal
        caption={tdn('dn.cifras.porRegion')}
        head={tdn('dn.cifras.region')}
        rows={props.cifras.porRegion.map((row) => ({ label: row.region, counts: row }))}
        series={eventos()}
      />
      <h3 class="heading-m">{tdn('dn.cifras.porTipo')}</h3>
      <Show when={props.cifras.porTipo.length > 0} fallback={<p>{tdn('dn.cifras.sinTipos')}</p>}>
        <Grafico
          horizontal
          caption={tdn('dn.cifras.porTipo')}
          head={tdn('dn.cifras.tipo')}
          rows={props.cifras.porTipo.map((row) => ({ label: tipoLabel(row.tipo), counts: row }))}
          series={cantidad()}
        />
      </Show>
    </Show>
  )
}

/** A day's figures (today unless another is chosen), asked again every 30 s while shown. */
function Tablero() {
  const dia = useCifrasDelDia<Cifras>((fecha) => `${CIFRAS_API}?fecha=${fecha}`)
  return (
    <>
      <CabeceraDelDia dia={dia} title={tdn('dn.cifras.title')} />
      <p class="lead">{tdn('dn.cifras.lead')}</p>
      <Actualizacion at={dia.cifras.at()} failed={dia.cifras.failed()} />
      <Show when={dia.cifras.data()}>{(data) => <Ahora cifras={data()} />}</Show>
      <h2 class="heading-m">{tdn('dn.cifras.del', { fecha: fechaCorta(dia.fecha()) })}</h2>
      <ElegirDia dia={dia} boton={tdn('dn.cifras.ver')} />
      <Show when={dia.cifras.data()} fallback={<p>{tdn('dn.cifras.cargando')}</p>}>
        {(data) => (
          <>
            <Triaje triaje={data().triaje} />
            <DelDia cifras={data()} />
          </>
        )}
      </Show>
    </>
  )
}

/**
 * `/funcionarios/denuncias/cifras`: for supervisors (`cifras.ver`), what waits in each state now
 * and how many are past the 24-hour target; a day's time to triage (median, p90); that day's
 * reports received, triaged, derived, sent and closed per hour and per region, and received per
 * type — each chart followed by its table.
 */
export function CifrasDenuncias() {
  return (
    <PaginaDeCifras
      title={tdn('dn.cifras.title')}
      forbidden={tdn('dn.cifras.forbidden')}
      volver={tdn('dn.back')}
    >
      <Tablero />
    </PaginaDeCifras>
  )
}
