import { A, useNavigate } from '@solidjs/router'
import { onMount, Show } from 'solid-js'
import { RETENCION } from '../../../core/retention.ts'
import { AvisoPrivacidad } from '../../components/AvisoPrivacidad.tsx'
import { ErrorSummary } from '../../components/ErrorSummary.tsx'
import { focusOnNavigation, usePageTitle } from '../../components/page.ts'
import { SummaryList } from '../../components/SummaryList.tsx'
import { loadMe } from '../../cuenta/session.ts'
import { createReview } from '../../forms/review.ts'
import { t } from '../../i18n/index.ts'
import { API, paths, SERVICE_ID } from '../api.ts'
import { nombreCampo, registroLegible, valor } from '../palabras.ts'
import { draft, elegido, inputDe, RectificacionInput } from './form.ts'
import { tco } from './i18n/index.ts'

/** Where each answer is changed, for the error summary's links. */
const PREGUNTA: Record<string, string> = {
  registroTipo: paths.correccion,
  registroId: paths.correccion,
  campo: paths.correccion,
  valor: paths.valor,
  explicacion: paths.explicacion,
}

/**
 * `/mis-datos/correccion/revisar`: check the request, read the privacy notice, send it. It goes
 * through the outbox (Idempotency-Key, and offline it waits on the device), like every form.
 */
export function Revisar() {
  const navigate = useNavigate()
  const r = () => draft.values()
  const review = createReview({
    schema: RectificacionInput,
    input: () => inputDe(r()),
    service: SERVICE_ID,
    url: API.rectificacion,
    draft,
    sent: (item) => navigate(paths.enviada(item.id)),
  })
  usePageTitle(
    () => tco('co.check.title'),
    () => review.errors().length > 0,
  )

  onMount(async () => {
    const user = await loadMe()
    if (user === null) return navigate(`/ingresar?returnTo=${encodeURIComponent(paths.revisar)}`)
    // Another citizen's answers on a shared device: never shown to this one.
    if (user && r().titular !== '' && r().titular !== (user.run ?? '')) {
      await draft.discard()
      navigate(paths.correccion, { replace: true })
    }
  })

  return (
    <>
      <A href={paths.explicacion} class="back-link">
        {t('form.back')}
      </A>
      <Show when={review.attempt()} keyed>
        <ErrorSummary errors={review.errors()} hrefFor={(field) => PREGUNTA[field]} />
      </Show>
      <span class="caption">{tco('co.caption')}</span>
      <h1 tabindex="-1" ref={focusOnNavigation}>
        {tco('co.check.title')}
      </h1>
      <Show
        when={elegido(r())}
        fallback={
          <>
            <p>{tco('co.check.missing')}</p>
            <p>
              <A href={paths.correccion}>{tco('co.check.choose')}</A>
            </p>
          </>
        }
      >
        <SummaryList
          rows={[
            {
              key: tco('co.check.registro'),
              value: registroLegible(r().registroTipo, r().registroCode),
              href: paths.correccion,
            },
            { key: tco('co.check.campo'), value: nombreCampo(r().campo), href: paths.correccion },
            { key: tco('co.check.actual'), value: valor(r().campo, r().actual) },
            { key: tco('co.check.valor'), value: r().valor, href: paths.valor },
            {
              key: tco('co.check.explicacion'),
              value: r().explicacion.trim() || tco('co.check.sinExplicacion'),
              href: paths.explicacion,
            },
          ]}
        />
        <p>{tco('co.check.plazo', { dias: RETENCION.respuestaSolicitudDias })}</p>
        <AvisoPrivacidad servicio="rectificacion" />
        <form novalidate onSubmit={review.onSubmit}>
          <button type="submit" class="button" disabled={review.sending()}>
            {review.sending() ? tco('co.check.sending') : tco('co.check.send')}
          </button>
        </form>
      </Show>
    </>
  )
}
