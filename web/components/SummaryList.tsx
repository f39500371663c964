import { A } from '@solidjs/router'
import { For, Show } from 'solid-js'
import { t } from '../i18n/index.ts'

export interface SummaryRow {
  key: string
  value: string
  /** Where to change this answer; a row without it only shows. */
  href?: string
  /** The value's own class (an answer in the citizen's words, kept as typed: `fc-respuesta`). */
  valueClass?: string
}

/**
 * "Check your answers": each answer with a Change link that names what it changes; without links,
 * plain rows (a document's details, a verification's, what a citizen declared).
 */
export function SummaryList(props: { rows: SummaryRow[] }) {
  return (
    <dl class={props.rows.some((row) => row.href) ? 'summary' : 'summary summary--plain'}>
      <For each={props.rows}>
        {(row) => (
          <div class="summary__row">
            <dt>{row.key}</dt>
            <dd class={row.valueClass}>{row.value}</dd>
            <Show when={row.href}>
              {(href) => (
                <dd class="summary__action">
                  <A href={href()}>
                    {t('form.change')}
                    <span class="visually-hidden"> {row.key.toLowerCase()}</span>
                  </A>
                </dd>
              )}
            </Show>
          </div>
        )}
      </For>
    </dl>
  )
}
