import { A } from '@solidjs/router'
import { createSignal, For, Match, Show, Switch } from 'solid-js'
import { BuscarInput } from '../../../worker/constancias-voto/validacion-schema.ts'
import { FormErrorSummary } from '../../components/FieldChrome.tsx'
import { Notice } from '../../components/Notice.tsx'
import { focusOnNavigation, usePageTitle } from '../../components/page.ts'
import { callApi } from '../../forms/api.ts'
import { createForm, type FormProblems } from '../../forms/form.ts'
import { problemsOf } from '../../forms/problemas.ts'
import { formatDate } from '../../i18n/dates.ts'
import { StaffGate } from '../StaffGate.tsx'
import { type PermisoSupervision, SUPERVISOR_API } from './api.ts'
import { type BuscarRunAnswers, BusquedaCodigo, BusquedaRun, buscarRunForm } from './Busqueda.tsx'
import { DetallePermiso, EstadoTag } from './Detalle.tsx'
import { tfp } from './i18n/index.ts'
import { Revocacion, revocacionForm } from './Revocacion.tsx'

/** One permit of a RUN's list: enough to tell them apart, and the way to it. */
function Tarjeta(props: { permiso: PermisoSupervision; onOpen: () => void }) {
  return (
    <li class="card">
      <h2 class="card__title">
        {props.permiso.code} <EstadoTag estado={props.permiso.estado} />
      </h2>
      <p>
        {props.permiso.tipo.nombre} · {props.permiso.comuna.nombre}
        <br />
        {formatDate(props.permiso.inicio)} – {formatDate(props.permiso.fin)}
      </p>
      <button type="button" class="button button--secondary" onClick={() => props.onOpen()}>
        {tfp('fp.permiso.ver', { code: props.permiso.code })}
      </button>
    </li>
  )
}

/**
 * `/funcionarios/permisos`: a supervisor finds a permit by its code or by its holder's RUN, sees
 * it, and revokes it with a reason (then confirms). From then on every online check says REVOCADO,
 * never why: the reason stays in the record and the audit log.
 */
export function Revocar() {
  const porCodigo = createForm(BuscarInput, { code: '' })
  const porRun = buscarRunForm()
  const revocacion = revocacionForm()
  const [activo, setActivo] = createSignal<FormProblems>(porCodigo)
  const [lista, setLista] = createSignal<{ run: string; items: PermisoSupervision[] } | undefined>()
  const [permiso, setPermiso] = createSignal<PermisoSupervision | undefined>()
  const [revocado, setRevocado] = createSignal(false)
  usePageTitle(
    () => {
      const found = permiso()
      if (found) return tfp('fp.permiso.title', { code: found.code })
      const list = lista()
      return list ? tfp('fp.buscar.resultados', { run: list.run }) : tfp('fp.revocar.title')
    },
    () => activo().errors().length > 0,
  )

  const buscarCodigo = async (values: { code: string }) => {
    const code = encodeURIComponent(values.code.trim().toUpperCase().replace(/[\s-]/g, ''))
    const result = await callApi<PermisoSupervision>('GET', `${SUPERVISOR_API}/${code}`)
    if (result.ok) return abrir(result.body)
    if (result.status === 404) return porCodigo.fail([{ field: 'code', message: tfp('fp.buscar.notFound') }])
    porCodigo.fail(problemsOf(result))
  }
  const buscarRun = async (values: BuscarRunAnswers) => {
    const query = new URLSearchParams({ run: values.run.trim(), finalidad: values.finalidad })
    const result = await callApi<{ items: PermisoSupervision[] }>('GET', `${SUPERVISOR_API}?${query}`)
    if (!result.ok) return porRun.fail(problemsOf(result))
    const [only, ...more] = result.body.items
    if (only && more.length === 0) abrir(only)
    else setLista({ run: values.run.trim(), items: result.body.items })
  }
  const abrir = (found: PermisoSupervision) => {
    revocacion.reset()
    setActivo(() => revocacion)
    setPermiso(found)
  }
  const otro = () => {
    setActivo(() => porCodigo)
    setPermiso(undefined)
    setLista(undefined)
    setRevocado(false)
    porCodigo.reset()
    porRun.reset()
  }
  const buscarOtro = () => (
    <p>
      <button type="button" class="link-button" onClick={otro}>
        {tfp('fp.buscar.otro')}
      </button>
    </p>
  )

  return (
    <StaffGate
      capacidad="permisos.revocar"
      forbidden={tfp('fp.revocar.forbidden')}
      title={tfp('fp.revocar.title')}
    >
      {() => (
        <>
          <A href="/funcionarios" class="back-link">
            {tfp('fp.back')}
          </A>
          <FormErrorSummary form={activo()} />
          <Switch>
            <Match when={permiso()}>
              {(found) => (
                <>
                  <Show when={revocado()}>
                    <Notice title={tfp('fp.revocado.title')}>
                      <p>{tfp('fp.revocado.body', { code: found().code })}</p>
                    </Notice>
                  </Show>
                  <h1 tabindex="-1" ref={focusOnNavigation}>
                    {tfp('fp.permiso.title', { code: found().code })}
                  </h1>
                  <DetallePermiso permiso={found()} />
                  <Show when={!found().revocadoAt}>
                    <Revocacion
                      permiso={found()}
                      form={revocacion}
                      onDone={(done) => {
                        setPermiso(done)
                        setRevocado(true)
                      }}
                    />
                  </Show>
                  {buscarOtro()}
                </>
              )}
            </Match>
            <Match when={lista()}>
              {(found) => (
                <>
                  <h1 tabindex="-1" ref={focusOnNavigation}>
                    {tfp('fp.buscar.resultados', { run: found().run })}
                  </h1>
                  <Show
                    when={found().items.length > 0}
                    fallback={<p>{tfp('fp.buscar.ninguno', { run: found().run })}</p>}
                  >
                    <ul class="cards">
                      <For each={found().items}>
                        {(item) => <Tarjeta permiso={item} onOpen={() => abrir(item)} />}
                      </For>
                    </ul>
                  </Show>
                  {buscarOtro()}
                </>
              )}
            </Match>
            <Match when={!permiso() && !lista()}>
              <h1 tabindex="-1" ref={focusOnNavigation}>
                {tfp('fp.revocar.title')}
              </h1>
              <p class="lead">{tfp('fp.revocar.lead')}</p>
              <BusquedaCodigo
                form={porCodigo}
                send={buscarCodigo}
                onSubmit={() => setActivo(() => porCodigo)}
              />
              <BusquedaRun form={porRun} send={buscarRun} onSubmit={() => setActivo(() => porRun)} />
            </Match>
          </Switch>
        </>
      )}
    </StaffGate>
  )
}
