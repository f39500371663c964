import { A } from '@solidjs/router'
import { createSignal, For, Match, onMount, Show, Switch } from 'solid-js'
import { RETENCION } from '../../../core/retention.ts'
import { focusOnNavigation, usePageTitle } from '../../components/page.ts'
import { SummaryList } from '../../components/SummaryList.tsx'
import { callApi } from '../../forms/api.ts'
import { formatDate } from '../../i18n/dates.ts'
import { StaffGate } from '../StaffGate.tsx'
import { API, detallePath, enOrden, type SolicitudCola } from './api.ts'
import { tsd } from './i18n/index.ts'
import { campoLabel, EstadoTags, registroLabel, tipoLabel } from './palabras.tsx'

/** One request of the queue: its number (the way to it), its state, what it is about, its dates. */
function Tarjeta(props: { item: SolicitudCola }) {
  return (
    <li
      class="card"
      classList={{ 'sd-card--vencida': props.item.estado === 'pendiente' && props.item.vencida }}
    >
      <h3 class="card__title">
        <A href={detallePath(props.item.code)}>
          <span class="visually-hidden">{tsd('sd.col.numero')} </span>
          {props.item.code}
        </A>{' '}
        <EstadoTags item={props.item} />
      </h3>
      <SummaryList
        rows={[
          { key: tsd('sd.col.tipo'), value: tipoLabel(props.item.tipo) },
          ...(props.item.campo
            ? [
                {
                  key: tsd('sd.col.dato'),
                  value: `${campoLabel(props.item.campo)} · ${registroLabel(props.item.registroTipo)}`,
                },
              ]
            : []),
          { key: tsd('sd.col.recibida'), value: formatDate(props.item.createdAt) },
          { key: tsd('sd.col.vence'), value: formatDate(props.item.venceAt) },
        ]}
      />
    </li>
  )
}

/** The queue, once the gate let a supervisor in: to answer (overdue first), then answered. */
function Lista() {
  const [items, setItems] = createSignal<SolicitudCola[] | null | undefined>()
  onMount(async () => {
    const result = await callApi<{ items: SolicitudCola[] }>('GET', API)
    setItems(result.ok ? enOrden(result.body.items) : null)
  })
  const pendientes = () => (items() ?? []).filter((item) => item.estado === 'pendiente')
  const respondidas = () => (items() ?? []).filter((item) => item.estado !== 'pendiente')
  return (
    <Switch fallback={<p>{tsd('sd.cola.cargando')}</p>}>
      <Match when={items() === null}>
        <p>{tsd('sd.cola.error')}</p>
      </Match>
      <Match when={items()}>
        <h2 class="heading-m">{tsd('sd.cola.pendientes', { n: pendientes().length })}</h2>
        <Show when={pendientes().length > 0} fallback={<p>{tsd('sd.cola.vacia')}</p>}>
          <ul class="cards">
            <For each={pendientes()}>{(item) => <Tarjeta item={item} />}</For>
          </ul>
        </Show>
        <Show when={respondidas().length > 0}>
          <h2 class="heading-m">{tsd('sd.cola.respondidas')}</h2>
          <ul class="cards">
            <For each={respondidas()}>{(item) => <Tarjeta item={item} />}</For>
          </ul>
        </Show>
      </Match>
    </Switch>
  )
}

/**
 * `/funcionarios/solicitudes-datos`: supervisors' queue of citizens' requests about their data
 * (Ley 21.719), due within the legal term; overdue ones say «Vencida» and come first. The list
 * carries no personal data: opening a request is the read the citizen sees.
 */
export function Cola() {
  usePageTitle(() => tsd('sd.cola.title'))
  return (
    <StaffGate
      capacidad="datos.solicitudes"
      forbidden={tsd('sd.cola.forbidden')}
      title={tsd('sd.cola.title')}
    >
      {() => (
        <>
          <A href="/funcionarios" class="back-link">
            {tsd('sd.back')}
          </A>
          <h1 tabindex="-1" ref={focusOnNavigation}>
            {tsd('sd.cola.title')}
          </h1>
          <p class="lead">{tsd('sd.cola.lead', { dias: RETENCION.respuestaSolicitudDias })}</p>
          <Lista />
        </>
      )}
    </StaffGate>
  )
}
