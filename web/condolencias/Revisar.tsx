import { useNavigate } from '@solidjs/router'
import { Show } from 'solid-js'
import { AvisoPrivacidad } from '../components/AvisoPrivacidad.tsx'
import { nombreComuna } from '../components/Comuna.tsx'
import { MarcoPaso } from '../components/MarcoPaso.tsx'
import { SummaryList } from '../components/SummaryList.tsx'
import { createReview } from '../forms/review.ts'
import { t } from '../i18n/index.ts'
import { Acceso } from './Acceso.tsx'
import { aEntrada, CondolenciaInput, draft, iniciales, SERVICE_ID } from './form.ts'
import { tcd } from './i18n/index.ts'
import { API_URL, paths } from './rutas.ts'

export { ready } from './i18n/index.ts'

const paginaDe: Record<string, string> = {
  mensaje: paths.mensaje,
  firma: `${paths.firma}#firma`,
  comuna: `${paths.firma}#comuna`,
}

/** The signature as it will be published (the server makes it from the session: a preview). */
function firma(nombre: string): string {
  const values = draft.values()
  if (values.firma === 'completa') return nombre || tcd('cond.firma.completa')
  if (values.firma === 'iniciales')
    return [iniciales(nombre) || tcd('cond.firma.iniciales'), nombreComuna(values.comuna)]
      .filter(Boolean)
      .join(', ')
  return ''
}

/**
 * Step 3, `/condolencias/revisar`: check your answers, then «Enviar mensaje» through the outbox
 * (its Idempotency-Key given once: sent now or when the network returns, exactly once).
 */
export function Revisar() {
  const navigate = useNavigate()
  const review = createReview({
    schema: CondolenciaInput,
    input: () => aEntrada(draft.values()),
    service: SERVICE_ID,
    url: API_URL,
    draft,
    sent: (item) => navigate(paths.sent(item.id), { replace: true }),
  })
  return (
    <Acceso>
      {(nombre) => (
        <MarcoPaso
          atras={paths.firma}
          paso={`${tcd('cond.form.caption')} · ${t('form.step', { n: 3, total: 3 })}`}
          nota={t('form.draftNote')}
          titulo={t('form.checkTitle')}
          boton={review.sending() ? tcd('cond.enviando') : tcd('cond.enviar')}
          ocupado={review.sending()}
          errores={review.errors()}
          intento={review.attempt() ?? 0}
          hrefFor={(field) => paginaDe[field]}
          onSubmit={review.onSubmit}
        >
          <Show when={draft.loaded()}>
            <SummaryList
              rows={[
                {
                  key: tcd('cond.check.memorial'),
                  value: draft.values().memorialNombre || draft.values().memorial,
                },
                { key: tcd('cond.check.mensaje'), value: draft.values().mensaje, href: paths.mensaje },
                { key: tcd('cond.check.firma'), value: firma(nombre()), href: paths.firma },
              ]}
            />
          </Show>
          <p>{tcd('cond.revisar.aviso')}</p>
          <AvisoPrivacidad servicio="condolencia" />
        </MarcoPaso>
      )}
    </Acceso>
  )
}
