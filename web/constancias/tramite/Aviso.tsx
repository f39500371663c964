import { A, useNavigate } from '@solidjs/router'
import { createSignal, Show } from 'solid-js'
import type { FieldError } from '../../../worker/errors.ts'
import { ErrorSummary } from '../../components/ErrorSummary.tsx'
import { focusOnNavigation, usePageTitle } from '../../components/page.ts'
import { t } from '../../i18n/index.ts'
import { API, callApi, type Ficha, paths, Warning } from '../constancias.tsx'
import { tv } from './i18n/index.ts'
import { ConFicha, loadFicha } from './Tramite.tsx'

/** The notice itself, and the one way on: accepting it, which the server records. */
function AvisoLegal(props: { ficha: Ficha }) {
  const navigate = useNavigate()
  const [busy, setBusy] = createSignal(false)
  const [problem, setProblem] = createSignal<FieldError[]>([])
  usePageTitle(
    () => tv('aviso.title'),
    () => problem().length > 0,
  )
  const accept = async (event: SubmitEvent) => {
    event.preventDefault()
    if (busy()) return
    if (props.ficha.avisoAceptado) return navigate(paths.form)
    setBusy(true)
    setProblem([])
    const answer = await callApi<{ aceptado: true }>('POST', API.aviso, {
      eleccionId: props.ficha.eleccion.id,
    })
    setBusy(false)
    if (answer.ok) {
      void loadFicha()
      return navigate(paths.form)
    }
    setProblem([{ field: 'body', message: answer.error?.message ?? t('form.offline') }])
  }
  return (
    <>
      <Show when={problem().length > 0 ? problem() : undefined} keyed>
        {(errors) => <ErrorSummary errors={errors} hrefFor={() => undefined} />}
      </Show>
      <span class="caption">{tv('info.title')}</span>
      <h1 tabindex="-1" ref={focusOnNavigation}>
        {tv('aviso.title')}
      </h1>
      <Warning prefix={tv('warning')}>{tv('aviso.warning')}</Warning>
      <p>{tv('aviso.body')}</p>
      <Show when={props.ficha.avisoAceptado}>
        <p>{tv('aviso.accepted')}</p>
      </Show>
      <form novalidate onSubmit={accept}>
        <div class="cv-actions">
          <button type="submit" class="button" disabled={busy()}>
            {busy() ? tv('aviso.accepting') : tv('aviso.accept')}
          </button>
          <A href={paths.info} class="cv-actions__link">
            {tv('aviso.decline')}
          </A>
        </div>
      </form>
    </>
  )
}

/** `/constancias/votacion/aviso`: the mandatory legal notice (art. 210 of the Penal Code). */
export function Aviso() {
  return <ConFicha>{(ficha) => <AvisoLegal ficha={ficha} />}</ConFicha>
}
