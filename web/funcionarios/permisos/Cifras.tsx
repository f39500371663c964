import { A } from '@solidjs/router'
import { createSignal, Show } from 'solid-js'
import * as v from 'valibot'
import { isIsoDate, localDate } from '../../../worker/time.ts'
import { ErrorSummary } from '../../components/ErrorSummary.tsx'
import { focusOnNavigation, usePageTitle } from '../../components/page.ts'
import { callApi, problemsOf } from '../../forms/api.ts'
import { createForm } from '../../forms/form.ts'
import { locale } from '../../i18n/index.ts'
import { fieldLabel } from '../../i18n/server-catalog.ts'
import { DateInput } from '../Campos.tsx'
import { fechaCorta, horaChile, isoDate } from '../fechas.ts'
import { Grafico, type Serie } from '../Graficos.tsx'
import { Actualizacion, useRefresco } from '../refresco.tsx'
import { StaffGate } from '../StaffGate.tsx'
import { type CifrasPermisos as Cifras, SUPERVISOR_API } from './api.ts'
import { tfp } from './i18n/index.ts'

/** The comunas drawn; the table lists them all. */
const TOP_COMUNAS = 10

const FechaInput = v.strictObject({
  fecha: v.pipe(
    v.string(),
    v.minLength(1),
    v.check((text) => isIsoDate(text), 'invalid_date'),
  ),
})

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
  const [y, m, d] = localDate(new Date()).split('-')
  const form = createForm(
    FechaInput,
    { fecha: d ?? '', fechaMes: m ?? '', fechaAnio: y ?? '' },
    (values) => ({
      fecha: isoDate(values.fecha, values.fechaMes, values.fechaAnio),
    }),
  )
  const [fecha, setFecha] = createSignal(localDate(new Date()))
  const cifras = useRefresco(async () => {
    const result = await callApi<Cifras>('GET', `${SUPERVISOR_API}/cifras?fecha=${fecha()}`)
    if (!result.ok && result.error) form.fail(problemsOf(result))
    return result.ok ? result.body : null
  })
  usePageTitle(
    () => tfp('fp.cifras.title'),
    () => form.errors().length > 0,
  )
  const ver = async (values: { fecha: string; fechaMes: string; fechaAnio: string }) => {
    setFecha(isoDate(values.fecha, values.fechaMes, values.fechaAnio))
    cifras.clear()
    await cifras.refresh()
  }
  return (
    <>
      <Show when={form.attempt()} keyed>
        <ErrorSummary errors={form.errors()} hrefFor={form.hrefFor} />
      </Show>
      <h1 tabindex="-1" ref={focusOnNavigation}>
        {tfp('fp.cifras.title')}
      </h1>
      <p class="lead">{tfp('fp.cifras.lead')}</p>
      <form novalidate onSubmit={form.onSubmit(ver)}>
        <DateInput
          id="fecha"
          legend={fieldLabel(locale(), 'fecha')}
          error={form.error('fecha')}
          day={form.values().fecha}
          month={form.values().fechaMes}
          year={form.values().fechaAnio}
          onDay={form.set('fecha')}
          onMonth={form.set('fechaMes')}
          onYear={form.set('fechaAnio')}
        />
        <button type="submit" class="button button--secondary" disabled={form.busy()}>
          {tfp('fp.cifras.ver')}
        </button>
      </form>
      <h2 class="heading-m">{tfp('fp.cifras.del', { fecha: fechaCorta(fecha()) })}</h2>
      <Actualizacion at={cifras.at()} failed={cifras.failed()} />
      <Show when={cifras.data()} fallback={<p>{tfp('fp.cifras.cargando')}</p>}>
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
    <StaffGate capacidad="cifras.ver" forbidden={tfp('fp.cifras.forbidden')} title={tfp('fp.cifras.title')}>
      {() => (
        <>
          <A href="/funcionarios" class="back-link">
            {tfp('fp.back')}
          </A>
          <Tablero />
        </>
      )}
    </StaffGate>
  )
}
