import { A } from '@solidjs/router'
import { createSignal, For, Match, onMount, Switch } from 'solid-js'
import type { CifrasMemorial } from '../../../worker/condolencias/cifras.ts'
import { focusOnNavigation, usePageTitle } from '../../components/page.ts'
import { callApi } from '../../forms/api.ts'
import { StaffGate } from '../StaffGate.tsx'
import { CIFRAS_API } from './api.ts'
import { type FcKey, tfc } from './i18n/index.ts'

/** The table's columns, in order: each a figure of the API and its heading. */
const COLUMNAS: [keyof CifrasMemorial, FcKey][] = [
  ['recibidos', 'fc.cifras.recibidos'],
  ['retenidosPorFiltro', 'fc.cifras.retenidosPorFiltro'],
  ['enRevision', 'fc.cifras.enRevision'],
  ['enEspera', 'fc.cifras.enEspera'],
  ['publicados', 'fc.cifras.publicados'],
  ['rechazados', 'fc.cifras.rechazados'],
  ['reportados', 'fc.cifras.reportados'],
  ['reportes', 'fc.cifras.reportes'],
]

/** `/funcionarios/condolencias/cifras` (`condolencias.moderar`): each memorial's messages, counted now. */
export function CifrasCondolencias() {
  usePageTitle(() => tfc('fc.cifras.title'))
  const [items, setItems] = createSignal<CifrasMemorial[] | 'loading' | 'failed'>('loading')
  onMount(async () => {
    const result = await callApi<{ items: CifrasMemorial[] }>('GET', CIFRAS_API)
    setItems(result.ok ? result.body.items : 'failed')
  })
  const lista = () => {
    const value = items()
    return Array.isArray(value) ? value : undefined
  }
  return (
    <StaffGate title={tfc('fc.cifras.title')} capacidad="condolencias.moderar">
      {() => (
        <>
          <A href="/funcionarios" class="back-link">
            {tfc('fc.inicio')}
          </A>
          <h1 tabindex="-1" ref={focusOnNavigation}>
            {tfc('fc.cifras.title')}
          </h1>
          <Switch>
            <Match when={items() === 'loading'}>
              <p role="status">{tfc('fc.cifras.loading')}</p>
            </Match>
            <Match when={items() === 'failed'}>
              <p>{tfc('fc.cifras.failed')}</p>
            </Match>
            <Match when={lista()}>
              {(found) => (
                <section class="fc-cifras" tabindex="0" aria-label={tfc('fc.cifras.caption')}>
                  <table>
                    <caption>{tfc('fc.cifras.caption')}</caption>
                    <thead>
                      <tr>
                        <th scope="col">{tfc('fc.memorial')}</th>
                        <For each={COLUMNAS}>{([, clave]) => <th scope="col">{tfc(clave)}</th>}</For>
                      </tr>
                    </thead>
                    <tbody>
                      <For each={found()}>
                        {(memorial) => (
                          <tr>
                            <th scope="row">{memorial.nombre}</th>
                            <For each={COLUMNAS}>{([campo]) => <td>{memorial[campo]}</td>}</For>
                          </tr>
                        )}
                      </For>
                    </tbody>
                  </table>
                </section>
              )}
            </Match>
          </Switch>
        </>
      )}
    </StaffGate>
  )
}
