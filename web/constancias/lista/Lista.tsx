import { A } from '@solidjs/router'
import { For } from 'solid-js'
import { focusOnNavigation, usePageTitle } from '../../components/page.ts'
import { rutas, TIPOS_ORDEN } from '../certificados/comun.ts'
import type { TiposMessageKey } from '../certificados/i18n/es.ts'
import { nombreTipo, tt } from '../certificados/i18n/index.ts'
import { tv } from './i18n/index.ts'

/**
 * `/constancias`: the election constancia, then the nine constancias issued at once (the most used
 * first), each with what it is for, to its own page.
 */
export function Lista() {
  usePageTitle(() => tv('list.title'))
  return (
    <>
      <h1 tabindex="-1" ref={focusOnNavigation}>
        {tv('list.title')}
      </h1>
      <p class="lead">{tv('list.lead')}</p>
      <ul class="services">
        <li>
          <h2 class="heading-s">
            {/* constancias.tsx's `paths.info`: importing that module would bring the election's screens' helpers. */}
            <A href="/constancias/votacion">{tv('list.voto')}</A>
          </h2>
          <p>{tv('list.voto.desc')}</p>
        </li>
        <For each={TIPOS_ORDEN}>
          {(tipo) => (
            <li>
              <h2 class="heading-s">
                <A href={rutas.tipo(tipo)}>{nombreTipo(tipo)}</A>
              </h2>
              <p>{tt(`${tipo}.desc` as TiposMessageKey)}</p>
            </li>
          )}
        </For>
      </ul>
    </>
  )
}
