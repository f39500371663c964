import { A } from '@solidjs/router'
import { createSignal, onMount, Show } from 'solid-js'
import { tieneCapacidad } from '../../../core/capacidades.ts'
import type { FieldError } from '../../../worker/errors.ts'
import type { felicitacionesFuncionariosRoute } from '../../../worker/felicitaciones/route.ts'
import { ErrorSummary } from '../../components/ErrorSummary.tsx'
import { focusOnNavigation, usePageTitle } from '../../components/page.ts'
import { Select } from '../../components/Select.tsx'
import { SummaryList } from '../../components/SummaryList.tsx'
import type { Me } from '../../cuenta/session.ts'
import { callApi, type RouteBody } from '../../forms/api.ts'
import { problemsOf } from '../../forms/problemas.ts'
import { errorFor } from '../../forms/validate.ts'
import { formatDate } from '../../i18n/dates.ts'
import { type Cargada, ListaCargada } from '../ListaCargada.tsx'
import { StaffGate } from '../StaffGate.tsx'
import { API, type FelicitacionRecibida } from './api.ts'
import { tff } from './i18n/index.ts'

/** One of the unit's officers, as `GET …/felicitaciones/personal` lists them. */
type Persona = RouteBody<typeof felicitacionesFuncionariosRoute, '/personal'>['items'][number]

/** A supervisor's «Entregar a»: one of the unit's officers for a commendation that names one. */
function Entregar(props: { numero: string; personal: Persona[]; done: () => void }) {
  const [elegido, setElegido] = createSignal('')
  const [errors, setErrors] = createSignal<FieldError[]>([])
  const id = () => `funcionarioId-${props.numero}`
  const onSubmit = async (event: SubmitEvent) => {
    event.preventDefault()
    const result = await callApi('POST', `${API}/${props.numero}/asignacion`, { funcionarioId: elegido() })
    if (result.ok) return props.done()
    setErrors(problemsOf(result).map((problem) => ({ ...problem, field: id() })))
  }
  return (
    <form novalidate onSubmit={onSubmit}>
      <Show when={errors().length > 0}>
        <ErrorSummary errors={errors()} />
      </Show>
      <Select
        id={id()}
        label={tff('ff.entregar')}
        placeholder={tff('ff.entregar.placeholder')}
        error={errorFor(errors(), id())}
        options={props.personal.map((persona) => ({ value: persona.id, label: persona.nombre }))}
        value={elegido()}
        onChange={setElegido}
      />
      <button type="submit" class="button button--secondary">
        {tff('ff.entregar.boton')}
      </button>
    </form>
  )
}

/** The commendations of one list: the message, when, to whom, the signature if any; a supervisor's «Entregar». */
function Lista(props: { url: string; user: Me; asignar: boolean }) {
  const [items, setItems] = createSignal<Cargada<FelicitacionRecibida>>('loading')
  const [personal, setPersonal] = createSignal<Persona[]>([])
  const [hecho, setHecho] = createSignal(false)
  const load = async () => {
    const result = await callApi<{ items: FelicitacionRecibida[] }>('GET', props.url)
    setItems(result.ok ? result.body.items : 'failed')
  }
  onMount(async () => {
    await load()
    if (props.asignar && tieneCapacidad(props.user, 'felicitaciones.asignar')) {
      const result = await callApi<{ items: Persona[] }>('GET', `${API}/personal`)
      if (result.ok) setPersonal(result.body.items)
    }
  })
  return (
    <>
      <Show when={hecho()}>
        <p role="status" class="notice">
          {tff('ff.entregar.hecho')}
        </p>
      </Show>
      <ListaCargada
        items={items()}
        words={{ loading: tff('ff.loading'), failed: tff('ff.failed'), empty: tff('ff.empty') }}
        class="entries"
      >
        {(item) => (
          <>
            <blockquote>{item.mensaje}</blockquote>
            <SummaryList
              rows={[
                { key: tff('ff.para'), value: item.funcionario ?? tff('ff.toda') },
                { key: tff('ff.firma'), value: item.firma ?? tff('ff.anonima') },
              ]}
            />
            <p class="meta">
              <time datetime={item.createdAt}>{formatDate(item.createdAt)}</time> · {item.numero}
              <Show when={item.funcionario}>
                {' · '}
                {item.asignada ? tff('ff.entregada') : tff('ff.sinEntregar')}
              </Show>
            </p>
            <Show when={props.asignar && item.funcionario && personal().length > 0}>
              <Entregar
                numero={item.numero}
                personal={personal()}
                done={() => {
                  setHecho(true)
                  void load()
                }}
              />
            </Show>
          </>
        )}
      </ListaCargada>
    </>
  )
}

function Pagina(props: { title: string; url: string; asignar: boolean }) {
  usePageTitle(() => props.title)
  return (
    <StaffGate capacidad="felicitaciones.unidad" forbidden={tff('ff.unidad.forbidden')} title={props.title}>
      {(user) => (
        <>
          <A href="/funcionarios" class="back-link">
            {tff('ff.back')}
          </A>
          <h1 tabindex="-1" ref={focusOnNavigation}>
            {props.title}
          </h1>
          <p class="lead">{tff('ff.lead')}</p>
          <Lista url={props.url} user={user} asignar={props.asignar} />
        </>
      )}
    </StaffGate>
  )
}

/** `/funcionarios/felicitaciones`: the unit's commendations; a supervisor passes on those naming an officer. */
export function FelicitacionesUnidad() {
  return <Pagina title={tff('ff.unidad.title')} url={`${API}/unidad`} asignar />
}

/** `/funcionarios/felicitaciones/mias`: the commendations that reached the signed-in officer. */
export function MisFelicitaciones() {
  return <Pagina title={tff('ff.mias.title')} url={`${API}/mias`} asignar={false} />
}
