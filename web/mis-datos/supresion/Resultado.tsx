import { A } from '@solidjs/router'
import { For, Show } from 'solid-js'
import { focusOnNavigation, usePageTitle } from '../../components/page.ts'
import { paths } from '../api.ts'
import { tm } from '../i18n/index.ts'
import { motivo, registroLegible } from '../palabras.ts'
import { hecha } from './hecha.ts'
import { tsu } from './i18n/index.ts'
import { Conservado } from './Supresion.tsx'

/** `/mis-datos/supresion/resultado`: the request's number, what was erased, what is kept and why. */
export function Resultado() {
  usePageTitle(() => (hecha() ? tsu('su.hecha.title') : tsu('su.hecha.sin')))
  return (
    <Show
      when={hecha()}
      fallback={
        <>
          <h1 tabindex="-1" ref={focusOnNavigation}>
            {tsu('su.hecha.sin')}
          </h1>
          <p>
            <A href="/mis-tramites">{tsu('su.hecha.tramites')}</A>
          </p>
        </>
      }
    >
      {(r) => (
        <>
          <div class="panel">
            <h1 tabindex="-1" ref={focusOnNavigation}>
              {tsu('su.hecha.title')}
            </h1>
            <p>{tsu('su.hecha.ref')}</p>
            <p class="panel__ref">{r().code}</p>
          </div>
          <h2>{tsu('su.hecha.suprimidos')}</h2>
          <Show when={r().suprimidos.length > 0} fallback={<p>{tsu('su.hecha.nadaSuprimido')}</p>}>
            <ul class="md-lista">
              <For each={r().suprimidos}>{(s) => <li>{registroLegible(s.tipo, s.code)}</li>}</For>
            </ul>
          </Show>
          <h2>{tsu('su.hecha.conservados')}</h2>
          <Show when={r().conservados.length > 0} fallback={<p>{tsu('su.hecha.nadaConservado')}</p>}>
            <ul class="md-lista">
              <For each={r().conservados}>
                {(c) => <Conservado tipo={c.tipo} code={c.code} porque={motivo(c.motivo, c.hasta)} />}
              </For>
            </ul>
          </Show>
          <p>
            <A href="/mis-tramites">{tsu('su.hecha.tramites')}</A>
          </p>
          <p>
            <A href={paths.inicio}>{tm('md.volver')}</A>
          </p>
        </>
      )}
    </Show>
  )
}
