import { A } from '@solidjs/router'
import { createSignal, Match, Show, Switch } from 'solid-js'
import {
  BuscarInput,
  RechazoInput,
  ValidacionInput,
} from '../../../worker/constancias-voto/validacion-schema.ts'
import { FormErrorSummary, SubmitButton } from '../../components/FieldChrome.tsx'
import { Notice } from '../../components/Notice.tsx'
import { focusOnNavigation, usePageTitle } from '../../components/page.ts'
import { SummaryList } from '../../components/SummaryList.tsx'
import { TextField } from '../../components/TextField.tsx'
import { callApi } from '../../forms/api.ts'
import { createForm, type Form } from '../../forms/form.ts'
import { problemsOf } from '../../forms/problemas.ts'
import { t } from '../../i18n/index.ts'
import { fechaCorta } from '../fechas.ts'
import { ts } from '../i18n/index.ts'
import { StaffGate } from '../StaffGate.tsx'
import { API, DOCUMENTO_VACIO, documentoInput, type SolicitudParaValidar, type Validada } from './api.ts'
import { Comprobante, DocumentoCampos, PlazoCerrado, Warning } from './Campos.tsx'
import { CorreoDeLaConstancia } from './Correo.tsx'
import { tv } from './i18n/index.ts'

const canalText = (canal: string) =>
  canal === 'online' || canal === 'asistida' ? tv(`cv.canal.${canal}`) : canal

type Resultado = { kind: 'validada'; body: Validada } | { kind: 'rechazada'; code: string }

/**
 * Whether the officer may still act on a request: while its election's window is open, a pending
 * one, or a rejected one whose citizen came back in person (decision 0081) — to validate it.
 */
const resoluble = (s: SolicitudParaValidar) =>
  s.eleccion.estado === 'abierta' && (s.estado === 'pendiente' || s.estado === 'rechazada')

/** A request's rows: who asks, for which election, where they vote and how far that is. */
function Detalle(props: { solicitud: SolicitudParaValidar }) {
  const s = () => props.solicitud
  return (
    <SummaryList
      rows={[
        { key: tv('cv.solicitud.nombre'), value: s().nombre },
        { key: tv('cv.solicitud.run'), value: s().run },
        { key: tv('cv.solicitud.nacimiento'), value: fechaCorta(s().fechaNacimiento) },
        {
          key: tv('cv.solicitud.eleccion'),
          value: `${s().eleccion.nombre} (${fechaCorta(s().eleccion.fecha)})`,
        },
        { key: tv('cv.solicitud.votacion'), value: `${s().comunaVotacion}, ${s().region}` },
        {
          key: tv('cv.solicitud.distancia'),
          value: tv('cv.solicitud.distanciaKm', { km: Math.round(s().distanciaKm) }),
        },
        { key: tv('cv.solicitud.canal'), value: canalText(s().canal) },
        { key: tv('cv.solicitud.email'), value: s().email },
        { key: tv('cv.solicitud.estado'), value: tv(`cv.estado.${s().estado}`) },
      ]}
    />
  )
}

/**
 * `/funcionarios/constancias`: an officer, at any unit, looks up the code of a citizen's online
 * request (seed 3.1), checks the identity document shown and validates or rejects it. A unit at
 * 200 km or less from the polling place cannot validate it, only reject it (decision 0038).
 */
