import { A } from '@solidjs/router'
import { createSignal, Match, onMount, Switch } from 'solid-js'
import { oldestAcceptedExpiry } from '../../../core/constancias-voto/documento.ts'
import { AsistidaInput } from '../../../worker/constancias-voto/validacion-schema.ts'
import { Checkbox } from '../../components/Checkbox.tsx'
import { CorreoDosVeces } from '../../components/CorreoDosVeces.tsx'
import { FormErrorSummary, SubmitButton } from '../../components/FieldChrome.tsx'
import { Notice } from '../../components/Notice.tsx'
import { focusOnNavigation, usePageTitle } from '../../components/page.ts'
import { Radios } from '../../components/Radios.tsx'
import { TextField } from '../../components/TextField.tsx'
import { callApi } from '../../forms/api.ts'
import { createForm } from '../../forms/form.ts'
import { problemsOf } from '../../forms/problemas.ts'
import { locale, t } from '../../i18n/index.ts'
import { DateInput } from '../Campos.tsx'
import { fechaCorta, isoDate } from '../fechas.ts'
import { ts } from '../i18n/index.ts'
import { StaffGate } from '../StaffGate.tsx'
import {
  API,
  DOCUMENTO_VACIO,
  documentoInput,
  type EleccionActual,
  fieldLabel,
  type Validada,
} from './api.ts'
import { Comprobante, DocumentoCampos, PlazoCerrado } from './Campos.tsx'
import { tv } from './i18n/index.ts'

const MOTIVOS = ['sin_internet', 'sin_claveunica', 'sin_habilidades_digitales'] as const

const VACIO = {
  motivoAsistencia: '',
  run: '',
  fechaNacimiento: '',
  fechaNacimientoMes: '',
  fechaNacimientoAnio: '',
  telefono: '',
  email: '',
  emailConfirmacion: '',
  avisoLeido: '',
  declaracionCiudadano: '',
  ...DOCUMENTO_VACIO,
}
type Answers = typeof VACIO

/**
 * `/funcionarios/constancias/asistida`: the Constancia Asistida (seed 3.2). The officer enters,
 * for a citizen without internet, ClaveÚnica or digital skills, the reason, their details (the
 * e-mail twice), reads them the Artículo 210 notice, records their declaration and checks their
 * identity document; the constancia is validated at once and its receipt printed.
 */
