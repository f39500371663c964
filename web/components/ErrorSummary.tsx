import { For, onMount, Show } from 'solid-js'
import type { FieldError } from '../../worker/errors.ts'
import { t } from '../i18n/index.ts'

/**
 * GOV.UK's error summary: at the top of the page, focused when it appears, one link per problem.
 * A link to a field on this page moves focus to it; `hrefFor` can send a field elsewhere (from
 * "check your answers" to the question page), or nowhere (a problem with the whole request).
 */
export function ErrorSummary(props: {
  errors: FieldError[]
  hrefFor?: (field: string) => string | undefined
}) {
  let box: HTMLDivElement | undefined
  onMount(() => box?.focus())
  const follow = (field: string) => (event: MouseEvent) => {
    const target = document.getElementById(field)
    // Not on this page: the link navigates to the question instead.
    if (!target) return
    event.preventDefault()
    target.focus()
    target.closest('.form-group')?.scrollIntoView()
  }
  return (
    <div class="error-summary" role="alert" tabindex="-1" ref={box} aria-labelledby="error-summary-title">
      <h2 id="error-summary-title">{t('form.errorTitle')}</h2>
      <ul>
        <For each={props.errors}>
          {(error) => (
            <li>
              <Show
                when={props.hrefFor ? props.hrefFor(error.field) : `#${error.field}`}
                fallback={error.message}
              >
                {(href) => (
                  <a href={href()} on:click={follow(error.field)}>
                    {error.message}
                  </a>
                )}
              </Show>
            </li>
          )}
        </For>
      </ul>
    </div>
  )
}
