import { A } from '@solidjs/router'
import { Show } from 'solid-js'
import { SummaryList } from '../../components/SummaryList.tsx'
import { callApi } from '../../forms/api.ts'
import { Grafico, type Serie } from '../Graficos.tsx'
import { Pantalla } from '../Pantalla.tsx'
import { Actualizacion, useRefresco } from '../refresco.tsx'
import {
  CIFRAS_API,
  type CifrasReencuentro as Cifras,
  type CifrasFila,
  COLA_PATH,
  RESULTADOS,
} from './api.ts'
import { tfe } from './i18n/index.ts'
import { pe } from './palabras.tsx'

/** A region's row for the charts: its counts and each outcome's at the top level. */
const fila = (row: CifrasFila) => ({
  label: row.regionNombre ?? row.region ?? tfe('re.cifras.total'),
  counts: { recibidas: row.recibidas, enCurso: row.enCurso, concluidas: row.concluidas, ...row.porResultado },
})

const ESTADOS: Serie[] = [
  { key: 'recibidas', label: '', colour: '#1d70b8' },
  { key: 'enCurso', label: '', colour: '#f47738' },
  { key: 'concluidas', label: '', colour: '#00703c' },
]
const COLORES = ['#00703c', '#1d70b8', '#505a5f', '#f47738', '#0b0c0c']

function Tablero() {
  const cifras = useRefresco(async () => {
    const result = await callApi<Cifras>('GET', CIFRAS_API)
    return result.ok ? result.body : null
  })
  const series = (): Serie[] =>
    ESTADOS.map((serie) => ({ ...serie, label: tfe(`re.cifras.${serie.key}` as 're.cifras.recibidas') }))
  const resultados = (): Serie[] =>
    RESULTADOS.map((key, i) => ({
      key,
      label: pe.palabra('resultado', key),
      colour: COLORES[i] ?? '#0b0c0c',
    }))
  return (
    <>
      <Actualizacion at={cifras.at()} failed={cifras.failed()} />
      <Show when={cifras.data()} fallback={<p>{tfe('re.cifras.cargando')}</p>}>
        {(data) => (
          <Show when={data().total.recibidas > 0} fallback={<p>{tfe('re.cifras.sinDatos')}</p>}>
            <h2 class="heading-m">{tfe('re.cifras.total')}</h2>
            <SummaryList
              rows={[
                { key: tfe('re.cifras.recibidas'), value: String(data().total.recibidas) },
                { key: tfe('re.cifras.enCurso'), value: String(data().total.enCurso) },
                { key: tfe('re.cifras.concluidas'), value: String(data().total.concluidas) },
                ...RESULTADOS.map((r) => ({
                  key: pe.palabra('resultado', r),
                  value: String(data().total.porResultado[r] ?? 0),
                })),
                {
                  key: tfe('re.cifras.edad'),
                  value:
                    data().edadMedianaDias === null
                      ? '—'
                      : `${tfe('re.cifras.mediana', { n: data().edadMedianaDias ?? 0 })} · ${tfe('re.cifras.p90', { n: data().edadP90Dias ?? 0 })}`,
                },
              ]}
            />
            <h2 class="heading-m">{tfe('re.cifras.porRegion')}</h2>
            <Grafico
              horizontal
              caption={tfe('re.cifras.porRegion')}
              head={tfe('re.cifras.region')}
              rows={data().porRegion.map(fila)}
              series={series()}
            />
            <h2 class="heading-m">{tfe('re.cifras.resultados')}</h2>
            <Grafico
              horizontal
              caption={tfe('re.cifras.resultados')}
              head={tfe('re.cifras.region')}
              rows={data().porRegion.map(fila)}
              series={resultados()}
            />
          </Show>
        )}
      </Show>
      <p>
        <A href={COLA_PATH}>{tfe('re.menu.cola')}</A>
      </p>
    </>
  )
}

/**
 * `/funcionarios/reencuentro/cifras`: «Cifras de reencuentro» for supervisors (`cifras.ver`) and the
 * team — requests received, in progress and concluded per region, their outcomes, how long the open
 * ones have waited — each chart followed by its table, asked again every 30 s.
 */
export function CifrasReencuentro() {
  return (
    <Pantalla
      volver={tfe('re.back')}
      capacidad="cifras.ver"
      title={() => tfe('re.cifras.title')}
      lead={tfe('re.cifras.lead')}
      forbidden={tfe('re.cifras.forbidden')}
    >
      {() => <Tablero />}
    </Pantalla>
  )
}
