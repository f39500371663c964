import { A, useSearchParams } from '@solidjs/router'
import { Show } from 'solid-js'
import { focusOnNavigation, usePageTitle } from '../../components/page.ts'
import { tsu } from './i18n/index.ts'

/**
 * `/mis-datos/cuenta-eliminada?solicitud=<code>`: where an erasure that took the account with it
 * ends, signed out (a full load: nothing of the person stays in the page's memory).
 */
export function CuentaEliminada() {
  const [params] = useSearchParams<{ solicitud?: string }>()
  usePageTitle(() => tsu('su.eliminada.title'))
  return (
    <>
      <div class="panel">
        <h1 tabindex="-1" ref={focusOnNavigation}>
          {tsu('su.eliminada.title')}
        </h1>
        <p>{tsu('su.eliminada.body')}</p>
        <Show when={params.solicitud}>
          {(code) => (
            <p>
              {tsu('su.eliminada.ref')} <strong>{code()}</strong>
            </p>
          )}
        </Show>
      </div>
      <p>
        <A href="/">{tsu('su.eliminada.inicio')}</A>
      </p>
    </>
  )
}
