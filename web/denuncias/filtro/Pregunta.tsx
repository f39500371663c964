import { A, useNavigate } from '@solidjs/router'
import { createSignal, Show } from 'solid-js'
import { ErrorSummary } from '../../components/ErrorSummary.tsx'
import { focusOnNavigation, usePageTitle } from '../../components/page.ts'
import { Radios } from '../../components/Radios.tsx'
import { obligatorio, t } from '../../i18n/index.ts'
import type { FiltroMessageKey } from './i18n/es.ts'
import { tf } from './i18n/index.ts'

/**
 * The screener, one question per page (issue 15, point 1): each "sí" sends the citizen elsewhere —
 * to 133 when someone is in danger, else to the page of where to go instead — and the last "no"
 * to the offence's type. The answers stay in this page's memory only.
 */
const PREGUNTAS: { id: string; hint: boolean; si: string }[] = [
  { id: 'peligro', hint: false, si: '/denuncias/llame-133' },
  { id: 'violencia', hint: true, si: '/denuncias/otro-canal/violencia' },
  { id: 'familia', hint: true, si: '/denuncias/otro-canal/familia' },
  { id: 'nino', hint: true, si: '/denuncias/otro-canal/nino' },
  { id: 'autor', hint: true, si: '/denuncias/otro-canal/autor' },
]
const DESPUES = '/denuncias/tipo'

const [respuestas, setRespuestas] = createSignal<Record<string, string>>({})

/** `/denuncias/<pregunta>`: one question of the screener, yes or no. */
export function Pregunta(props: { id: string }) {
  const navigate = useNavigate()
  const index = () => PREGUNTAS.findIndex((p) => p.id === props.id)
  const pregunta = () => PREGUNTAS[index()] ?? PREGUNTAS[0]
  const texto = () => tf(`pregunta.${pregunta()?.id}` as FiltroMessageKey)
  const [tried, setTried] = createSignal(0)
  const value = () => respuestas()[props.id] ?? ''
  const error = () => (tried() > 0 && value() === '' ? obligatorio(texto()) : undefined)
  usePageTitle(texto, () => error() !== undefined)
  const back = () => (index() > 0 ? `/denuncias/${PREGUNTAS[index() - 1]?.id}` : '/denuncias')
  const next = (event: SubmitEvent) => {
    event.preventDefault()
    setTried((n) => n + 1)
    if (value() === '') return
    const siguiente = PREGUNTAS[index() + 1]
    if (value() === 'si') navigate(pregunta()?.si ?? DESPUES, { replace: true })
    else navigate(siguiente ? `/denuncias/${siguiente.id}` : DESPUES, { replace: true })
  }
  return (
    <>
      <A href={back()} class="back-link" replace>
        {t('form.back')}
      </A>
      <Show when={error() ? tried() : undefined} keyed>
        <ErrorSummary errors={[{ field: props.id, message: obligatorio(texto()) }]} />
      </Show>
      <form novalidate onSubmit={next}>
        <span class="caption">{tf('pregunta.caption', { n: index() + 1, total: PREGUNTAS.length })}</span>
        <Radios
          id={props.id}
          legend={texto()}
          hint={pregunta()?.hint ? tf(`pregunta.${props.id}.hint` as FiltroMessageKey) : undefined}
          error={error()}
          options={[
            { value: 'si', label: tf('pregunta.si') },
            { value: 'no', label: tf('pregunta.no') },
          ]}
          value={value()}
          onChange={(answer) => setRespuestas((all) => ({ ...all, [props.id]: answer }))}
          asHeading
          headingRef={focusOnNavigation}
        />
        <button type="submit" class="button">
          {t('form.continue')}
        </button>
      </form>
    </>
  )
}
