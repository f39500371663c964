import { A } from '@solidjs/router'
import { For } from 'solid-js'
import { t } from '../i18n/index.ts'

export interface SummaryRow {
  key: string
  value: string
  /** Where to change this answer. */
  href: string
}

/** "Check your answers": each answer with a Change link that names what it changes. */
export function SummaryList(props: { rows: SummaryRow[] }) {
  return (
    <dl class="summary">
      <For each={props.rows}>
        {(row) => (
          <div class="summary__row">
            <dt>{row.key}</dt>
            <dd>{row.value}</dd>
            <dd class="summary__action">
              <A href={row.href}>
                {t('form.change')}
                <span class="visually-hidden"> {row.key.toLowerCase()}</span>
              </A>
            </dd>
          </div>
        )}
      </For>
    </dl>
  )
}
