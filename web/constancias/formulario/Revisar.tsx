import { A, useNavigate } from '@solidjs/router'
import { createSignal, onCleanup, Show } from 'solid-js'
import type { FieldError } from '../../../worker/errors.ts'
import { AvisoPrivacidad } from '../../components/AvisoPrivacidad.tsx'
import { ErrorSummary } from '../../components/ErrorSummary.tsx'
import { focusOnNavigation, usePageTitle } from '../../components/page.ts'
import { SummaryList } from '../../components/SummaryList.tsx'
import { locale, t } from '../../i18n/index.ts'
import { catalog, fieldLabel } from '../../i18n/server-catalog.ts'
import { dismiss } from '../../offline/outbox.ts'
import { submit } from '../../offline/outbox-client.ts'
import {
  API,
  dia,
  type Ficha,
  isErrorBody,
  paths,
  remember,
  type SolicitudView,
  Warning,
} from '../constancias.tsx'
import { ConFicha, loadFicha } from '../tramite/Tramite.tsx'
import { loadValidar, problemsOf, registroRows } from './comun.ts'
import { draft, fechaDe, inputDe, SERVICE_ID, serverProblems, setServerProblems } from './form.ts'
import { tv } from './i18n/index.ts'

const FORM_FIELDS = new Set(['fechaNacimiento', 'email', 'emailConfirmacion', 'telefono', 'declaracion'])

function useOnline() {
  const [online, setOnline] = createSignal(navigator.onLine)
  const update = () => setOnline(navigator.onLine)
  window.addEventListener('online', update)
  window.addEventListener('offline', update)
  onCleanup(() => {
    window.removeEventListener('online', update)
    window.removeEventListener('offline', update)
  })
  return online
}

function Revision(props: { ficha: Ficha }) {
  const navigate = useNavigate()
  const online = useOnline()
  const [sending, setSending] = createSignal(false)
  // A refusal of the whole request (the window closed meanwhile), in the server's words.
  const [refusal, setRefusal] = createSignal<FieldError[]>([])
  usePageTitle(
    () => tv('check.title'),
    () => refusal().length > 0,
  )
  const change = (field: string) => `${paths.form}#${field}`
  const values = () => draft.values()

  const send = async (event: SubmitEvent) => {
    event.preventDefault()
    if (sending()) return
    setRefusal([])
    // Answers changed in another tab, or a draft from before: the form says what is missing.
    await loadValidar()
    if (problemsOf(values(), serverProblems()).length > 0) return navigate(paths.form)
    setSending(true)
    try {
      const item = await submit(SERVICE_ID, API.solicitudes, inputDe(values()), locale())
      if (item.state === 'rejected') {
        // Answered at once: the problem is shown here or on the form, the outbox need not keep it.
        const body = item.response?.body
        await dismiss(item.id)
        const fields = isErrorBody(body) ? (body.fields ?? []) : []
        if (fields.length > 0 && fields.every((problem) => FORM_FIELDS.has(problem.field))) {
          setServerProblems(fields)
          return navigate(paths.form)
        }
        const message = isErrorBody(body) ? body.message : catalog(locale()).errors.internal
        setRefusal(fields.length > 0 ? fields : [{ field: 'body', message }])
        // The legal notice, the session or the window: the gate shows what to do next.
        if (isErrorBody(body) && body.code !== 'validation_failed') void loadFicha()
        return
      }
      await draft.discard()
      setServerProblems([])
      if (item.state === 'sent' && item.response) {
        const view = item.response.body as SolicitudView
        remember(view)
        void loadFicha()
        return navigate(paths.solicitud(view.code))
      }
      // Queued: it goes by itself when the network returns; its page follows it.
      navigate(paths.queued(item.id))
    } finally {
      setSending(false)
    }
  }

  return (
    <>
      <A href={paths.form} class="back-link">
        {t('form.back')}
      </A>
      <Show when={refusal().length > 0 ? refusal() : undefined} keyed>
        {(errors) => <ErrorSummary errors={errors} hrefFor={() => undefined} />}
      </Show>
      <span class="caption">{tv('info.title')}</span>
      <h1 tabindex="-1" ref={focusOnNavigation}>
        {tv('check.title')}
      </h1>
      <h2>{tv('check.registry')}</h2>
      <SummaryList rows={registroRows(props.ficha.registro)} />
      <h2>{tv('check.yours')}</h2>
      <Show when={draft.loaded()}>
        <SummaryList
          rows={[
            {
              key: fieldLabel(locale(), 'fechaNacimiento'),
              value: dia(fechaDe(values())),
              href: change('fechaNacimiento'),
            },
            { key: fieldLabel(locale(), 'email'), value: values().email, href: change('email') },
            {
              key: fieldLabel(locale(), 'emailConfirmacion'),
              value: values().emailConfirmacion,
              href: change('emailConfirmacion'),
            },
            { key: fieldLabel(locale(), 'telefono'), value: values().telefono, href: change('telefono') },
            {
              key: tv('check.declaration'),
              value: values().declaracion === 'si' ? fieldLabel(locale(), 'declaracion') : '',
              href: change('declaracion'),
            },
          ]}
        />
      </Show>
      <Warning prefix={tv('warning')}>{tv('check.warning')}</Warning>
      <AvisoPrivacidad servicio="constancia_voto" />
      <Show when={!online()}>
        <p class="cv-inset">{tv('check.offline')}</p>
      </Show>
      <form novalidate onSubmit={send}>
        <button type="submit" class="button" disabled={sending()}>
          {sending() ? tv('check.sending') : tv('check.send')}
        </button>
      </form>
    </>
  )
}

/** `/constancias/votacion/revisar`: check your answers, then "Enviar Solicitud", online or not. */
export function Revisar() {
  return <ConFicha>{(ficha) => <Revision ficha={ficha} />}</ConFicha>
}
