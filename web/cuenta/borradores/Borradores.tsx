import { A } from '@solidjs/router'
import { createSignal, For, type JSX, Match, onMount, Show, Switch } from 'solid-js'
import type { BorradorListado } from '../../../worker/borradores/service.ts'
import { callApi } from '../../forms/api.ts'
import { formatDate } from '../../i18n/dates.ts'
import { t } from '../../i18n/index.ts'
import { formOfDraft } from '../../services.ts'
import { tb } from './i18n/index.ts'

/** A draft as listed: its form's name and where it is continued (none for a form not built yet). */
function describe(draft: BorradorListado) {
  const form = formOfDraft(draft.formulario)
  return {
    ...draft,
    name: form ? t(form.title) : draft.formulario,
    path: form?.draft?.path ?? form?.path,
  }
}

/**
 * The citizen's drafts on the account (`GET /api/borradores`), the latest saved first: the form,
 * when it was last saved, "Continuar" (its form, where the answers come back) and "Descartar".
 * Mount it through MisBorradores.tsx, which loads it and its words apart from the page.
 */
export function Borradores(props: { fallback: JSX.Element }) {
  const [items, setItems] = createSignal<BorradorListado[] | 'loading' | 'failed'>('loading')
  const [notice, setNotice] = createSignal<{ text: string; error: boolean }>()
  onMount(async () => {
    const answer = await callApi<{ borradores: BorradorListado[] }>('GET', '/api/borradores')
    setItems(answer.ok ? answer.body.borradores : 'failed')
  })
  const list = () => {
    const value = items()
    return Array.isArray(value) ? value.map(describe) : undefined
  }
  const discard = async (draft: ReturnType<typeof describe>) => {
    const answer = await callApi('DELETE', `/api/borradores/${encodeURIComponent(draft.formulario)}`)
    if (!answer.ok) return setNotice({ text: tb('drafts.discardFailed'), error: true })
    setItems((current) =>
      Array.isArray(current) ? current.filter((d) => d.formulario !== draft.formulario) : current,
    )
    setNotice({ text: tb('drafts.discarded', { form: draft.name }), error: false })
  }
  return (
    <>
      <p role="status" class={notice()?.error ? 'error-message' : undefined}>
        {notice()?.text ?? ''}
      </p>
      <Switch>
        <Match when={items() === 'loading'}>
          <p>{tb('drafts.loading')}</p>
        </Match>
        <Match when={items() === 'failed'}>
          <p>{tb('drafts.failed')}</p>
        </Match>
        <Match when={list()?.length === 0}>{props.fallback}</Match>
        <Match when={list()}>
          {(found) => (
            <section aria-labelledby="mis-borradores">
              <h3 id="mis-borradores">{tb('drafts.title')}</h3>
              <ul class="entries">
                <For each={found()}>
                  {(draft) => (
                    <li>
                      <p class="heading-s">{draft.name}</p>
                      <p class="meta">
                        {tb('drafts.saved', { fecha: formatDate(draft.updatedAt, 'America/Santiago') })}
                      </p>
                      <div class="actions">
                        <Show when={draft.path}>
                          {(path) => (
                            <A href={path()} class="button">
                              {tb('drafts.continue')}{' '}
                              <span class="visually-hidden">{tb('drafts.which', { form: draft.name })}</span>
                            </A>
                          )}
                        </Show>
                        <button
                          type="button"
                          class="button button--secondary"
                          onClick={() => void discard(draft)}
                        >
                          {tb('drafts.discard')}{' '}
                          <span class="visually-hidden">{tb('drafts.which', { form: draft.name })}</span>
                        </button>
                      </div>
                    </li>
                  )}
                </For>
              </ul>
            </section>
          )}
        </Match>
      </Switch>
    </>
  )
}