export function Asistida() {
  const [eleccion, setEleccion] = createSignal<EleccionActual['eleccion'] | undefined>()
  const [hecho, setHecho] = createSignal<Validada | undefined>()
  const toInput = (values: Answers) => ({
    eleccionId: eleccion()?.id ?? '',
    motivoAsistencia: values.motivoAsistencia,
    run: values.run,
    fechaNacimiento: isoDate(values.fechaNacimiento, values.fechaNacimientoMes, values.fechaNacimientoAnio),
    telefono: values.telefono,
    email: values.email,
    emailConfirmacion: values.emailConfirmacion,
    avisoLeido: values.avisoLeido === 'si',
    declaracionCiudadano: values.declaracionCiudadano === 'si',
    ...documentoInput(values),
  })
  const form = createForm(AsistidaInput, { ...VACIO }, toInput)
  usePageTitle(
    () => tv('cv.asistida.title'),
    () => form.errors().length > 0,
  )
  const cargarEleccion = async () => {
    const result = await callApi<EleccionActual>('GET', '/api/constancias-voto/eleccion')
    setEleccion(result.ok ? result.body.eleccion : null)
  }
  onMount(cargarEleccion)
  /** The election, when its window is not open now: the form is not shown then. */
  const fueraDePlazo = () => {
    const actual = eleccion()
    return actual && actual.estado !== 'abierta' ? actual : undefined
  }
  const label = (field: string) => fieldLabel(locale(), field)
  const send = async (values: Answers) => {
    const result = await callApi<Validada>('POST', `${API}/asistida`, toInput(values))
    if (result.ok) {
      setHecho(result.body)
      return
    }
    // 200 km or less from the polling place among them: nothing issued, the reason in the summary.
    form.fail(problemsOf(result))
    // The window closed while the form was open: the page now says so instead of the form.
    if (result.error?.code === 'window_closed') await cargarEleccion()
  }
  const otra = () => {
    form.reset()
    setHecho(undefined)
  }
  return (
    <StaffGate capacidad="constancias.validar" title={tv('cv.asistida.title')}>
      {() => (
        <>
          <A href="/funcionarios" class="back-link">
            {tv('cv.back')}
          </A>
          <Switch>
            <Match when={hecho()}>
              {(done) => (
                <>
                  <Notice title={tv('cv.asistida.done.title')}>
                    <p>{tv('cv.asistida.done.body', { code: done().code })}</p>
                  </Notice>
                  <h1 tabindex="-1" ref={focusOnNavigation}>
                    {tv('cv.asistida.title')}
                  </h1>
                  <Comprobante code={done().code} verificacionUrl={done().verificacionUrl} />
                  <p>
                    <button type="button" class="button button--secondary" onClick={otra}>
                      {tv('cv.asistida.otra')}
                    </button>
                  </p>
                </>
              )}
            </Match>
            <Match when={eleccion() === undefined}>
              <h1>{tv('cv.asistida.title')}</h1>
              <p>{ts('staff.loading')}</p>
            </Match>
            <Match when={eleccion() === null}>
              <h1 tabindex="-1" ref={focusOnNavigation}>
                {tv('cv.asistida.title')}
              </h1>
              <p>{tv('cv.asistida.sinEleccion')}</p>
            </Match>
            <Match when={fueraDePlazo()}>
              {(plazo) => (
                <>
                  <h1 tabindex="-1" ref={focusOnNavigation}>
                    {tv('cv.asistida.title')}
                  </h1>
                  <PlazoCerrado plazo={plazo()} />
                </>
              )}
            </Match>
            <Match when={eleccion()}>
              {(actual) => (
                <>
                  <FormErrorSummary form={form} />
                  <h1 tabindex="-1" ref={focusOnNavigation}>
                    {tv('cv.asistida.title')}
                  </h1>
                  <p class="lead">{tv('cv.asistida.lead')}</p>
                  <p>
                    {tv('cv.asistida.eleccion', {
                      nombre: actual().nombre,
                      fecha: fechaCorta(actual().fecha),
                    })}
                  </p>
                  <form novalidate onSubmit={form.onSubmit(send)}>
                    <Radios
                      {...form.field('motivoAsistencia')}
                      legend={label('motivoAsistencia')}
                      options={MOTIVOS.map((motivo) => ({
                        value: motivo,
                        label: tv(`cv.asistida.motivo.${motivo}`),
                      }))}
                    />
                    <h2 class="heading-m">{tv('cv.asistida.datos')}</h2>
                    <TextField
                      {...form.field('run')}
                      label={label('run')}
                      hint={tv('cv.asistida.run.hint')}
                      autocomplete="off"
                      inputClass="input--10"
                    />
                    <DateInput
                      id="fechaNacimiento"
                      legend={label('fechaNacimiento')}
                      hint={tv('cv.nacimiento.hint')}
                      error={form.error('fechaNacimiento')}
                      day={form.values().fechaNacimiento}
                      month={form.values().fechaNacimientoMes}
                      year={form.values().fechaNacimientoAnio}
                      onDay={form.set('fechaNacimiento')}
                      onMonth={form.set('fechaNacimientoMes')}
                      onYear={form.set('fechaNacimientoAnio')}
                    />
                    <TextField
                      {...form.field('telefono')}
                      label={label('telefono')}
                      hint={tv('cv.asistida.telefono.hint')}
                      autocomplete="off"
                      inputMode="numeric"
                      inputClass="input--10"
                    />
                    <CorreoDosVeces
                      email={form.field('email')}
                      confirmacion={form.field('emailConfirmacion')}
                      labels={{ email: label('email'), confirmacion: label('emailConfirmacion') }}
                      hint={tv('cv.asistida.email.hint')}
                      confirmacionHint={tv('cv.asistida.confirmacion.hint')}
                      autocomplete="off"
                    />
                    <DocumentoCampos form={form} limite={oldestAcceptedExpiry(actual().fechaPrimarias)} />
                    <h2 class="heading-m">{tv('cv.asistida.aviso.title')}</h2>
                    <div class="inset">
                      <p>
                        <strong>{tv('cv.asistida.aviso.body')}</strong>
                      </p>
                    </div>
                    <Checkbox
                      id="avisoLeido"
                      label={label('avisoLeido')}
                      error={form.error('avisoLeido')}
                      checked={form.values().avisoLeido === 'si'}
                      onChange={(checked) => form.set('avisoLeido')(checked ? 'si' : '')}
                    />
                    <Checkbox
                      id="declaracionCiudadano"
                      label={label('declaracionCiudadano')}
                      error={form.error('declaracionCiudadano')}
                      checked={form.values().declaracionCiudadano === 'si'}
                      onChange={(checked) => form.set('declaracionCiudadano')(checked ? 'si' : '')}
                    />
                    <SubmitButton
                      form={form}
                      label={tv('cv.asistida.submit')}
                      busyLabel={t('form.sending')}
                    />
                  </form>
                </>
              )}
            </Match>
          </Switch>
        </>
      )}
    </StaffGate>
  )
}
