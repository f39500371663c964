import { A } from '@solidjs/router'
import { For, Show } from 'solid-js'
import { focusOnNavigation, usePageTitle } from '../../components/page.ts'
import type { FiltroMessageKey } from './i18n/es.ts'
import { tf } from './i18n/index.ts'

/** How many places each case lists (`derivar.<motivo>.<n>`). */
const LUGARES: Record<string, number> = { violencia: 3, familia: 3, nino: 3, autor: 2 }

/**
 * `/denuncias/otro-canal/<motivo>`: a case this service must not take (violence against a person,
 * domestic violence, a child victim, the author there now) — why, and where to go instead.
 */
export function Derivar(props: { motivo: string }) {
  usePageTitle(() => tf('derivar.title'))
  const lugares = () =>
    Array.from({ length: LUGARES[props.motivo] ?? 0 }, (_, i) => `derivar.${props.motivo}.${i + 1}`)
  return (
    <>
      <h1 tabindex="-1" ref={focusOnNavigation}>
        {tf('derivar.title')}
      </h1>
      <p class="lead dn-measure">{tf(`derivar.${props.motivo}` as FiltroMessageKey)}</p>
      <h2>{tf('derivar.donde')}</h2>
      <ul class="dn-list">
        <For each={lugares()}>{(key) => <li>{tf(key as FiltroMessageKey)}</li>}</For>
      </ul>
      {/* Where the list does not already say it. */}
      <Show when={props.motivo === 'familia' || props.motivo === 'nino'}>
        <p class="dn-measure">
          <strong>{tf('derivar.peligro')}</strong>
        </p>
      </Show>
      <p>
        <A href={`/denuncias/${props.motivo}`} replace>
          {tf('derivar.volver')}
        </A>
      </p>
    </>
  )
}

/**
 * `/denuncias/llame-133`: someone is in danger, or it is happening now. Nothing else on the page
 * (but the quick exit above it): the number, large, as a link that dials it.
 */
export function Llame133() {
  usePageTitle(() => tf('llame.title'))
  return (
    <>
      <h1 tabindex="-1" ref={focusOnNavigation}>
        {tf('llame.title')}
      </h1>
      <p class="dn-133">
        <a href="tel:133">133</a>
      </p>
    </>
  )
}
