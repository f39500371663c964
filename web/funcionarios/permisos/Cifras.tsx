import { Show } from 'solid-js'
import { CabeceraDelDia, ElegirDia, PaginaDeCifras, useCifrasDelDia } from '../dia.tsx'
import { fechaCorta, horaChile } from '../fechas.ts'
import { Grafico, type Serie } from '../Graficos.tsx'
import { Actualizacion } from '../refresco.tsx'
import { type CifrasPermisos as Cifras, SUPERVISOR_API } from './api.ts'
import { tfp } from './i18n/index.ts'

/** The comunas drawn; the table lists them all. */
const TOP_COMUNAS = 10

const series = (): Serie[] => [
  { key: 'emitidos', label: tfp('fp.cifras.emitidos'), colour: '#00703c' },
  { key: 'rechazados', label: tfp('fp.cifras.rechazados'), colour: '#c0301a' },
]

function Graficos(props: { cifras: Cifras }) {
  const horas = () => props.cifras.porHora.map((row) => ({ label: horaChile(row.desde), counts: row }))
  const comunas = () => props.cifras.porComuna.map((row) => ({ label: row.comuna, counts: row }))
  const total = () => props.cifras.porHora.reduce((sum, row) => sum + row.emitidos + row.rechazados, 0)
  return (
    <Show when={total() > 0} fallback={<p>{tfp('fp.cifras.sinDatos')}</p>}>
      <h3 class="heading-m">{tfp('fp.cifras.porHora')}</h3>
      <Grafico
        caption={tfp('fp.cifras.porHora')}
        head={tfp('fp.cifras.hora')}
        rows={horas()}
        series={series()}
      />
      <h3 class="heading-m">{tfp('fp.cifras.porComuna')}</h3>
      <Show when={comunas().length > TOP_COMUNAS}>
        <p>{tfp('fp.cifras.top', { n: TOP_COMUNAS })}</p>
      </Show>
      <Grafico
        horizontal
        caption={tfp('fp.cifras.porComuna')}
        head={tfp('fp.cifras.comuna')}
        rows={comunas()}
        chartRows={comunas().slice(0, TOP_COMUNAS)}
        series={series()}
      />
    </Show>
  )
}

/** A day's figures (today unless another is chosen), asked again every 30 s. */
function Tablero() {
  const dia = useCifrasDelDia<Cifras>((fecha) => `${SUPERVISOR_API}/cifras?fecha=${fecha}`)
  return (
    <>
      <CabeceraDelDia dia={dia} title={tfp('fp.cifras.title')} />
      <p class="lead">{tfp('fp.cifras.lead')}</p>
      <ElegirDia dia={dia} boton={tfp('fp.cifras.ver')} />
      <h2 class="heading-m">{tfp('fp.cifras.del', { fecha: fechaCorta(dia.fecha()) })}</h2>
      <Actualizacion at={dia.cifras.at()} failed={dia.cifras.failed()} />
      <Show when={dia.cifras.data()} fallback={<p>{tfp('fp.cifras.cargando')}</p>}>
        {(data) => <Graficos cifras={data()} />}
      </Show>
    </>
  )
}

/**
 * `/funcionarios/permisos/cifras`: for supervisors, a day's permits issued and requests refused
 * by the registries, per hour (24 bars) and per comuna (the busiest, as horizontal bars), each
 * chart followed by its table.
 */
export function CifrasPermisos() {
  return (
    <PaginaDeCifras
      title={tfp('fp.cifras.title')}
      forbidden={tfp('fp.cifras.forbidden')}
      volver={tfp('fp.back')}
    >
      <Tablero />
    </PaginaDeCifras>
  )
}
