import { createSignal } from 'solid-js'
import * as v from 'valibot'
import type { FieldError } from '../../worker/errors.ts'
import { locale } from '../i18n/index.ts'
import { catalog } from '../i18n/server-catalog.ts'
import { dismiss, type OutboxFile, type OutboxItem } from '../offline/outbox.ts'
import { submit } from '../offline/outbox-client.ts'
import { isErrorBody } from './api.ts'
import { validateFields } from './validate.ts'

/** A check-your-answers page's sending: its problems, whether it is sending, its submit handler. */
export interface Review {
  /** The problems to show: the server's, or the schema's on the answers as they stand. */
  errors: () => FieldError[]
  /** Changes on every attempt that found problems: key the error summary on it, so it takes focus. */
  attempt: () => number | undefined
  sending: () => boolean
  onSubmit: (event: SubmitEvent) => void
}

/**
 * The check-your-answers page of a form kept in a draft: "send" checks the answers with the
 * shared schema (the API's own messages, re-worded on a language switch) and sends them through
 * the outbox (its Idempotency-Key; offline it waits on the device). A refusal answered at once is
 * shown there and leaves the outbox; otherwise — sent, or queued — the draft is discarded (the
 * outbox holds the answers now) and `sent` gets the item, for the page that follows it.
 *
 * @example
 * const review = createReview({ schema: CondolenciaInput, input: draft.values, service: SERVICE_ID,
 *   url: API_URL, draft, sent: (item) => navigate(paths.sent(item.id)) })
 * <form novalidate onSubmit={review.onSubmit}>…</form>
 */
export function createReview(options: {
  /** The API's schema: its output is what is sent. */
  schema: v.GenericSchema<unknown, Record<string, unknown>>
  input: () => Record<string, unknown>
  service: string
  url: string
  draft: { discard: () => Promise<void> }
  sent: (item: OutboxItem) => void
  /** Files the submission carries (web/archivos `createArchivos(…).paraEnvio(field)`), uploaded first. */
  files?: () => OutboxFile[]
}): Review {
  const [sending, setSending] = createSignal(false)
  // Local problems are re-worded on a language switch; the server's come worded already.
  const [checked, setChecked] = createSignal(0)
  const [serverErrors, setServerErrors] = createSignal<FieldError[]>([])
  const errors = () =>
    serverErrors().length > 0
      ? serverErrors()
      : checked() > 0
        ? validateFields(options.schema, options.input(), undefined, locale())
        : []
  const send = async () => {
    setServerErrors([])
    const parsed = v.safeParse(options.schema, options.input())
    if (!parsed.success) return setChecked((n) => n + 1)
    setSending(true)
    try {
      const files = options.files?.()
      const lang = locale()
      const item = await submit(
        options.service,
        options.url,
        parsed.output,
        lang,
        files?.length ? files : undefined,
      )
      if (item.state !== 'rejected') {
        await options.draft.discard()
        return options.sent(item)
      }
      // Answered at once: the problem is shown here, so the outbox need not keep it.
      const body = item.response?.body
      const message = isErrorBody(body) ? body.message : catalog(locale()).errors.internal
      setServerErrors(isErrorBody(body) && body.fields ? body.fields : [{ field: 'body', message }])
      setChecked((n) => n + 1)
      await dismiss(item.id)
    } finally {
      setSending(false)
    }
  }
  return {
    errors,
    attempt: () => (errors().length > 0 ? checked() : undefined),
    sending,
    onSubmit: (event) => {
      event.preventDefault()
      if (!sending()) void send()
    },
  }
}
