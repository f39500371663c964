import { A, useNavigate } from '@solidjs/router'
import { createSignal, Show } from 'solid-js'
import { ErrorSummary } from '../../../components/ErrorSummary.tsx'
import { focusOnNavigation, usePageTitle } from '../../../components/page.ts'
import { t } from '../../../i18n/index.ts'
import type { Draft } from '../../../offline/draft.ts'
import { rutas } from '../comun.ts'
import { nombreTipo } from '../i18n/index.ts'
import { CampoInput } from './Campo.tsx'
import { etiqueta, mensajes } from './palabras.ts'
import { type Campo, respuestasDe, type TipoDefinicion, type Valores } from './respuestas.ts'
import { problemas } from './validar.ts'

/**
 * The page after a question: the next one; when the citizen came to change an answer from check
 * your answers (`cambiar`), the next question still unanswered or wrong (a constancia repeated
 * with «Otra igual» asks its dates so), else check your answers.
 */
export function siguiente(tipo: TipoDefinicion, values: Valores, index: number, cambiar: boolean): string {
  const revisar = rutas.paso(tipo.id, 'revisar')
  if (!cambiar) {
    const next = tipo.campos[index + 1]
    return next ? rutas.paso(tipo.id, next.id) : revisar
  }
  const respuestas = respuestasDe(tipo, values)
  const ahora = new Date()
  const pendiente = tipo.campos
    .slice(index + 1)
    .find((campo) => problemas(tipo, respuestas, ahora, campo.id).length > 0)
  return pendiente ? `${rutas.paso(tipo.id, pendiente.id)}?cambiar=1` : revisar
}

/**
 * `/constancias/<tipo>/<pregunta>`: one question of the type (GOV.UK's one thing per page), its
 * label the page's heading, its answer kept in the draft as it is typed; Continue checks it (the
 * problems show from then on, re-worded with the language) and goes on only when it has none.
 */
export function Pregunta(props: {
  tipo: TipoDefinicion
  campo: Campo
  draft: Draft<Valores>
  cambiar: boolean
}) {
  const navigate = useNavigate()
  const [tried, setTried] = createSignal(0)
  const index = () => props.tipo.campos.indexOf(props.campo)
  const check = () =>
    problemas(props.tipo, respuestasDe(props.tipo, props.draft.values()), new Date(), props.campo.id)
  const errors = () => (tried() > 0 ? mensajes(props.tipo.id, check()) : [])
  const nombre = () => nombreTipo(props.tipo.id)
  usePageTitle(
    () => etiqueta(props.tipo.id, props.campo.id),
    () => errors().length > 0,
  )
  const anterior = () => {
    if (props.cambiar) return rutas.paso(props.tipo.id, 'revisar')
    const previo = props.tipo.campos[index() - 1]
    return previo ? rutas.paso(props.tipo.id, previo.id) : rutas.tipo(props.tipo.id)
  }
  const continuar = (event: SubmitEvent) => {
    event.preventDefault()
    setTried((n) => n + 1)
    if (check().length === 0) navigate(siguiente(props.tipo, props.draft.values(), index(), props.cambiar))
  }
  // The number of the attempt the summary belongs to: it takes focus again on each.
  const attempt = () => (errors().length > 0 ? tried() : undefined)
  return (
    <>
      <A href={anterior()} class="back-link">
        {t('form.back')}
      </A>
      <Show when={attempt()} keyed>
        <ErrorSummary errors={errors()} />
      </Show>
      <form novalidate onSubmit={continuar}>
        <span class="caption">
          {nombre()} · {t('form.step', { n: index() + 1, total: props.tipo.campos.length })}
        </span>
        <CampoInput
          tipo={props.tipo.id}
          campo={props.campo}
          values={props.draft.values()}
          set={(key, value) => props.draft.update(key, value)}
          errors={errors()}
          asHeading
          headingRef={focusOnNavigation}
        />
        <button type="submit" class="button">
          {t('form.continue')}
        </button>
      </form>
      <p class="hint">{t('form.draftNote')}</p>
    </>
  )
}
