import { focusOnNavigation, usePageTitle } from '../components/page.ts'
import { t } from '../i18n/index.ts'

/**
 * The officers' area: a placeholder for now. Everything under web/funcionarios/ is built into
 * assets/staff/ chunks that citizens never download and the service worker does not precache.
 */
export function Funcionarios() {
  usePageTitle(() => t('staff.title'))
  return (
    <>
      <h1 tabindex="-1" ref={focusOnNavigation}>
        {t('staff.title')}
      </h1>
      <p>{t('staff.body')}</p>
    </>
  )
}
