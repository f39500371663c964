import { A, useNavigate } from '@solidjs/router'
import { createSignal, type JSX, Show } from 'solid-js'
import type { FieldError } from '../../../worker/errors.ts'
import { ErrorSummary } from '../../components/ErrorSummary.tsx'
import { focusOnNavigation, usePageTitle } from '../../components/page.ts'
import { locale, t } from '../../i18n/index.ts'
import { tr } from '../i18n/index.ts'
import { draft, PASOS, type PasoForm, problemas } from './respuestas.ts'

/** Where a page of the form lives. */
export const rutaDe = (id: string) => `/reclamos/${id}`

/**
 * One page of the form: its place among the pages, its problems (shown after the first Continue,
 * re-worded with the language), and Continue, which goes on only when they are none.
 *
 * @example
 * const paso = usePaso(PASOS[0])
 */
export function usePaso(paso: PasoForm) {
  const navigate = useNavigate()
  const [tried, setTried] = createSignal(0)
  const index = PASOS.findIndex((p) => p.id === paso.id)
  const errors = (): FieldError[] => (tried() > 0 ? problemas(paso, draft.values(), locale()) : [])
  return {
    errors,
    tried,
    anterior: () => rutaDe(PASOS[index - 1]?.id ?? ''),
    numero: () => index + 1,
    total: () => PASOS.length,
    /** An attempt to go on: the page's problems show from now on. */
    intentar: () => setTried((n) => n + 1),
    continuar: (event: SubmitEvent) => {
      event.preventDefault()
      setTried((n) => n + 1)
      const next = PASOS[index + 1]
      if (next && problemas(paso, draft.values(), locale()).length === 0) navigate(rutaDe(next.id))
    },
  }
}
export type Paso = ReturnType<typeof usePaso>

/**
 * The frame of a page of the form: back, the error summary, the step, its question as the page's
 * heading (unless the field itself is the heading), the page's fields, Continue, and where the
 * answers are kept.
 */
export function Marco(props: {
  paso: Paso
  titulo: string
  campoEsTitulo?: boolean
  boton?: string
  ocupado?: boolean
  errores?: FieldError[]
  hrefFor?: (field: string) => string | undefined
  onSubmit?: (event: SubmitEvent) => void
  children: JSX.Element
}) {
  const errors = () => [...(props.errores ?? []), ...props.paso.errors()]
  usePageTitle(
    () => props.titulo,
    () => errors().length > 0,
  )
  return (
    <>
      <A href={props.paso.anterior()} class="back-link">
        {t('form.back')}
      </A>
      <Show when={errors().length > 0 ? props.paso.tried() : undefined} keyed>
        <ErrorSummary errors={errors()} hrefFor={props.hrefFor} />
      </Show>
      <form novalidate onSubmit={props.onSubmit ?? props.paso.continuar}>
        <span class="caption">{tr('caption', { n: props.paso.numero(), total: props.paso.total() })}</span>
        <Show when={!props.campoEsTitulo}>
          <h1 tabindex="-1" ref={focusOnNavigation}>
            {props.titulo}
          </h1>
        </Show>
        {props.children}
        <button type="submit" class="button" disabled={props.ocupado}>
          {props.boton ?? t('form.continue')}
        </button>
      </form>
      <p class="hint">{t('form.draftNote')}</p>
    </>
  )
}
