import { A } from '@solidjs/router'
import { createResource, createSignal, For, Match, Show, Switch } from 'solid-js'
import * as v from 'valibot'
import { MAX_TEXTO_OFICIAL, TextoOficial } from '../../../worker/casos/campos.ts'
import type { DescargoVista } from '../../../worker/reclamos/descargos.ts'
import { FormErrorSummary, SubmitButton } from '../../components/FieldChrome.tsx'
import { Notice } from '../../components/Notice.tsx'
import { focusOnNavigation, usePageTitle } from '../../components/page.ts'
import { SummaryList, type SummaryRow } from '../../components/SummaryList.tsx'
import { TextField } from '../../components/TextField.tsx'
import { callApi } from '../../forms/api.ts'
import { createForm } from '../../forms/form.ts'
import { problemsOf } from '../../forms/problemas.ts'
import { formatDate } from '../../i18n/dates.ts'
import { t } from '../../i18n/index.ts'
import { Pantalla } from '../Pantalla.tsx'
import { useParametro } from '../parametro.ts'
import { StaffGate } from '../StaffGate.tsx'
import { DESCARGOS_API, DESCARGOS_PATH, descargoApi, descargoPath } from './api.ts'
import { trc } from './i18n/index.ts'
import { cuandoOcurrio } from './palabras.tsx'

/** The facts as the unit reads them: when, where, the officer and vehicle as described. */
function filasHechos(hechos: DescargoVista['hechos']): SummaryRow[] {
  const f = hechos.funcionario
  return [
    { key: trc('rc.caso.cuando'), value: cuandoOcurrio(hechos.fecha, hechos.hora) },
    { key: trc('rc.caso.comuna'), value: hechos.comuna },
    { key: trc('rc.caso.donde'), value: hechos.lugar },
    ...(f.nombre ? [{ key: trc('rc.caso.funcionario'), value: f.nombre }] : []),
    ...(f.grado ? [{ key: trc('rc.caso.grado'), value: f.grado }] : []),
    ...(f.senas ? [{ key: trc('rc.caso.senas'), value: f.senas }] : []),
    ...(hechos.vehiculo ? [{ key: trc('rc.caso.vehiculo'), value: hechos.vehiculo }] : []),
  ]
}

/** Whether the unit has answered, in words. */
const estadoDescargo = (d: DescargoVista) => (
  <strong class={d.descargoAt ? 'tag' : 'tag tag--pending'}>
    {trc(d.descargoAt ? 'rc.descargo.dado' : 'rc.descargo.pendiente')}
  </strong>
)

/**
 * `/funcionarios/reclamos/descargos`: what the complaints office asked the officer's unit about
 * some facts (`reclamos.descargar`), newest first, each answered or not. The facts only: the
 * server never sends who complained, nor the complaint's número.
 */
export function DescargosUnidad() {
  const [lista] = createResource(async () => {
    const result = await callApi<{ descargos: DescargoVista[] }>('GET', DESCARGOS_API)
    return result.ok ? result.body.descargos : null
  })
  return (
    <Pantalla
      volver={trc('rc.back')}
      capacidad="reclamos.descargar"
      title={() => trc('rc.descargos.title')}
      lead={trc('rc.descargos.lead')}
      forbidden={trc('rc.descargos.forbidden')}
    >
      {() => (
        <Switch fallback={<p>{trc('rc.descargos.cargando')}</p>}>
          <Match when={lista() === null}>
            <p>{trc('rc.descargos.error')}</p>
          </Match>
          <Match when={lista()}>
            {(found) => (
              <Show when={found().length > 0} fallback={<p>{trc('rc.descargos.vacio')}</p>}>
                <ul class="cards">
                  <For each={found()}>
                    {(d) => (
                      <li class="card">
                        <h2 class="card__title heading-m">
                          <A href={descargoPath(d.id)}>
                            {trc('rc.descargo.del', { fecha: formatDate(d.pedidoAt) })}
                          </A>
                        </h2>
                        <p>{estadoDescargo(d)}</p>
                        <SummaryList rows={filasHechos(d.hechos).slice(0, 3)} />
                      </li>
                    )}
                  </For>
                </ul>
              </Show>
            )}
          </Match>
        </Switch>
      )}
    </Pantalla>
  )
}

/** The unit's account's form: checked as the API checks it. */
const DescargoForm = v.strictObject({ descargo: TextoOficial })

