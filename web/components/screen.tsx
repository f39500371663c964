import { useLocation } from '@solidjs/router'
import { type JSX, onMount } from 'solid-js'
import { focusOnNavigation, usePageTitle } from './page.ts'

export { screen } from './lazy.ts'

/*
 * What the screens behind a service's one route (web/constancias, web/permisos) share, in one
 * small chunk: a screen loaded in a chunk of its own with its words (lazy.ts, in the shell), the
 * page of a gate, the focus on arriving at a form. Their call to the API is web/forms/api.ts's
 * `callApi`, in the shell.
 */

/** A page that only says where the citizen stands (why they cannot go on): its heading is its title. */
export function Gate(props: { title: string; children?: JSX.Element }) {
  usePageTitle(() => props.title)
  return (
    <>
      <h1 tabindex="-1" ref={focusOnNavigation}>
        {props.title}
      </h1>
      {props.children}
    </>
  )
}

/**
 * Arriving at a form, once its draft is read and its heading has taken focus (focusOnNavigation):
 * focus goes to the error summary if the server refused the answers, else to the field a "Cambiar"
 * link named (`#email`).
 *
 * @example
 * focusOnArrival(draft.ready, () => serverProblems().length > 0)
 */
export function focusOnArrival(ready: Promise<unknown>, refused: () => boolean): void {
  const location = useLocation()
  onMount(() => {
    void ready.then(() =>
      requestAnimationFrame(() =>
        requestAnimationFrame(() => {
          const id = decodeURIComponent(location.hash.slice(1))
          const target = refused()
            ? document.querySelector<HTMLElement>('.error-summary')
            : id
              ? document.getElementById(id)
              : null
          target?.focus()
          target?.scrollIntoView({ block: 'center' })
        }),
      ),
    )
  })
}
