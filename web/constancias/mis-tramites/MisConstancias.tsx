import { A } from '@solidjs/router'
import { createSignal, For, type JSX, Match, onMount, Switch } from 'solid-js'
import { api, dia, paths, type SolicitudView } from '../constancias.tsx'
import type { MisTramitesMessageKey } from './i18n/es.ts'
import { tv } from './i18n/index.ts'

const tag: Record<SolicitudView['estado'], string> = {
  pendiente: 'tag tag--pending',
  validada: 'tag tag--sent',
  rechazada: 'tag tag--rejected',
  vencida: 'tag tag--rejected',
}

const label: Record<SolicitudView['estado'], MisTramitesMessageKey> = {
  pendiente: 'state.pendiente',
  validada: 'state.validada',
  rechazada: 'state.rechazada',
  vencida: 'state.vencida',
}

/**
 * The citizen's election constancias with their state, for "Mis trámites" (`GET /api/mis-tramites`);
 * `fallback` when there are none. Mount it through web/constancias/MisTramites.tsx, which loads it
 * and its words apart from the page.
 */
export function MisConstancias(props: { fallback: JSX.Element }) {
  const [items, setItems] = createSignal<SolicitudView[] | 'loading' | 'failed'>('loading')
  onMount(async () => {
    const answer = await api<{ constanciasVoto: SolicitudView[] }>('GET', '/api/mis-tramites')
    setItems(answer.ok ? answer.body.constanciasVoto : 'failed')
  })
  const list = () => {
    const value = items()
    return Array.isArray(value) ? value : undefined
  }
  return (
    <Switch>
      <Match when={items() === 'loading'}>
        <p>{tv('mine.loading')}</p>
      </Match>
      <Match when={items() === 'failed'}>
        <p>{tv('mine.failed')}</p>
      </Match>
      <Match when={list()?.length === 0}>{props.fallback}</Match>
      <Match when={list()}>
        {(found) => (
          <section aria-labelledby="mis-constancias-voto">
            <h3 id="mis-constancias-voto">{tv('mine.title')}</h3>
            <ul class="entries">
              <For each={found()}>
                {(item) => (
                  <li>
                    <p class="heading-s">
                      <A href={paths.solicitud(item.code)}>{tv('mine.code', { code: item.code })}</A>{' '}
                      <strong class={tag[item.estado]}>{tv(label[item.estado])}</strong>
                    </p>
                    <p class="meta">
                      {item.eleccion.nombre} · {dia(item.eleccion.fecha)} · {item.comunaVotacion}
                    </p>
                  </li>
                )}
              </For>
            </ul>
          </section>
        )}
      </Match>
    </Switch>
  )
}
