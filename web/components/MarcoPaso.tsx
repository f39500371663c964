import { A } from '@solidjs/router'
import { type JSX, Show } from 'solid-js'
import type { FieldError } from '../../worker/errors.ts'
import { t } from '../i18n/index.ts'
import { ErrorSummary } from './ErrorSummary.tsx'
import { focusOnNavigation, usePageTitle } from './page.ts'

/**
 * The frame of a page of a form with one question per page (the denuncia's, the complaint's):
 * back, the error summary (taking focus on each attempt), the step, the question as the page's
 * heading (unless the field itself is the heading), the page's fields, its button, and where the
 * answers are kept.
 *
 * @example
 * <MarcoPaso atras="/reclamos/relato" paso="Reclamo · Paso 2 de 9" nota={t('form.draftNote')}
 *   titulo="¿Cuándo ocurrió?" errores={errors()} intento={tried()} onSubmit={continuar}>…</MarcoPaso>
 */
export function MarcoPaso(props: {
  /** The page before; none on a flow's first page. */
  atras?: string
  /** Moves replace the history entry (the denuncias' quick exit then leaves no trace). */
  reemplazar?: boolean
  /** The step: «Paso 2 de 9». */
  paso: string
  /** Where the answers are kept, under the form; none when nothing is kept. */
  nota?: string
  titulo: string
  /** The field is the heading (one question, one field): the frame draws no h1 of its own. */
  campoEsTitulo?: boolean
  boton?: string
  ocupado?: boolean
  errores: FieldError[]
  /** The attempt the problems belong to: the summary takes focus on each. */
  intento: number
  hrefFor?: (field: string) => string | undefined
  onSubmit: (event: SubmitEvent) => void
  children: JSX.Element
}) {
  usePageTitle(
    () => props.titulo,
    () => props.errores.length > 0,
  )
  return (
    <>
      <Show when={props.atras}>
        {(atras) => (
          <A href={atras()} class="back-link" replace={props.reemplazar}>
            {t('form.back')}
          </A>
        )}
      </Show>
      <Show when={props.errores.length > 0 ? props.intento : undefined} keyed>
        <ErrorSummary errors={props.errores} hrefFor={props.hrefFor} />
      </Show>
      <form novalidate onSubmit={(event) => props.onSubmit(event)}>
        <span class="caption">{props.paso}</span>
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
      <Show when={props.nota}>
        <p class="hint">{props.nota}</p>
      </Show>
    </>
  )
}
