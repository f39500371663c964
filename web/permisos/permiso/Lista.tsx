import { A } from '@solidjs/router'
import { createSignal, For, type JSX, Match, onMount, Show, Switch } from 'solid-js'
import {
  API,
  callApi,
  estadoAhora,
  guardados,
  guardarTodos,
  horaChile,
  type PermisoView,
  paths,
} from '../comun.ts'
import { ESTADO } from './estado.ts'
import { tq } from './i18n/index.ts'

type Lista =
  | { kind: 'loading' }
  | { kind: 'failed' }
  | { kind: 'ready'; items: PermisoView[]; device: boolean }

/**
 * The citizen's permits for "Mis trámites", with their state and a link to each; `fallback` when
 * there are none. Online, the server's list (`GET /api/mis-tramites`), which the device then keeps
 * for `run` (a RUN ClaveÚnica proved; `null` keeps nothing);
 * with no network (`offline`, or the server unreachable), the permits kept on this device. Mount it
 * through web/permisos/MisTramites.tsx, which loads it and its words apart from the page.
 */
export function MisPermisos(props: { run: string | null; offline: boolean; fallback: JSX.Element }) {
  const [lista, setLista] = createSignal<Lista>({ kind: 'loading' })
  const fromDevice = async () => {
    const items = await guardados()
    setLista(items.length > 0 || props.offline ? { kind: 'ready', items, device: true } : { kind: 'failed' })
  }
  onMount(async () => {
    if (props.offline) return fromDevice()
    const answer = await callApi<{ permisos: PermisoView[] }>('GET', API.misTramites)
    if (!answer.ok) return fromDevice()
    setLista({ kind: 'ready', items: answer.body.permisos, device: false })
    if (props.run) void guardarTodos(props.run, answer.body.permisos)
  })
  const ready = () => {
    const current = lista()
    return current.kind === 'ready' ? current : undefined
  }
  return (
    <Switch>
      <Match when={lista().kind === 'loading'}>
        <p>{tq('mine.loading')}</p>
      </Match>
      <Match when={lista().kind === 'failed'}>
        <p>{tq('mine.failed')}</p>
      </Match>
      <Match when={ready()?.items.length === 0}>{props.fallback}</Match>
      <Match when={ready()}>
        {(found) => (
          <section aria-labelledby="mis-permisos">
            {/* Offline, "Mis trámites" shows only this list, right under its title. */}
            <Show when={props.offline} fallback={<h3 id="mis-permisos">{tq('mine.title')}</h3>}>
              <h2 id="mis-permisos">{tq('mine.title')}</h2>
            </Show>
            <Show when={found().device}>
              <p class="meta">{tq('mine.device')}</p>
            </Show>
            <ul class="entries">
              <For each={found().items}>
                {(item) => {
                  const estado = estadoAhora(item)
                  const [desde, hasta] = [horaChile(item.inicio), horaChile(item.fin)]
                  return (
                    <li>
                      <p class="heading-s">
                        <A href={paths.permiso(item.code)}>
                          {tq('permiso.code')} {item.code}
                        </A>{' '}
                        <strong class={ESTADO[estado].tag}>{tq(ESTADO[estado].label)}</strong>
                      </p>
                      <p class="meta">
                        {tq('mine.item', {
                          tipo: item.tipo.nombre,
                          comuna: item.comuna.nombre,
                          fecha: desde.slice(0, 10),
                          desde: desde.slice(11),
                          hasta: hasta.slice(11),
                        })}
                      </p>
                    </li>
                  )
                }}
              </For>
            </ul>
          </section>
        )}
      </Match>
    </Switch>
  )
}
