import { A } from '@solidjs/router'
import { createResource, createSignal, For, Show } from 'solid-js'
import type { mesasParaAdministrar } from '../../../worker/informacion/mesas.ts'
import { Notice } from '../../components/Notice.tsx'
import { focusOnNavigation, usePageTitle } from '../../components/page.ts'
import { SummaryList } from '../../components/SummaryList.tsx'
import { TextField } from '../../components/TextField.tsx'
import { callApi } from '../../forms/api.ts'
import { problemsOf } from '../../forms/problemas.ts'
import type { InformacionKey } from '../../informacion/i18n/es.ts'
import { tinf } from '../../informacion/i18n/index.ts'
import { StaffGate } from '../StaffGate.tsx'
import { INFORMACION_API } from './api.ts'
import { tin } from './i18n/index.ts'

/** A desk as `GET /api/funcionarios/informacion/mesas` lists it for administrators. */
type MesaAdministrada = Awaited<ReturnType<typeof mesasParaAdministrar>>[number]

/** The category a desk receives, in the tipster's words (its id is the category's). */
const categoria = (id: string) => tinf(`inf.cat.${id}` as InformacionKey)

/** One desk: what it is, and the form that renames its unit (`PUT …/mesas/:mesa`). */
function Mesa(props: { mesa: MesaAdministrada }) {
  const [unidad, setUnidad] = createSignal(props.mesa.unidad)
  // The name saved, shown above the form: the list is not fetched again (its notice would go).
  const [guardada, setGuardada] = createSignal(props.mesa.unidad)
  const [error, setError] = createSignal<string | undefined>()
  const [hecho, setHecho] = createSignal<string | undefined>()
  const [ocupado, setOcupado] = createSignal(false)
  const guardar = async (event: SubmitEvent) => {
    event.preventDefault()
    setHecho(undefined)
    setOcupado(true)
    const result = await callApi<{ unidad: string }>('PUT', `${INFORMACION_API}/mesas/${props.mesa.id}`, {
      unidad: unidad(),
    })
    setOcupado(false)
    if (!result.ok) return setError(problemsOf(result)[0]?.message)
    setError(undefined)
    setUnidad(result.body.unidad)
    setGuardada(result.body.unidad)
    setHecho(
      tin('in.mesas.admin.guardado', { categoria: categoria(props.mesa.id), unidad: result.body.unidad }),
    )
  }
  const titulo = `mesa-${props.mesa.id}`
  return (
    <section aria-labelledby={titulo}>
      <h2 id={titulo}>{categoria(props.mesa.id)}</h2>
      <Show when={hecho()}>
        {(texto) => (
          <Notice title={tin('in.mesas.admin.hecho')}>
            <p>{texto()}</p>
          </Notice>
        )}
      </Show>
      <SummaryList
        rows={[
          { key: tin('in.mesas.admin.unidad'), value: guardada() },
          {
            key: tin('in.mesas.admin.clave'),
            value:
              props.mesa.claveVersion === null
                ? tin('in.mesas.admin.sinClave')
                : tin('in.mesas.admin.version', { version: props.mesa.claveVersion }),
          },
          { key: tin('in.mesas.admin.analistas'), value: String(props.mesa.analistas) },
        ]}
      />
      <form novalidate onSubmit={(event) => void guardar(event)}>
        <TextField
          id={`unidad-${props.mesa.id}`}
          label={tin('in.mesas.admin.unidad')}
          hint={tin('in.mesas.admin.unidad.hint')}
          error={error()}
          maxLength={120}
          value={unidad()}
          onInput={setUnidad}
        />
        <button type="submit" class="button button--secondary" disabled={ocupado()}>
          {tin('in.mesas.admin.guardar')}
        </button>
      </form>
    </section>
  )
}

/**
 * `/funcionarios/informacion/mesas`: an administrator (`personal.administrar`) sees the three desks
 * — the unit behind each, its key version and how many staff are on it — and renames a unit
 * (issue 17, point 1: the desks are data, editable by administrators). Who is on a desk is set on
 * each staff member's screen (MesasDelFuncionario).
 */
export function MesasAdmin() {
  usePageTitle(() => tin('in.mesas.admin.title'))
  const [mesas] = createResource(async () => {
    const result = await callApi<MesaAdministrada[]>('GET', `${INFORMACION_API}/mesas`)
    return result.ok ? result.body : null
  })
  return (
    <StaffGate
      capacidad="personal.administrar"
      forbidden={tin('in.mesas.admin.forbidden')}
      title={tin('in.mesas.admin.title')}
    >
      {() => (
        <>
          <A href="/funcionarios" class="back-link">
            {tin('in.back')}
          </A>
          <h1 tabindex="-1" ref={focusOnNavigation}>
            {tin('in.mesas.admin.title')}
          </h1>
          <p class="lead">{tin('in.mesas.admin.lead')}</p>
          <Show when={!mesas.loading} fallback={<p>{tin('in.cargando')}</p>}>
            <Show when={mesas()} fallback={<p>{tin('in.sinConexion')}</p>}>
              {(lista) => <For each={lista()}>{(mesa) => <Mesa mesa={mesa} />}</For>}
            </Show>
          </Show>
        </>
      )}
    </StaffGate>
  )
}
