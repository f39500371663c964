import { A } from '@solidjs/router'
import { createSignal, For, Match, onMount, Show, Switch } from 'solid-js'
import { JurisdiccionInput } from '../../../worker/casos/campos.ts'
import { FormErrorSummary, SubmitButton } from '../../components/FieldChrome.tsx'
import { Notice } from '../../components/Notice.tsx'
import { focusOnNavigation, usePageTitle } from '../../components/page.ts'
import { Select } from '../../components/Select.tsx'
import { SummaryList } from '../../components/SummaryList.tsx'
import { TextField } from '../../components/TextField.tsx'
import { callApi } from '../../forms/api.ts'
import { createForm, type Form } from '../../forms/form.ts'
import { problemsOf } from '../../forms/problemas.ts'
import { t } from '../../i18n/index.ts'
import { ts } from '../i18n/index.ts'
import { StaffGate } from '../StaffGate.tsx'
import { unidadGroups, useUnidades } from '../staff.ts'
import { type FilaJurisdiccion, JURISDICCION_API } from './api.ts'
import { tdn } from './i18n/index.ts'

/** The comunas a search shows at most: typing more narrows them. */
const MOSTRADAS = 20

/** Text compared without case or accents: "maipu" finds Maipú. */
const plano = (text: string) =>
  text
    .normalize('NFD')
    .replace(/\p{Diacritic}/gu, '')
    .toLowerCase()
    .trim()

type Cambio = { unidadCode: string }

/** One comuna's unit changed: the unit (grouped by region), saved or left as it was. */
function Editar(props: {
  fila: FilaJurisdiccion
  form: Form<Cambio>
  onSaved: (fila: FilaJurisdiccion) => void
  onCancel: () => void
}) {
  const unidades = useUnidades()
  const guardar = async (values: Cambio) => {
    const result = await callApi<{ unidad: { code: string; name: string } }>(
      'PUT',
      `${JURISDICCION_API}/${encodeURIComponent(props.fila.comunaCut)}`,
      { unidadCode: values.unidadCode },
    )
    if (!result.ok) return props.form.fail(problemsOf(result))
    props.onSaved({ ...props.fila, unidadCode: result.body.unidad.code, unidad: result.body.unidad.name })
  }
  return (
    <form novalidate onSubmit={props.form.onSubmit(guardar)} class="cs-revelado">
      <Select
        {...props.form.field('unidadCode')}
        hint={tdn('dn.jur.unidad.hint', { comuna: props.fila.comuna })}
        placeholder={tdn('dn.campo.unidad.elija')}
        groups={unidadGroups(unidades())}
      />
      <div class="button-group">
        <SubmitButton form={props.form} label={tdn('dn.jur.guardar')} busyLabel={t('form.sending')} />
        <button type="button" class="button button--secondary" onClick={() => props.onCancel()}>
          {tdn('dn.jur.cancelar')}
        </button>
      </div>
    </form>
  )
}