/** One request, with the facts and the form for the account, or the account given. */
function Pedido(props: { descargo: DescargoVista }) {
  const form = createForm(DescargoForm, { descargo: '' })
  const [dado, setDado] = createSignal(props.descargo.descargoAt ? props.descargo : undefined)
  const enviar = async (values: { descargo: string }) => {
    const result = await callApi<{ id: string; descargoAt: string }>(
      'POST',
      descargoApi(props.descargo.id),
      values,
    )
    if (result.ok) {
      setDado({ ...props.descargo, descargo: values.descargo, descargoAt: result.body.descargoAt })
      return
    }
    form.fail(
      result.status === 409 ? [{ field: 'body', message: trc('rc.descargo.yaDado') }] : problemsOf(result),
    )
  }
  return (
    <>
      <FormErrorSummary form={form} />
      <h1 tabindex="-1" ref={focusOnNavigation}>
        {trc('rc.descargo.title')}
      </h1>
      <p class="inset">{trc('rc.descargo.reserva')}</p>
      <p>{estadoDescargo(dado() ?? props.descargo)}</p>
      <section aria-labelledby="pedido-title">
        <h2 id="pedido-title" class="heading-m">
          {trc('rc.descargo.pregunta')}
        </h2>
        <p class="hint">{trc('rc.descargo.del', { fecha: formatDate(props.descargo.pedidoAt) })}</p>
        <p class="cs-texto cs-cita">{props.descargo.pedido}</p>
      </section>
      <section aria-labelledby="hechos-title">
        <h2 id="hechos-title" class="heading-m">
          {trc('rc.caso.hechos')}
        </h2>
        <SummaryList rows={filasHechos(props.descargo.hechos)} />
        <h3 class="heading-s">{trc('rc.caso.relato')}</h3>
        <p class="cs-texto">{props.descargo.hechos.relato}</p>
      </section>
      <Show
        when={dado()}
        fallback={
          <form novalidate onSubmit={form.onSubmit(enviar)} aria-labelledby="descargo-title">
            <h2 id="descargo-title" class="heading-m">
              {trc('rc.descargo.form')}
            </h2>
            <TextField
              {...form.field('descargo')}
              label={trc('rc.descargo.campo')}
              hint={trc('rc.descargo.campo.hint')}
              multiline
              maxLength={MAX_TEXTO_OFICIAL}
            />
            <SubmitButton form={form} label={trc('rc.descargo.enviar')} busyLabel={t('form.sending')} />
          </form>
        }
      >
        {(d) => (
          <Notice title={trc('rc.descargo.enviado')}>
            <p>{trc('rc.descargo.enviadoEl', { fecha: formatDate(d().descargoAt ?? '') })}</p>
            <p class="cs-texto">{d().descargo}</p>
          </Notice>
        )}
      </Show>
    </>
  )
}

/**
 * `/funcionarios/reclamos/descargos/:id`: the office's request to the officer's unit — its
 * question and the facts only (never who complained: the server withholds it, and this page asks
 * for nothing of it) — and the form for the unit's account, sent once.
 */
export function Descargo() {
  const id = useParametro()
  usePageTitle(() => trc('rc.descargo.title'))
  const [descargo] = createResource(id, async (current) => {
    const result = await callApi<DescargoVista>('GET', descargoApi(current))
    return result.ok ? result.body : result.status === 404 ? ('no_existe' as const) : null
  })
  const encontrado = () => {
    const d = descargo()
    return typeof d === 'object' && d !== null ? d : undefined
  }
  return (
    <StaffGate
      capacidad="reclamos.descargar"
      forbidden={trc('rc.descargos.forbidden')}
      title={trc('rc.descargo.title')}
    >
      {() => (
        <>
          <A href={DESCARGOS_PATH} class="back-link">
            {trc('rc.volver.descargos')}
          </A>
          <Switch fallback={<p>{trc('rc.descargos.cargando')}</p>}>
            <Match when={descargo() === 'no_existe'}>
              <h1>{trc('rc.descargo.title')}</h1>
              <p>{trc('rc.descargo.noExiste')}</p>
            </Match>
            <Match when={descargo() === null}>
              <h1>{trc('rc.descargo.title')}</h1>
              <p>{trc('rc.descargos.error')}</p>
            </Match>
            <Match when={encontrado()}>{(d) => <Pedido descargo={d()} />}</Match>
          </Switch>
        </>
      )}
    </StaffGate>
  )
}
