import { useNavigate } from '@solidjs/router'
import { createSignal } from 'solid-js'
import type { FieldError } from '../../worker/errors.ts'
import type { PasoDe } from '../components/pasos.tsx'
import { locale } from '../i18n/index.ts'
import { dismiss, type OutboxFile } from '../offline/outbox.ts'
import { submit } from '../offline/outbox-client.ts'
import { rechazo } from './propios.ts'

/**
 * The sending of a multi-page form's last page (web/components/pasos.tsx), its draft's answers
 * reviewed: every page's problems first (answers changed in another tab, or a draft from before:
 * each says where it is corrected), then the page's own, then through the outbox (its
 * Idempotency-Key given once, when queued: sent now or when the network returns, exactly once). A
 * refusal answered at once is shown here and leaves the outbox; sent, the draft goes and the
 * request's page shows its número (`<base>/<numero>?enviado=1`); queued, its waiting page
 * (`<base>/envio/<id>`). The complaint's form and the family reunification's use it.
 *
 * @example
 * const envio = createEnvioPasos({ paso: props.paso, base: '/reclamos', service: SERVICE_ID, url: API_URL,
 *   input: () => inputDe(draft.values()), faltan: () => todosLosProblemas(draft.values(), locale()).map((p) => p.error),
 *   discard: () => draft.discard() })
 * <MarcoDe paso={props.paso} ocupado={envio.sending()} errores={envio.server()} onSubmit={envio.onSubmit}>…
 */
export function createEnvioPasos(options: {
  paso: PasoDe
  /** Where the request's pages live: `/reclamos`. */
  base: string
  service: string
  url: string
  input: () => Record<string, unknown>
  /** Every page's problems on the answers as they stand. */
  faltan: () => FieldError[]
  /** Discards the draft (and its files), once sent or queued. */
  discard: () => Promise<unknown>
  /** Files the submission carries, uploaded first. */
  files?: () => OutboxFile[]
  /** The form's field a refusal's field names (the API's names may differ from the form's). */
  campo?: (field: string) => string
}) {
  const navigate = useNavigate()
  const [sending, setSending] = createSignal(false)
  const [server, setServer] = createSignal<FieldError[]>([])
  const enviar = async () => {
    setServer([])
    options.paso.intentar()
    const faltan = options.faltan()
    if (faltan.length > 0) return setServer(faltan)
    if (options.paso.errors().length > 0) return
    setSending(true)
    try {
      const files = options.files?.() ?? []
      const item = await submit(
        options.service,
        options.url,
        options.input(),
        locale(),
        files.length > 0 ? files : undefined,
      )
      if (item.state === 'rejected') {
        await dismiss(item.id)
        const campo = options.campo ?? ((field: string) => field)
        return setServer(rechazo(item.response?.body, locale()).map((e) => ({ ...e, field: campo(e.field) })))
      }
      await options.discard()
      const numero = (item.response?.body as { numero?: string } | undefined)?.numero
      navigate(
        item.state === 'pending' || !numero
          ? `${options.base}/envio/${item.id}`
          : `${options.base}/${numero}?enviado=1`,
        { replace: true },
      )
    } finally {
      setSending(false)
    }
  }
  return {
    sending,
    /** The server's problems, or every page's found on sending. */
    server,
    /** What the page's own fields show: the server's, then the page's. */
    errores: () => [...server(), ...options.paso.errors()],
    onSubmit: (event: SubmitEvent) => {
      event.preventDefault()
      if (!sending()) void enviar()
    },
  }
}
