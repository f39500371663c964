import { A, useNavigate } from '@solidjs/router'
import { createSignal, Show } from 'solid-js'
import { AvisoPrivacidad } from '../../components/AvisoPrivacidad.tsx'
import { ErrorSummary } from '../../components/ErrorSummary.tsx'
import { focusOnNavigation, usePageTitle } from '../../components/page.ts'
import { SummaryList } from '../../components/SummaryList.tsx'
import { locale, t } from '../../i18n/index.ts'
import { catalog, fieldLabel } from '../../i18n/server-catalog.ts'
import { submit } from '../../offline/outbox-client.ts'
import { API, type Ficha, paths } from '../comun.ts'
import { diaLegible } from './Formulario.tsx'
import { draft, inputDe, SERVICE_ID, serverProblems } from './form.ts'
import { ConFicha } from './Gate.tsx'
import { horaFin } from './horario.ts'
import { ts } from './i18n/index.ts'
import { seguir } from './resultado.ts'
import { problemas } from './validar.ts'

function Revision(props: { ficha: Ficha }) {
  const navigate = useNavigate()
  const [sending, setSending] = createSignal(false)
  // A problem of the whole request (the weekly quota used up), in the server's words.
  const [problem, setProblem] = createSignal<string | undefined>()
  usePageTitle(
    () => ts('check.title'),
    () => problem() !== undefined,
  )
  const values = () => draft.values()
  const tipo = () => props.ficha.tipos.find((candidate) => candidate.id === values().tipoId)
  const comuna = () => props.ficha.fases.find((fase) => fase.comunaCut === values().comunaCut)?.comuna ?? ''
  const change = (field: string) => `${paths.form}#${field}`
  const row = (field: string, value: string) => ({
    key: fieldLabel(locale(), field),
    value,
    href: change(field),
  })

  const send = async (event: SubmitEvent) => {
    event.preventDefault()
    if (sending()) return
    setProblem(undefined)
    // Answers changed in another tab, or a draft from before: the form says what is missing.
    if (problemas(values(), tipo(), serverProblems(), locale()).length > 0) return navigate(paths.form)
    setSending(true)
    try {
      const item = await submit(SERVICE_ID, API.permisos, inputDe(values(), tipo()), locale())
      const next = await seguir(item, catalog(locale()).errors.internal)
      if ('go' in next) return navigate(next.go)
      if ('problem' in next) return setProblem(next.problem)
      // Queued: it goes by itself when the network returns; its page follows it.
      await draft.discard()
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
      <Show when={problem()} keyed>
        {(message) => <ErrorSummary errors={[{ field: 'body', message }]} hrefFor={() => undefined} />}
      </Show>
      <span class="caption">{t('service.permisos')}</span>
      <h1 tabindex="-1" ref={focusOnNavigation}>
        {ts('check.title')}
      </h1>
      <Show when={draft.loaded()}>
        <SummaryList
          rows={[
            row('tipoId', tipo()?.nombre ?? ''),
            row('comunaCut', comuna()),
            row('fecha', diaLegible(values().fecha, props.ficha.hoy)),
            {
              ...row('hora', values().hora),
              value: tipo()
                ? ts('check.window', {
                    desde: values().hora,
                    hasta: horaFin(values().hora, tipo()?.duracionMaxMin ?? 0),
                  })
                : values().hora,
            },
            row('destino', values().destino),
            ...(tipo()?.campos ?? []).map((campo) => row(`campos.${campo}`, values()[campo])),
            row('serieCedula', values().serieCedula),
          ]}
        />
      </Show>
      <div class="inset">
        <p>{ts('check.personal')}</p>
      </div>
      <AvisoPrivacidad servicio="permiso" />
      <form novalidate onSubmit={(event) => void send(event)}>
        <button type="submit" class="button" disabled={sending()}>
          {sending() ? ts('check.sending') : ts('check.send')}
        </button>
      </form>
    </>
  )
}

/** `/permisos/revisar`: check your answers, then "Solicitar permiso", online or not. */
export function Revisar() {
  return <ConFicha>{(ficha) => <Revision ficha={ficha} />}</ConFicha>
}
