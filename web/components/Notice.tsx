import type { JSX } from 'solid-js'

/** GOV.UK's success notification banner: what just happened, at the top of the page it led to. */
export function Notice(props: { title: string; children: JSX.Element }) {
  return (
    <div class="notice" role="alert" aria-labelledby="notice-title">
      <h2 class="notice__title" id="notice-title">
        {props.title}
      </h2>
      <div class="notice__body">{props.children}</div>
    </div>
  )
}
