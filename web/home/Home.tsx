import { A } from '@solidjs/router'
import { For, Show } from 'solid-js'
import { focusOnNavigation, usePageTitle } from '../components/page.ts'
import { t } from '../i18n/index.ts'
import { services } from '../services.ts'
import { th } from './i18n/index.ts'

export { ready } from './i18n/index.ts'

/** The home page: every service of the portal; those not built yet say so plainly. */
export function Home() {
  usePageTitle(() => th('home.services'))
  return (
    <>
      <h1 tabindex="-1" ref={focusOnNavigation}>
        {th('home.title')}
      </h1>
      <p class="lead">{th('home.lead')}</p>
      <p class="emergency">{t('app.emergency')}</p>
      {/* The guide «¿No podrá votar?» (web/constancias/no-podre-votar): on an election day the
          portal is where every voter who cannot vote comes first. */}
      <p class="inset">
        <A href="/constancias/votacion/no-podre-votar">{th('home.voto')}</A> {th('home.voto.desc')}
      </p>
      <h2>{th('home.services')}</h2>
      <ul class="services">
        <For each={services}>
          {(service) => (
            <li>
              <h3>
                <Show when={service.path} fallback={t(service.title)}>
                  {(path) => <A href={path()}>{t(service.title)}</A>}
                </Show>
              </h3>
              <p>{th(service.description)}</p>
              <Show when={!service.path}>
                <strong class="tag">{th('home.soon')}</strong>
              </Show>
            </li>
          )}
        </For>
      </ul>
    </>
  )
}
