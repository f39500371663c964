import { A, useLocation, useNavigate, useSearchParams } from '@solidjs/router'
import { createSignal, For, Match, onMount, Show, Switch } from 'solid-js'
import { Notice } from '../../components/Notice.tsx'
import { focusOnNavigation, usePageTitle } from '../../components/page.ts'
import { SummaryList } from '../../components/SummaryList.tsx'
import { callApi } from '../../forms/api.ts'
import { locale } from '../../i18n/index.ts'
import { fieldLabel } from '../../i18n/server-catalog.ts'
import { fechaCorta } from '../fechas.ts'
import { StaffGate } from '../StaffGate.tsx'
import { ADMIN_API, type FaseComuna, REGLAS_PATH, type TipoPermiso } from './api.ts'
import { campoLabel } from './Detalle.tsx'
import { FaseForm } from './FaseForm.tsx'
import { tfp } from './i18n/index.ts'
import { TipoForm } from './TipoForm.tsx'

function Tipo(props: { tipo: TipoPermiso }) {
  const tipo = () => props.tipo
  return (
    <li class="card">
      <h3 class="card__title">
        {tipo().nombre}{' '}
        <Show when={!tipo().activo}>
          <strong class="tag tag--rejected">{tfp('fp.tipos.inactivo')}</strong>
        </Show>
      </h3>
      <p>{tipo().descripcion}</p>
      <SummaryList
        rows={[
          { key: tfp('fp.tipos.duracion'), value: tfp('fp.tipos.minutos', { n: tipo().duracionMaxMin }) },
          {
            key: tfp('fp.tipos.horario'),
            value: tfp('fp.tipos.horarioValor', { desde: tipo().horaDesde, hasta: tipo().horaHasta }),
          },
          { key: tfp('fp.tipos.cupo'), value: String(tipo().cupoSemanal) },
          {
            key: tfp('fp.tipos.campos'),
            value: tipo().campos.map(campoLabel).join(', ') || tfp('fp.tipos.ninguno'),
          },
        ]}
      />
      <A href={`${REGLAS_PATH}?tipo=${encodeURIComponent(tipo().id)}`}>
        {tfp('fp.tipos.cambiar')}
        <span class="visually-hidden"> {tipo().nombre}</span>
      </A>
    </li>
  )
}

function Fase(props: { fase: FaseComuna }) {
  const f = () => props.fase
  const periodo = () =>
    f().hasta
      ? tfp('fp.fases.periodo', { desde: fechaCorta(f().desde), hasta: fechaCorta(f().hasta ?? '') })
      : tfp('fp.fases.desdeSolo', { desde: fechaCorta(f().desde) })
  return (
    <li class="card">
      <h3 class="card__title">{f().comuna}</h3>
      <SummaryList
        rows={[
          { key: fieldLabel(locale(), 'fase'), value: tfp(`fp.fases.${f().fase}`) },
          { key: tfp('fp.fases.vigencia'), value: periodo() },
        ]}
      />
      <A href={`${REGLAS_PATH}?fase=${encodeURIComponent(f().id)}`}>
        {tfp('fp.fases.cambiar')}
        <span class="visually-hidden"> {f().comuna}</span>
      </A>
    </li>
  )
}

/** The permit types and the comunas' phases, each with the way to change it. */
function Lista(props: { tipos: TipoPermiso[]; fases: FaseComuna[] }) {
  const location = useLocation<{ notice?: string }>()
  usePageTitle(() => tfp('fp.reglas.title'))
  return (
    <>
      <A href="/funcionarios" class="back-link">
        {tfp('fp.back')}
      </A>
      <Show when={location.state?.notice}>
        {(notice) => (
          <Notice title={tfp('fp.reglas.title')}>
            <p>{notice()}</p>
          </Notice>
        )}
      </Show>
      <h1 tabindex="-1" ref={focusOnNavigation}>
        {tfp('fp.reglas.title')}
      </h1>
      <p class="lead">{tfp('fp.reglas.lead')}</p>
      <h2 class="heading-m">{tfp('fp.tipos.title')}</h2>
      <ul class="cards">
        <For each={props.tipos}>{(tipo) => <Tipo tipo={tipo} />}</For>
      </ul>
      <h2 class="heading-m">{tfp('fp.fases.title')}</h2>
      <p>{tfp('fp.fases.lead')}</p>
      <Show when={props.fases.length > 0} fallback={<p>{tfp('fp.fases.vacio')}</p>}>
        <ul class="cards">
          <For each={props.fases}>{(fase) => <Fase fase={fase} />}</For>
        </ul>
      </Show>
      <p>
        <A href={`${REGLAS_PATH}?fase=nueva`} class="button-link">
          {tfp('fp.fases.agregar')}
        </A>
      </p>
    </>
  )
}

/**
 * `/funcionarios/permisos/reglas`: for administrators, the permit rules as data — each type's
 * duration, hours, weekly quota, questions and whether it is offered (`?tipo=<id>` changes one),
 * and the comunas' restriction phases (`?fase=<id>` changes one, `?fase=nueva` adds one).
 */
export function Reglas() {
  const [params] = useSearchParams<{ tipo?: string; fase?: string }>()
  const navigate = useNavigate()
  const [tipos, setTipos] = createSignal<TipoPermiso[] | null | undefined>()
  const [fases, setFases] = createSignal<FaseComuna[] | null | undefined>()
  const load = async () => {
    const [t, f] = await Promise.all([
      callApi<{ items: TipoPermiso[] }>('GET', `${ADMIN_API}/tipos`),
      callApi<{ items: FaseComuna[] }>('GET', `${ADMIN_API}/fases`),
    ])
    setTipos(t.ok ? t.body.items : null)
    setFases(f.ok ? f.body.items : null)
  }
  onMount(() => void load())
  const saved = async (notice: string) => {
    await load()
    navigate(REGLAS_PATH, { state: { notice } })
  }
  const tipo = () => tipos()?.find((item) => item.id === params.tipo)
  const fase = () => fases()?.find((item) => item.id === params.fase)
  return (
    <StaffGate
      capacidad="referencias.administrar"
      forbidden={tfp('fp.reglas.forbidden')}
      title={tfp('fp.reglas.title')}
    >
      {() => (
        <Switch fallback={<p>{tfp('fp.reglas.cargando')}</p>}>
          <Match when={tipos() === null || fases() === null}>
            <h1>{tfp('fp.reglas.title')}</h1>
            <p>{tfp('fp.reglas.error')}</p>
          </Match>
          <Match when={tipo()}>
            {(found) => (
              <TipoForm
                tipo={found()}
                onSaved={(done) => void saved(tfp('fp.tipos.guardado', { nombre: done.nombre }))}
              />
            )}
          </Match>
          <Match when={params.fase === 'nueva' || fase()}>
            <FaseForm fase={fase()} onSaved={(comuna) => void saved(tfp('fp.fases.guardada', { comuna }))} />
          </Match>
          <Match when={tipos() && fases()}>
            <Lista tipos={tipos() ?? []} fases={fases() ?? []} />
          </Match>
        </Switch>
      )}
    </StaffGate>
  )
}
