import { A } from '@solidjs/router'
import { createSignal, onMount, Show } from 'solid-js'
import { focusOnNavigation, usePageTitle } from '../../components/page.ts'
import { callApi } from '../../forms/api.ts'
import { type Cargada, ListaCargada } from '../ListaCargada.tsx'
import { StaffGate } from '../StaffGate.tsx'
import { ADMIN_API, editarPath, type MemorialAdmin, NUEVO_PATH } from './api.ts'
import { tfc } from './i18n/index.ts'

/** `/funcionarios/condolencias/memoriales` (`memoriales.administrar`): every memorial, published or not. */
export function MemorialesAdmin() {
  usePageTitle(() => tfc('fc.mem.title'))
  const [items, setItems] = createSignal<Cargada<MemorialAdmin>>('loading')
  onMount(async () => {
    const result = await callApi<{ items: MemorialAdmin[] }>('GET', ADMIN_API)
    setItems(result.ok ? result.body.items : 'failed')
  })
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
          <ListaCargada
            items={items()}
            words={{
              loading: tfc('fc.mem.loading'),
              failed: tfc('fc.mem.failed'),
              empty: tfc('fc.mem.empty'),
            }}
            class="memoriales-admin"
          >
            {(memorial) => (
              <>
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
                  <A href={`/condolencias/${encodeURIComponent(memorial.slug)}`}>{tfc('fc.mem.ver')}</A>
                </Show>
              </>
            )}
          </ListaCargada>
        </>
      )}
    </StaffGate>
  )
}