/** The table once loaded: the search, the comunas that match it, one of them being changed. */
function Tabla(props: {
  filas: FilaJurisdiccion[]
  form: Form<Cambio>
  onSaved: (fila: FilaJurisdiccion) => void
}) {
  const [texto, setTexto] = createSignal('')
  const [editando, setEditando] = createSignal<string | undefined>()
  const coinciden = () => {
    const buscado = plano(texto())
    return buscado === '' ? [] : props.filas.filter((fila) => plano(fila.comuna).includes(buscado))
  }
  const editar = (fila: FilaJurisdiccion) => {
    props.form.reset()
    props.form.set('unidadCode')(fila.unidadCode ?? '')
    setEditando(fila.comunaCut)
  }
  return (
    <>
      <TextField
        id="buscar"
        label={tdn('dn.jur.buscar')}
        hint={tdn('dn.jur.buscar.hint')}
        value={texto()}
        onInput={setTexto}
        inputClass="input--20"
        autocomplete="off"
      />
      <p aria-live="polite">
        <Show when={texto().trim() !== ''}>
          {coinciden().length === 0
            ? tdn('dn.jur.ninguna', { texto: texto().trim() })
            : tdn('dn.jur.resultados', { n: coinciden().length })}
          <Show when={coinciden().length > MOSTRADAS}> {tdn('dn.jur.primeras', { n: MOSTRADAS })}</Show>
        </Show>
      </p>
      <ul class="cards">
        <For each={coinciden().slice(0, MOSTRADAS)}>
          {(fila) => (
            <li class="card">
              <h2 class="card__title heading-m">{fila.comuna}</h2>
              <SummaryList
                rows={[
                  { key: tdn('dn.jur.region'), value: fila.region },
                  { key: tdn('dn.jur.unidad'), value: fila.unidad ?? tdn('dn.jur.sinUnidad') },
                  { key: tdn('dn.jur.fiscalia'), value: fila.fiscalia ?? '—' },
                ]}
              />
              <Show
                when={editando() === fila.comunaCut}
                fallback={
                  <button type="button" class="button button--secondary" onClick={() => editar(fila)}>
                    {tdn('dn.jur.cambiar')}
                    <span class="visually-hidden"> ({fila.comuna})</span>
                  </button>
                }
              >
                <Editar
                  fila={fila}
                  form={props.form}
                  onSaved={(saved) => {
                    setEditando(undefined)
                    props.onSaved(saved)
                  }}
                  onCancel={() => setEditando(undefined)}
                />
              </Show>
            </li>
          )}
        </For>
      </ul>
    </>
  )
}

/** The page, once the gate let an administrator in. */
function Pagina() {
  const form = createForm(JurisdiccionInput, { unidadCode: '' })
  const [filas, setFilas] = createSignal<FilaJurisdiccion[] | null | undefined>()
  const [guardado, setGuardado] = createSignal<FilaJurisdiccion | undefined>()
  usePageTitle(
    () => tdn('dn.jur.title'),
    () => form.errors().length > 0,
  )
  onMount(async () => {
    const result = await callApi<{ comunas: FilaJurisdiccion[] }>('GET', JURISDICCION_API)
    setFilas(result.ok ? result.body.comunas : null)
  })
  const saved = (fila: FilaJurisdiccion) => {
    setFilas((list) => list?.map((item) => (item.comunaCut === fila.comunaCut ? fila : item)))
    setGuardado(fila)
    window.scrollTo(0, 0)
  }
  return (
    <>
      <A href="/funcionarios" class="back-link">
        {tdn('dn.back')}
      </A>
      <FormErrorSummary form={form} />
      <Show when={guardado()} keyed>
        {(fila) => (
          <Notice title={ts('staff.success')}>
            <p>{tdn('dn.jur.guardado', { comuna: fila.comuna, unidad: fila.unidad ?? '' })}</p>
          </Notice>
        )}
      </Show>
      <h1 tabindex="-1" ref={focusOnNavigation}>
        {tdn('dn.jur.title')}
      </h1>
      <p class="lead">{tdn('dn.jur.lead')}</p>
      <Switch fallback={<p>{tdn('dn.jur.cargando')}</p>}>
        <Match when={filas() === null}>
          <p>{tdn('dn.jur.error')}</p>
        </Match>
        <Match when={filas()}>{(list) => <Tabla filas={list()} form={form} onSaved={saved} />}</Match>
      </Switch>
    </>
  )
}

/**
 * `/funcionarios/denuncias/jurisdiccion`: for administrators (`referencias.administrar`), the
 * jurisdiction table — search a comuna, see the unit its residents' reports are derived to and
 * that unit's Fiscalía, change the unit (the API audits each change with who made it).
 */
export function Jurisdiccion() {
  return (
    <StaffGate
      capacidad="referencias.administrar"
      forbidden={tdn('dn.jur.forbidden')}
      title={tdn('dn.jur.title')}
    >
      {() => <Pagina />}
    </StaffGate>
  )
}
