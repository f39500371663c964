import { A } from '@solidjs/router'
import { focusOnNavigation, usePageTitle } from '../components/page.ts'
import { t } from '../i18n/index.ts'
import { tf } from './i18n/index.ts'
import { paths } from './rutas.ts'

export { ready } from './i18n/index.ts'

/** The commendation's start page: what happens to it, who sees the citizen's name. */
export function Inicio() {
  usePageTitle(() => tf('fel.title'))
  return (
    <>
      <h1 tabindex="-1" ref={focusOnNavigation}>
        {tf('fel.title')}
      </h1>
      <p class="lead">{tf('fel.lead')}</p>
      <h2>{tf('fel.before')}</h2>
      <ul class="list">
        <li>{tf('fel.beforeSignIn')}</li>
        <li>{tf('fel.beforeName')}</li>
        <li>{tf('fel.beforeOfficer')}</li>
        <li>{tf('fel.beforeOffline')}</li>
      </ul>
      <A href={paths.unidad} class="button-link button--start">
        {t('home.start')}
      </A>
    </>
  )
}
