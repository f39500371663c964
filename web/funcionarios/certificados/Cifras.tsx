import { Show } from 'solid-js'
import { nombresCertificado } from '../../../worker/certificados/palabras.ts'
import { locale } from '../../i18n/index.ts'
import { CabeceraDelDia, ElegirDia, PaginaDeCifras, useCifrasDelDia } from '../dia.tsx'
import { fechaCorta, horaChile } from '../fechas.ts'
import { Grafico, type Serie } from '../Graficos.tsx'
import { Actualizacion } from '../refresco.tsx'
import { CIFRAS_API, type CifrasCertificados as Cifras } from './api.ts'
import { tfc } from './i18n/index.ts'

/** Each series' colour: at least 3:1 against white (WCAG 1.4.11), told apart also by the legend's order. */
const series = (): Serie[] => [
  { key: 'emitidas', label: tfc('fc.cifras.emitidas'), colour: '#1d70b8' },
  { key: 'anuladas', label: tfc('fc.cifras.anuladas'), colour: '#d4351c' },
]

/** The day's counts: per type, per hour (24 groups of bars) and per region, each chart with its table. */
function DelDia(props: { cifras: Cifras }) {
  const total = () => props.cifras.porTipo.reduce((sum, row) => sum + row.emitidas + row.anuladas, 0)
  return (
    <Show when={total() > 0} fallback={<p>{tfc('fc.cifras.sinDatos')}</p>}>
      <h3 class="heading-m">{tfc('fc.cifras.porTipo')}</h3>
      <Grafico
        horizontal
        caption={tfc('fc.cifras.porTipo')}
        head={tfc('fc.cifras.tipo')}
        rows={props.cifras.porTipo.map((row) => ({
          label: nombresCertificado[locale()][row.tipo],
          counts: row,
        }))}
        series={series()}
      />
      <h3 class="heading-m">{tfc('fc.cifras.porHora')}</h3>
      <Grafico
        caption={tfc('fc.cifras.porHora')}
        head={tfc('fc.cifras.hora')}
        rows={props.cifras.porHora.map((row) => ({ label: horaChile(row.desde), counts: row }))}
        series={series()}
      />
      <h3 class="heading-m">{tfc('fc.cifras.porRegion')}</h3>
      <Grafico
        horizontal
        caption={tfc('fc.cifras.porRegion')}
        head={tfc('fc.cifras.region')}
        rows={props.cifras.porRegion.map((row) => ({
          label: row.region || tfc('fc.cifras.sinLugar'),
          counts: row,
        }))}
        series={series()}
      />
    </Show>
  )
}

/** A day's figures (today unless another is chosen), asked again every 30 s while shown. */
function Tablero() {
  const dia = useCifrasDelDia<Cifras>((fecha) => `${CIFRAS_API}?fecha=${fecha}`)
  return (
    <>
      <CabeceraDelDia dia={dia} title={tfc('fc.cifras.title')} />
      <p class="lead">{tfc('fc.cifras.lead')}</p>
      <Actualizacion at={dia.cifras.at()} failed={dia.cifras.failed()} />
      <h2 class="heading-m">{tfc('fc.cifras.del', { fecha: fechaCorta(dia.fecha()) })}</h2>
      <ElegirDia dia={dia} boton={tfc('fc.cifras.ver')} />
      <Show when={dia.cifras.data()} fallback={<p>{tfc('fc.cifras.cargando')}</p>}>
        {(data) => <DelDia cifras={data()} />}
      </Show>
    </>
  )
}

/**
 * `/funcionarios/certificados/cifras`: for supervisors (`cifras.ver`), a day's constancias issued
 * and annulled per type, per hour and per region, from the rollups — each chart with its table.
 */
export function CifrasCertificados() {
  return (
    <PaginaDeCifras
      title={tfc('fc.cifras.title')}
      forbidden={tfc('fc.cifras.forbidden')}
      volver={tfc('fc.back')}
    >
      <Tablero />
    </PaginaDeCifras>
  )
}
