import { A, useNavigate } from '@solidjs/router'
import { onMount, Show } from 'solid-js'
import { focusOnNavigation, usePageTitle } from '../../components/page.ts'
import { paths } from '../comun.ts'
import { ts } from './i18n/index.ts'
import { rechazo } from './resultado.ts'

/**
 * `/permisos/no-emitido`: a registry refused the permit. Final, said plainly with where to turn
 * (the server's words); no form to try again. Reached only from the request itself: the reason
 * is kept nowhere, so a reload goes back to the start.
 */
export function NoEmitido() {
  const navigate = useNavigate()
  usePageTitle(() => ts('refused.title'))
  onMount(() => {
    if (!rechazo()) navigate(paths.inicio, { replace: true })
  })
  return (
    <Show when={rechazo()}>
      {(message) => (
        <>
          <div class="pm-refused" role="alert">
            <h1 tabindex="-1" ref={focusOnNavigation}>
              {ts('refused.title')}
            </h1>
            <p class="pm-refused__message">{message()}</p>
          </div>
          <p>{ts('refused.final')}</p>
          <p>{ts('refused.emergency')}</p>
          <p>
            <A href="/">{ts('refused.home')}</A>
          </p>
        </>
      )}
    </Show>
  )
}
