import { Show } from 'solid-js'

/**
 * A fieldset's legend, which asks its question — as the page's h1 when the question is the page's
 * one (GOV.UK's "legend as page heading"): radios, a date.
 *
 * @example
 * <fieldset class="fieldset"><Leyenda text="¿Qué placas?" asHeading headingRef={focusOnNavigation} />…</fieldset>
 */
export function Leyenda(props: {
  text: string
  asHeading?: boolean
  headingRef?: (element: HTMLElement) => void
}) {
  return (
    <Show when={props.asHeading} fallback={<legend class="label">{props.text}</legend>}>
      <legend>
        <h1 class="label-heading" tabindex="-1" ref={(element) => props.headingRef?.(element)}>
          <span class="label">{props.text}</span>
        </h1>
      </legend>
    </Show>
  )
}
