import { A } from '@solidjs/router'
import { t } from '../i18n/index.ts'
import { focusOnNavigation, usePageTitle } from './page.ts'

export function NotFound() {
  usePageTitle(() => t('notFound.title'))
  return (
    <>
      <h1 tabindex="-1" ref={focusOnNavigation}>
        {t('notFound.title')}
      </h1>
      <p>{t('notFound.body')}</p>
      <p>
        <A href="/">{t('app.home')}</A>
      </p>
    </>
  )
}
