import { A } from '@solidjs/router'
import { createSignal, Match, onMount, Show, Switch } from 'solid-js'
import { FormErrorSummary } from '../../components/FieldChrome.tsx'
import { Notice } from '../../components/Notice.tsx'
import { focusOnNavigation, usePageTitle } from '../../components/page.ts'
import { SummaryList } from '../../components/SummaryList.tsx'
import { callApi } from '../../forms/api.ts'
import { formatDate } from '../../i18n/dates.ts'
import { useParametro } from '../parametro.ts'
import { StaffGate } from '../StaffGate.tsx'
import { API, COLA_PATH, type SolicitudDetalle } from './api.ts'
import { tsd } from './i18n/index.ts'
import { campoLabel, EstadoTags, registroLabel, tipoLabel } from './palabras.tsx'
import { Respuesta, respuestaForm } from './Respuesta.tsx'

/** Everything a supervisor needs to decide: who asks, about which record, from what to what, why. */
function Detalle(props: { solicitud: SolicitudDetalle }) {
  const s = () => props.solicitud
  const valor = (value: string | null) => (value === null || value === '' ? tsd('sd.detalle.vacio') : value)
  return (
    <SummaryList
      rows={[
        { key: tsd('sd.col.tipo'), value: tipoLabel(s().tipo) },
        {
          key: tsd('sd.detalle.solicitante'),
          value: s().solicitante.run
            ? `${s().solicitante.nombre} (${s().solicitante.run})`
            : s().solicitante.nombre,
        },
        {
          key: tsd('sd.col.registro'),
          value: [registroLabel(s().registro.tipo), s().registro.code].filter(Boolean).join(' '),
        },
        ...(s().campo ? [{ key: tsd('sd.col.dato'), value: campoLabel(s().campo) }] : []),
        { key: tsd('sd.detalle.valorActual'), value: valor(s().valorActual) },
        { key: tsd('sd.detalle.valorSolicitado'), value: valor(s().valorSolicitado) },
        { key: tsd('sd.detalle.explicacion'), value: s().explicacion || tsd('sd.detalle.sinExplicacion') },
        { key: tsd('sd.col.recibida'), value: formatDate(s().createdAt) },
        { key: tsd('sd.col.vence'), value: formatDate(s().venceAt) },
        ...(s().respuesta
          ? [{ key: tsd('sd.detalle.respuesta'), value: String(s().respuesta?.texto ?? '') }]
          : []),
      ]}
    />
  )
}

/** The request, once the gate let a supervisor in: fetched once (each fetch is a recorded read). */
function Pagina(props: { code: string }) {
  const form = respuestaForm()
  const [solicitud, setSolicitud] = createSignal<SolicitudDetalle | 'no_existe' | null | undefined>()
  const [respondida, setRespondida] = createSignal(false)
  usePageTitle(
    () => tsd('sd.detalle.title', { code: props.code }),
    () => form.errors().length > 0,
  )
  onMount(async () => {
    const result = await callApi<SolicitudDetalle>('GET', `${API}/${encodeURIComponent(props.code)}`)
    setSolicitud(result.ok ? result.body : result.status === 404 ? 'no_existe' : null)
  })
  const found = () => {
    const value = solicitud()
    return typeof value === 'object' && value !== null ? value : undefined
  }
  return (
    <>
      <A href={COLA_PATH} class="back-link">
        {tsd('sd.volver')}
      </A>
      <FormErrorSummary form={form} />
      <Show when={respondida() && found()}>
        {(done) => (
          <Notice title={tsd('sd.responder.hecho')}>
            <p>
              {tsd(
                done().estado === 'acogida' ? 'sd.responder.hecho.acogida' : 'sd.responder.hecho.rechazada',
                {
                  code: done().code,
                },
              )}
            </p>
          </Notice>
        )}
      </Show>
      <h1 tabindex="-1" ref={focusOnNavigation}>
        {tsd('sd.detalle.title', { code: props.code })}
      </h1>
      <Switch fallback={<p>{tsd('sd.detalle.cargando')}</p>}>
        <Match when={solicitud() === 'no_existe'}>
          <p>{tsd('sd.detalle.noExiste', { code: props.code })}</p>
        </Match>
        <Match when={solicitud() === null}>
          <p>{tsd('sd.detalle.error')}</p>
        </Match>
        <Match when={found()}>
          {(s) => (
            <>
              <p>
                <EstadoTags item={s()} />
              </p>
              <p class="inset">{tsd('sd.detalle.registrada')}</p>
              <Detalle solicitud={s()} />
              <Show when={s().estado === 'pendiente'}>
                <Respuesta
                  solicitud={s()}
                  form={form}
                  onDone={(estado, texto) => {
                    setSolicitud({ ...s(), estado, vencida: false, respuesta: { texto } })
                    setRespondida(true)
                    // The banner at the top says what happened; the form it replaces was below.
                    window.scrollTo(0, 0)
                  }}
                />
              </Show>
            </>
          )}
        </Match>
      </Switch>
    </>
  )
}

/**
 * `/funcionarios/solicitudes-datos/:code`: one request about a citizen's data — the requester,
 * the record, its current and requested value, the explanation — and, while pending, the answer
 * (Acoger applies the correction). Opening it is recorded as a read the citizen sees (finalidad
 * `atencion_derechos`), so the page says so.
 */
export function Solicitud() {
  const code = useParametro()
  return (
    <StaffGate
      capacidad="datos.solicitudes"
      forbidden={tsd('sd.cola.forbidden')}
      title={tsd('sd.detalle.title', { code: code() })}
    >
      {() => <Pagina code={code()} />}
    </StaffGate>
  )
}
