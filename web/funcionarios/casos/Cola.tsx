import { A, useLocation, useSearchParams } from '@solidjs/router'
import { createResource, For, type JSX, Match, Show, Switch } from 'solid-js'
import { Notice } from '../../components/Notice.tsx'
import { SummaryList, type SummaryRow } from '../../components/SummaryList.tsx'
import { callApi } from '../../forms/api.ts'
import type { Cola, FilaCola, Hecho } from './api.ts'
import { hechoTexto, type Palabras } from './palabras.tsx'

/** The filters as the page's address carries them (back, reload and a shared link keep them). */
export type Filtros = Record<string, string | undefined>

/**
 * One case of a queue: its number (the way to it), its tags (state, time left) and the facts the
 * service lists; marked past its target by a thick border beside the tag that says so.
 */
export function TarjetaCaso(props: {
  p: Palabras
  fila: FilaCola
  href: string
  etiquetas: JSX.Element
  filas: SummaryRow[]
}) {
  return (
    <li class="card" classList={{ 'cs-card--vencida': props.fila.vencida }}>
      <h2 class="card__title heading-m">
        <A href={props.href}>
          <span class="visually-hidden">{props.p.t('col.numero')} </span>
          {props.fila.numero}
        </A>
      </h2>
      <p>{props.etiquetas}</p>
      <SummaryList rows={props.filas} />
    </li>
  )
}

/**
 * A service's queue for the filters in the address (`claves`, and `desde` for the page), asked
 * again whenever they change: the banner of what was just done, the service's filters' form, its
 * cards, and the next and first pages. The list names no one.
 */
export function ListaCasos(props: {
  p: Palabras
  api: string
  claves: readonly string[]
  filtros?: (actuales: Filtros, ofrecidos: Cola['filtros'] | undefined) => JSX.Element
  tarjeta: (fila: FilaCola) => JSX.Element
}) {
  const p = () => props.p
  const [params] = useSearchParams<Filtros>()
  const location = useLocation<{ hecho?: Hecho }>()
  const filtros = (): Filtros =>
    Object.fromEntries([...props.claves, 'desde'].map((clave) => [clave, params[clave]]))
  const consulta = () => {
    const query = new URLSearchParams()
    for (const [key, value] of Object.entries(filtros())) if (value) query.set(key, value)
    return query.toString()
  }
  const [pagina] = createResource(consulta, async (query) => {
    const result = await callApi<Cola>('GET', query ? `${props.api}?${query}` : props.api)
    return result.ok ? result.body : null
  })
  const siguiente = (desde: string) => {
    const query = new URLSearchParams(consulta())
    query.set('desde', desde)
    return `${location.pathname}?${query.toString()}`
  }
  const primera = () => {
    const query = new URLSearchParams(consulta())
    query.delete('desde')
    const text = query.toString()
    return text ? `${location.pathname}?${text}` : location.pathname
  }
  return (
    <>
      <Show when={location.state?.hecho}>
        {(done) => (
          <Notice title={p().t('hecho.title')}>
            <p>{hechoTexto(p(), done())}</p>
          </Notice>
        )}
      </Show>
      {/* Started again from the address whenever it changes (back, a link, Quitar los filtros). */}
      <Show when={props.filtros && `?${consulta()}`} keyed>
        {props.filtros?.(filtros(), pagina()?.filtros)}
      </Show>
      <Switch fallback={<p>{p().t('cola.cargando')}</p>}>
        <Match when={pagina() === null}>
          <p>{p().t('cola.error')}</p>
        </Match>
        <Match when={pagina()}>
          {(found) => (
            <>
              <Show when={found().casos.length > 0} fallback={<p>{p().t('cola.vacia')}</p>}>
                <ul class="cards">
                  <For each={found().casos}>{(fila) => props.tarjeta(fila)}</For>
                </ul>
              </Show>
              <ul class="cs-paginas">
                <Show when={found().siguiente}>
                  {(desde) => (
                    <li>
                      <A href={siguiente(desde())}>{p().t('cola.siguiente')}</A>
                    </li>
                  )}
                </Show>
                <Show when={filtros().desde}>
                  <li>
                    <A href={primera()}>{p().t('cola.primera')}</A>
                  </li>
                </Show>
              </ul>
            </>
          )}
        </Match>
      </Switch>
    </>
  )
}
