import { A, useNavigate } from '@solidjs/router'
import { createSignal, Show } from 'solid-js'
import * as v from 'valibot'
import type { ErrorBody, FieldError } from '../../worker/errors.ts'
import { ErrorSummary } from '../components/ErrorSummary.tsx'
import { focusOnNavigation, usePageTitle } from '../components/page.ts'
import { SummaryList } from '../components/SummaryList.tsx'
import { validateFields } from '../forms/validate.ts'
import { locale, t } from '../i18n/index.ts'
import { catalog } from '../i18n/server-catalog.ts'
import { dismiss } from '../offline/outbox.ts'
import { submit } from '../offline/outbox-client.ts'
import { API_URL, CondolenciaInput, draft, paths, SERVICE_ID } from './form.ts'
import { tcd } from './i18n/index.ts'

export { ready } from './i18n/index.ts'

const questionPage: Record<string, string> = { nombre: paths.nombre, mensaje: paths.mensaje }

function isErrorBody(value: unknown): value is ErrorBody {
  return typeof value === 'object' && value !== null && 'message' in value && 'code' in value
}

/** Check your answers, then send: the submission goes through the outbox, online or not. */
export function Revisar() {
  const navigate = useNavigate()
  const [sending, setSending] = createSignal(false)
  // Local problems are re-worded on a language switch; the server's come worded already.
  const [checked, setChecked] = createSignal(0)
  const [serverErrors, setServerErrors] = createSignal<FieldError[]>([])
  const errors = () =>
    serverErrors().length > 0
      ? serverErrors()
      : checked() > 0
        ? validateFields(CondolenciaInput, draft.values(), undefined, locale())
        : []
  usePageTitle(
    () => t('form.checkTitle'),
    () => errors().length > 0,
  )

  const send = async (event: SubmitEvent) => {
    event.preventDefault()
    if (sending()) return
    setServerErrors([])
    const parsed = v.safeParse(CondolenciaInput, draft.values())
    if (!parsed.success) return setChecked((n) => n + 1)
    setSending(true)
    try {
      const item = await submit(SERVICE_ID, API_URL, parsed.output, locale())
      if (item.state === 'rejected') {
        // Answered at once: the problem is shown here, so the outbox need not keep it.
        const body = item.response?.body
        const message = isErrorBody(body) ? body.message : catalog(locale()).errors.internal
        setServerErrors(isErrorBody(body) && body.fields ? body.fields : [{ field: 'body', message }])
        setChecked((n) => n + 1)
        await dismiss(item.id)
        return
      }
      // Sent, or safely queued: the outbox now holds the answers.
      await draft.discard()
      navigate(paths.sent(item.id))
    } finally {
      setSending(false)
    }
  }

  return (
    <>
      <A href={paths.mensaje} class="back-link">
        {t('form.back')}
      </A>
      <Show when={errors().length > 0 ? checked() : undefined} keyed>
        <ErrorSummary errors={errors()} hrefFor={(field) => questionPage[field]} />
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
      <form novalidate onSubmit={send}>
        <button type="submit" class="button" disabled={sending()}>
          {sending() ? t('form.sending') : t('form.send')}
        </button>
      </form>
    </>
  )
}
