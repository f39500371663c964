import { A } from '@solidjs/router'
import { type Accessor, createSignal, type JSX, Match, onMount, Show, Switch } from 'solid-js'
import { ErrorSummary } from '../../components/ErrorSummary.tsx'
import { focusOnNavigation, usePageTitle } from '../../components/page.ts'
import { callApi } from '../../forms/api.ts'
import type { FormProblems } from '../../forms/form.ts'
import { casoApi, type VistaCaso } from './api.ts'
import type { Palabras } from './palabras.tsx'

/**
 * A case's page once the gate let staff in: the way back, the actions' error summary, the title,
 * and the case fetched once (each fetch is a recorded read, so the page says so) — or why not
 * (none such, or not this staff member's: one answer; no connection). `onCargado` starts the
 * service's actions' form from it; `children` shows it, and may replace it (`set`) after an action
 * that keeps the page.
 */
export function PaginaCaso(props: {
  p: Palabras
  numero: string
  volver: { href: string; label: string }
  form?: FormProblems
  onCargado?: (caso: VistaCaso) => void
  children: (caso: Accessor<VistaCaso>, set: (caso: VistaCaso) => void) => JSX.Element
}) {
  const p = () => props.p
  const [caso, setCaso] = createSignal<VistaCaso | 'no_existe' | null | undefined>()
  usePageTitle(
    () => p().t('caso.title', { numero: props.numero }),
    () => (props.form?.errors().length ?? 0) > 0,
  )
  onMount(async () => {
    const result = await callApi<VistaCaso>('GET', casoApi(props.numero))
    if (result.ok) props.onCargado?.(result.body)
    setCaso(result.ok ? result.body : result.status === 404 ? 'no_existe' : null)
  })
  const found = () => {
    const value = caso()
    return typeof value === 'object' && value !== null ? value : undefined
  }
  return (
    <>
      <A href={props.volver.href} class="back-link">
        {props.volver.label}
      </A>
      <Show when={props.form?.attempt()} keyed>
        <ErrorSummary errors={props.form?.errors() ?? []} hrefFor={props.form?.hrefFor} />
      </Show>
      <h1 tabindex="-1" ref={focusOnNavigation}>
        {p().t('caso.title', { numero: props.numero })}
      </h1>
      <Switch fallback={<p>{p().t('caso.cargando')}</p>}>
        <Match when={caso() === 'no_existe'}>
          <p>{p().t('caso.noExiste', { numero: props.numero })}</p>
        </Match>
        <Match when={caso() === null}>
          <p>{p().t('caso.error')}</p>
        </Match>
        <Match when={found()}>{(c) => props.children(c, setCaso)}</Match>
      </Switch>
    </>
  )
}

/**
 * Minutes left to the case's target (negative: late), as the queue computes them.
 *
 * @example
 * restante({ venceAt: null }) // null
 */
export const restante = (caso: Pick<VistaCaso, 'venceAt'>) =>
  caso.venceAt ? Math.floor((Date.parse(caso.venceAt) - Date.now()) / 60_000) : null
