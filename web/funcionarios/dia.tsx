import { A } from '@solidjs/router'
import { createSignal, type JSX } from 'solid-js'
import * as v from 'valibot'
import { isIsoDate } from '../../core/iso-date.ts'
import { localDate } from '../../core/time.ts'
import { FormErrorSummary, SubmitButton } from '../components/FieldChrome.tsx'
import { focusOnNavigation, usePageTitle } from '../components/page.ts'
import { callApi } from '../forms/api.ts'
import { createForm } from '../forms/form.ts'
import { problemsOf } from '../forms/problemas.ts'
import { locale } from '../i18n/index.ts'
import { fieldLabel } from '../i18n/server-catalog.ts'
import { DateInput } from './Campos.tsx'
import { isoDate } from './fechas.ts'
import { useRefresco } from './refresco.tsx'
import { StaffGate } from './StaffGate.tsx'

const FechaInput = v.strictObject({
  fecha: v.pipe(
    v.string(),
    v.minLength(1),
    v.check((text) => isIsoDate(text), 'invalid_date'),
  ),
})

/**
 * A figures screen's day (Chile's today unless another is chosen), the form that chooses it, and
 * that day's figures from `url`, asked again every 30 s while the tab is shown (useRefresco). A
 * day the API refuses shows in the form's errors.
 *
 * @example
 * const dia = useCifrasDelDia<Cifras>((fecha) => `/api/supervisor/permisos/cifras?fecha=${fecha}`)
 */
export function useCifrasDelDia<T>(url: (fecha: string) => string) {
  const [y, m, d] = localDate(new Date()).split('-')
  const form = createForm(
    FechaInput,
    { fecha: d ?? '', fechaMes: m ?? '', fechaAnio: y ?? '' },
    (values) => ({ fecha: isoDate(values.fecha, values.fechaMes, values.fechaAnio) }),
  )
  const [fecha, setFecha] = createSignal(localDate(new Date()))
  const cifras = useRefresco(async () => {
    const result = await callApi<T>('GET', url(fecha()))
    if (!result.ok && result.error) form.fail(problemsOf(result))
    return result.ok ? result.body : null
  })
  const ver = async (values: { fecha: string; fechaMes: string; fechaAnio: string }) => {
    setFecha(isoDate(values.fecha, values.fechaMes, values.fechaAnio))
    cifras.clear()
    await cifras.refresh()
  }
  return { form, fecha, cifras, ver }
}

/** The day's question (day, month, year) and the button that shows that day. */
export function ElegirDia(props: { dia: ReturnType<typeof useCifrasDelDia<unknown>>; boton: string }) {
  const form = () => props.dia.form
  return (
    <form novalidate onSubmit={form().onSubmit(props.dia.ver)}>
      <DateInput
        id="fecha"
        legend={fieldLabel(locale(), 'fecha')}
        error={form().error('fecha')}
        day={form().values().fecha}
        month={form().values().fechaMes}
        year={form().values().fechaAnio}
        onDay={form().set('fecha')}
        onMonth={form().set('fechaMes')}
        onYear={form().set('fechaAnio')}
      />
      <SubmitButton form={form()} label={props.boton} class="button button--secondary" />
    </form>
  )
}

/**
 * A figures screen for supervisors (`cifras.ver`): the gate, the way back to the staff home, and
 * the screen's own content once let in.
 *
 * @example
 * <PaginaDeCifras title="Cifras" forbidden="…" volver="Volver"><Tablero /></PaginaDeCifras>
 */
export function PaginaDeCifras(props: {
  title: string
  forbidden: string
  volver: string
  children: JSX.Element
}) {
  return (
    <StaffGate capacidad="cifras.ver" forbidden={props.forbidden} title={props.title}>
      {() => (
        <>
          <A href="/funcionarios" class="back-link">
            {props.volver}
          </A>
          {props.children}
        </>
      )}
    </StaffGate>
  )
}

/** A figures screen's title (the page's too, "Error:" first while the day has a problem) and its errors. */
export function CabeceraDelDia(props: { dia: ReturnType<typeof useCifrasDelDia<unknown>>; title: string }) {
  usePageTitle(
    () => props.title,
    () => props.dia.form.errors().length > 0,
  )
  return (
    <>
      <FormErrorSummary form={props.dia.form} />
      <h1 tabindex="-1" ref={focusOnNavigation}>
        {props.title}
      </h1>
    </>
  )
}