export function Validar() {
  const buscar = createForm(BuscarInput, { code: '' })
  const [solicitud, setSolicitud] = createSignal<SolicitudParaValidar | undefined>()
  const [resultado, setResultado] = createSignal<Resultado | undefined>()
  const [activo, setActivo] = createSignal<'buscar' | 'validar' | 'rechazar'>('buscar')
  const cerca = () => solicitud()?.cerca === true
  const validar = createForm(ValidacionInput, { ...DOCUMENTO_VACIO }, documentoInput)
  const rechazar = createForm(RechazoInput, { motivo: '' })
  const actual = () => (activo() === 'buscar' ? buscar : activo() === 'validar' ? validar : rechazar)
  /** A form's submit handler that also makes it the one whose problems the summary lists. */
  const enviar =
    <T extends Record<string, string>>(
      cual: 'buscar' | 'validar' | 'rechazar',
      form: Form<T>,
      send: (values: T) => Promise<void>,
    ) =>
    (event: SubmitEvent) => {
      setActivo(cual)
      form.onSubmit(send)(event)
    }
  usePageTitle(
    () => {
      const found = solicitud()
      return found && !resultado() ? tv('cv.solicitud.title', { code: found.code }) : tv('cv.buscar.title')
    },
    () => actual().errors().length > 0,
  )

  const otro = () => {
    setSolicitud(undefined)
    setResultado(undefined)
    buscar.reset()
    validar.reset()
    rechazar.reset()
    setActivo('buscar')
  }

  const onBuscar = async (values: { code: string }) => {
    const result = await callApi<SolicitudParaValidar>('POST', `${API}/buscar`, values)
    if (!result.ok) {
      if (result.status === 404) return buscar.fail([{ field: 'code', message: tv('cv.buscar.notFound') }])
      return buscar.fail(problemsOf(result))
    }
    validar.reset()
    rechazar.reset()
    setSolicitud(result.body)
  }

  /** The window closed while the request was on screen: its forms go, the reason shows. */
  const cerrarSiVencio = (found: SolicitudParaValidar, code: string | undefined) => {
    if (code === 'window_closed')
      setSolicitud({ ...found, eleccion: { ...found.eleccion, estado: 'cerrada' } })
  }

  const onValidar = async (values: typeof DOCUMENTO_VACIO) => {
    const found = solicitud()
    if (!found) return
    const result = await callApi<Validada>('POST', `${API}/${found.code}/validar`, documentoInput(values))
    if (result.ok) {
      setResultado({ kind: 'validada', body: result.body })
      return
    }
    // The server measured 200 km or less (the page's figure was older): only rejecting is left.
    if (result.error?.code === 'near_polling_place') setSolicitud({ ...found, cerca: true })
    cerrarSiVencio(found, result.error?.code)
    validar.fail(problemsOf(result))
  }

  const onRechazar = async (values: { motivo: string }) => {
    const found = solicitud()
    if (!found) return
    const result = await callApi<{ code: string }>('POST', `${API}/${found.code}/rechazar`, values)
    if (result.ok) {
      setResultado({ kind: 'rechazada', code: found.code })
      return
    }
    cerrarSiVencio(found, result.error?.code)
    rechazar.fail(problemsOf(result))
  }

  return (
    <StaffGate capacidad="constancias.validar" title={tv('cv.buscar.title')}>
      {() => (
        <>
          <A href="/funcionarios" class="back-link">
            {tv('cv.back')}
          </A>
          <FormErrorSummary form={actual()} />
          <Switch>
            <Match when={resultado()}>
              {(done) => {
                const r = done()
                return (
                  <>
                    <Show
                      when={r.kind === 'validada' ? r.body : undefined}
                      fallback={
                        <Notice title={tv('cv.rechazada.title')}>
                          <p>{tv('cv.rechazada.body', { code: r.kind === 'rechazada' ? r.code : '' })}</p>
                        </Notice>
                      }
                    >
                      {(body) => (
                        <Notice title={tv('cv.validada.title')}>
                          <p>{tv('cv.validada.body', { code: body().code })}</p>
                        </Notice>
                      )}
                    </Show>
                    <h1 tabindex="-1" ref={focusOnNavigation}>
                      {tv('cv.buscar.title')}
                    </h1>
                    <Show when={r.kind === 'validada' ? r.body : undefined}>
                      {(body) => <Comprobante code={body().code} verificacionUrl={body().verificacionUrl} />}
                    </Show>
                    <p>
                      <button type="button" class="button button--secondary" onClick={otro}>
                        {tv('cv.buscar.otro')}
                      </button>
                    </p>
                  </>
                )
              }}
            </Match>
            <Match when={solicitud()}>
              {(found) => (
                <>
                  <h1 tabindex="-1" ref={focusOnNavigation}>
                    {tv('cv.solicitud.title', { code: found().code })}
                  </h1>
                  {/* A closed window says so first, before the request's details (decision 0081). */}
                  <Show when={found().eleccion.estado !== 'abierta'}>
                    <PlazoCerrado plazo={found().eleccion} />
                  </Show>
                  <Show when={found().cerca}>
                    <Warning
                      title={tv('cv.cerca.title')}
                      body={tv('cv.cerca.body', {
                        km: Math.round(found().distanciaKm),
                        comuna: found().comunaVotacion,
                      })}
                    />
                  </Show>
                  <Detalle solicitud={found()} />
                  <Show when={found().estado === 'rechazada' ? found().motivoRechazo : null}>
                    {(motivo) => (
                      <>
                        <p>{tv('cv.rechazada.antes', { motivo: motivo() })}</p>
                        <Show when={resoluble(found())}>
                          <p>{tv('cv.rechazada.volver')}</p>
                        </Show>
                      </>
                    )}
                  </Show>
                  <Show
                    when={resoluble(found())}
                    fallback={
                      <>
                        <Show when={found().eleccion.estado === 'abierta'}>
                          <p>{tv('cv.resuelta')}</p>
                        </Show>
                        <p>
                          <button type="button" class="button button--secondary" onClick={otro}>
                            {tv('cv.buscar.otro')}
                          </button>
                        </p>
                      </>
                    }
                  >
                    <CorreoDeLaConstancia
                      code={found().code}
                      onCorregido={(email) => setSolicitud({ ...found(), email })}
                    />
                    <Show when={!cerca()}>
                      <form novalidate onSubmit={enviar('validar', validar, onValidar)}>
                        <DocumentoCampos
                          form={validar}
                          nombre={found().nombre}
                          limite={found().documentoVigenteDesde}
                        />
                        <SubmitButton
                          form={validar}
                          label={tv('cv.validar.submit')}
                          busyLabel={t('form.sending')}
                        />
                      </form>
                    </Show>
                    <Show when={found().estado === 'pendiente'}>
                      <h2 class="heading-m">{tv('cv.rechazar.title')}</h2>
                      <p>{tv('cv.rechazar.lead')}</p>
                      <form novalidate onSubmit={enviar('rechazar', rechazar, onRechazar)}>
                        <TextField
                          {...rechazar.field('motivo')}
                          hint={tv('cv.rechazar.hint')}
                          multiline
                          maxLength={500}
                        />
                        <SubmitButton
                          form={rechazar}
                          label={tv('cv.rechazar.submit')}
                          busyLabel={t('form.sending')}
                          class="button button--warning"
                        />
                      </form>
                    </Show>
                    <p>
                      <button type="button" class="link-button" onClick={otro}>
                        {tv('cv.buscar.otro')}
                      </button>
                    </p>
                  </Show>
                </>
              )}
            </Match>
            <Match when={!solicitud()}>
              <h1 tabindex="-1" ref={focusOnNavigation}>
                {tv('cv.buscar.title')}
              </h1>
              <p class="lead">{tv('cv.buscar.lead')}</p>
              <form novalidate onSubmit={enviar('buscar', buscar, onBuscar)}>
                <TextField
                  {...buscar.field('code')}
                  hint={tv('cv.buscar.hint')}
                  autocomplete="off"
                  inputClass="input--10"
                />
                <SubmitButton
                  form={buscar}
                  label={tv('cv.buscar.submit')}
                  busyLabel={ts('staff.login.checking')}
                />
              </form>
            </Match>
          </Switch>
        </>
      )}
    </StaffGate>
  )
}
