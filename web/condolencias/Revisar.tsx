import { A, useNavigate } from '@solidjs/router'
import { Show } from 'solid-js'
import { AvisoPrivacidad } from '../components/AvisoPrivacidad.tsx'
import { ErrorSummary } from '../components/ErrorSummary.tsx'
import { focusOnNavigation, usePageTitle } from '../components/page.ts'
import { SummaryList } from '../components/SummaryList.tsx'
import { createReview } from '../forms/review.ts'
import { t } from '../i18n/index.ts'
import { CondolenciaInput, draft, SERVICE_ID } from './form.ts'
import { tcd } from './i18n/index.ts'
import { API_URL, paths } from './rutas.ts'

export { ready } from './i18n/index.ts'

const questionPage: Record<string, string> = { nombre: paths.nombre, mensaje: paths.mensaje }

/** Check your answers, then send: the submission goes through the outbox, online or not. */
export function Revisar() {
  const navigate = useNavigate()
  const review = createReview({
    schema: CondolenciaInput,
    input: draft.values,
    service: SERVICE_ID,
    url: API_URL,
    draft,
    sent: (item) => navigate(paths.sent(item.id)),
  })
  usePageTitle(
    () => t('form.checkTitle'),
    () => review.errors().length > 0,
  )

  return (
    <>
      <A href={paths.mensaje} class="back-link">
        {t('form.back')}
      </A>
      <Show when={review.attempt()} keyed>
        <ErrorSummary errors={review.errors()} hrefFor={(field) => questionPage[field]} />
      </Show>
      <span class="caption">{t('service.condolencias')}</span>
      <h1 tabindex="-1" ref={focusOnNavigation}>
        {t('form.checkTitle')}
      </h1>
      <Show when={draft.loaded()}>
        <SummaryList
          rows={[
            { key: tcd('cond.check.nombre'), value: draft.values().nombre, href: paths.nombre },
            { key: tcd('cond.check.mensaje'), value: draft.values().mensaje, href: paths.mensaje },
          ]}
        />
      </Show>
      <AvisoPrivacidad servicio="condolencia" />
      <form novalidate onSubmit={review.onSubmit}>
        <button type="submit" class="button" disabled={review.sending()}>
          {review.sending() ? t('form.sending') : t('form.send')}
        </button>
      </form>
    </>
  )
}
