import { A, useNavigate } from '@solidjs/router'
import { Match, Show, Switch } from 'solid-js'
import { AvisoPrivacidad } from '../components/AvisoPrivacidad.tsx'
import { ErrorSummary } from '../components/ErrorSummary.tsx'
import { focusOnNavigation, usePageTitle } from '../components/page.ts'
import { SummaryList } from '../components/SummaryList.tsx'
import { useCitizenGate } from '../cuenta/gate.ts'
import { createReview } from '../forms/review.ts'
import { t } from '../i18n/index.ts'
import { aEntrada, draft, FelicitacionInput, SERVICE_ID } from './form.ts'
import { tf } from './i18n/index.ts'
import { API_URL, paths } from './rutas.ts'
import { nombreUnidad, useUnidades } from './unidades.ts'

export { ready } from './i18n/index.ts'

const questionPage: Record<string, string> = {
  unidadCode: paths.unidad,
  funcionarioNombre: paths.funcionario,
  funcionarioGrado: paths.funcionario,
  mensaje: paths.mensaje,
  mostrarNombre: paths.nombre,
}

/**
 * Check your answers, then send through the outbox (its key: sent once, also when replayed after
 * the network returns). Signed-in citizens only: nobody signed in goes to sign in and comes back
 * here, the draft kept; with no network the commendation waits on the device for its owner.
 */
export function Revisar() {
  const navigate = useNavigate()
  const gate = useCitizenGate(paths.review)
  useUnidades()
  const review = createReview({
    schema: FelicitacionInput,
    input: () => aEntrada(draft.values()),
    service: SERVICE_ID,
    url: API_URL,
    draft,
    sent: (item) => navigate(paths.sent(item.id)),
  })
  usePageTitle(
    () => t('form.checkTitle'),
    () => review.errors().length > 0,
  )
  const values = () => draft.values()
  const funcionario = () =>
    [values().funcionarioGrado, values().funcionarioNombre].filter((s) => s.trim()).join(' ')
  return (
    <>
      <A href={paths.nombre} class="back-link">
        {t('form.back')}
      </A>
      <Show when={review.attempt()} keyed>
        <ErrorSummary errors={review.errors()} hrefFor={(field) => questionPage[field]} />
      </Show>
      <span class="caption">{tf('fel.title')}</span>
      <h1 tabindex="-1" ref={focusOnNavigation}>
        {t('form.checkTitle')}
      </h1>
      <Show when={draft.loaded()}>
        <SummaryList
          rows={[
            { key: tf('fel.check.unidad'), value: nombreUnidad(values().unidadCode), href: paths.unidad },
            {
              key: tf('fel.check.funcionario'),
              value: values().funcionarioNombre.trim() ? funcionario() : tf('fel.check.toda'),
              href: paths.funcionario,
            },
            { key: tf('fel.check.mensaje'), value: values().mensaje, href: paths.mensaje },
            {
              key: tf('fel.check.nombre'),
              value: values().mostrarNombre === 'si' ? tf('fel.check.nombreSi') : tf('fel.check.nombreNo'),
              href: paths.nombre,
            },
          ]}
        />
      </Show>
      <AvisoPrivacidad servicio="felicitacion" />
      <Switch>
        <Match when={gate().kind === 'staff'}>
          <p>{tf('fel.staff')}</p>
        </Match>
        <Match when={gate().kind !== 'loading'}>
          <form novalidate onSubmit={review.onSubmit}>
            <button type="submit" class="button" disabled={review.sending()}>
              {review.sending() ? t('form.sending') : t('form.send')}
            </button>
          </form>
        </Match>
      </Switch>
    </>
  )
}
