import { A } from '@solidjs/router'
import { createSignal, For, Match, onMount, Show, Switch } from 'solid-js'
import { focusOnNavigation, usePageTitle } from '../../components/page.ts'
import { callApi } from '../../forms/api.ts'
import { StaffGate } from '../StaffGate.tsx'
import { ADMIN_API, editarPath, type MemorialAdmin, NUEVO_PATH } from './api.ts'
import { tfc } from './i18n/index.ts'

/** `/funcionarios/condolencias/memoriales` (`memoriales.administrar`): every memorial, published or not. */
export function MemorialesAdmin() {
  usePageTitle(() => tfc('fc.mem.title'))
  const [items, setItems] = createSignal<MemorialAdmin[] | 'loading' | 'failed'>('loading')
  onMount(async () => {
    const result = await callApi<{ items: MemorialAdmin[] }>('GET', ADMIN_API)
    setItems(result.ok ? result.body.items : 'failed')
  })
  const lista = () => {
    const value = items()
    return Array.isArray(value) ? value : undefined
  }
  return (
    <StaffGate title={tfc('fc.mem.title')} capacidad="memoriales.administrar">
      {() => (
        <>
          <A href="/funcionarios" class="back-link">
            {tfc('fc.inicio')}
          </A>
          <h1 tabindex="-1" ref={focusOnNavigation}>
            {tfc('fc.mem.title')}
          </h1>
          <A href={NUEVO_PATH} class="button-link">
            {tfc('fc.mem.nuevo')}
          </A>
          <Switch>
            <Match when={items() === 'loading'}>
              <p role="status">{tfc('fc.mem.loading')}</p>
            </Match>
            <Match when={items() === 'failed'}>
              <p>{tfc('fc.mem.failed')}</p>
            </Match>
            <Match when={lista()?.length === 0}>
              <p>{tfc('fc.mem.empty')}</p>
            </Match>
            <Match when={lista()}>
              {(found) => (
                <ul class="memoriales-admin">
                  <For each={found()}>
                    {(memorial) => (
                      <li>
                        <strong>{`${memorial.grado} ${memorial.nombre}`.trim()}</strong>
                        <br />
                        <span class="hint">
                          {memorial.unidad} · {memorial.fecha} ·{' '}
                          {memorial.publicado ? tfc('fc.mem.publicado') : tfc('fc.mem.borrador')}
                        </span>
                        <br />
                        <A href={editarPath(memorial.slug)}>
                          {tfc('fc.mem.editar')}
                          <span class="visually-hidden"> {memorial.nombre}</span>
                        </A>
                        <Show when={memorial.publicado}>
                          {' · '}
                          <A href={`/condolencias/${encodeURIComponent(memorial.slug)}`}>
                            {tfc('fc.mem.ver')}
                          </A>
                        </Show>
                      </li>
                    )}
                  </For>
                </ul>
              )}
            </Match>
          </Switch>
        </>
      )}
    </StaffGate>
  )
}
