import { A, useNavigate } from '@solidjs/router'
import { createSignal, For, Show } from 'solid-js'
import { ErrorSummary } from '../../components/ErrorSummary.tsx'
import { focusOnNavigation, usePageTitle } from '../../components/page.ts'
import { sessionEnded } from '../../cuenta/session.ts'
import { callApi } from '../../forms/api.ts'
import { locale, t } from '../../i18n/index.ts'
import { catalog, fieldLabel, format } from '../../i18n/server-catalog.ts'
import { API, type MisDatos, paths, type SupresionHecha } from '../api.ts'
import { ConDatos } from '../ConDatos.tsx'
import { motivo, registroLegible } from '../palabras.ts'
import { setHecha } from './hecha.ts'
import { tsu } from './i18n/index.ts'

/** A record kept, with the sentence saying why and until when. */
export function Conservado(props: { tipo: string; code: string | null; porque: string }) {
  return (
    <li>
      <strong>{registroLegible(props.tipo, props.code)}</strong>. {props.porque}
    </li>
  )
}

/** What the API says of an erasure not confirmed, in its words (`SupresionInput`). */
const sinConfirmar = () =>
  format(catalog(locale()).validation.declaration_required, { field: fieldLabel(locale(), 'confirmar') })

function Formulario(props: { datos: MisDatos }) {
  const navigate = useNavigate()
  // One key for every attempt of this request: a retry after a lost answer is answered, not redone.
  const key = crypto.randomUUID()
  const [confirmado, setConfirmado] = createSignal(false)
  const [problema, setProblema] = createSignal<{ field: string; message: string } | undefined>()
  const [busy, setBusy] = createSignal(false)
  usePageTitle(
    () => tsu('su.title'),
    () => problema() !== undefined,
  )
  const suprimibles = () => props.datos.registros.filter((r) => r.supresion.posible)
  const conservados = () =>
    props.datos.registros.flatMap((r) =>
      r.supresion.posible ? [] : [{ registro: r, porque: motivo(r.supresion.motivo, r.supresion.hasta) }],
    )
  const cuentaSeVa = () => props.datos.registros.some((r) => r.tipo === 'cuenta' && r.supresion.posible)

  const onSubmit = async (event: SubmitEvent) => {
    event.preventDefault()
    if (busy()) return
    if (!confirmado()) return setProblema({ field: 'confirmar', message: sinConfirmar() })
    setProblema(undefined)
    setBusy(true)
    const answer = await callApi<SupresionHecha>(
      'POST',
      API.supresion,
      { confirmar: true },
      { 'Idempotency-Key': key },
    )
    setBusy(false)
    if (!answer.ok) {
      const [field] = answer.error?.fields ?? []
      return setProblema(field ?? { field: 'body', message: answer.error?.message ?? t('form.offline') })
    }
    // The account went too: the server ended the session; this device forgets it as well.
    if (answer.body.cuentaEliminada) return sessionEnded(paths.cuentaEliminada(answer.body.code))
    setHecha(answer.body)
    navigate(paths.supresionHecha)
  }

  return (
    <>
      <Show when={problema()} keyed>
        {(found) => (
          <ErrorSummary
            errors={[found]}
            hrefFor={(field) => (field === 'confirmar' ? '#confirmar' : undefined)}
          />
        )}
      </Show>
      <h1 tabindex="-1" ref={focusOnNavigation}>
        {tsu('su.title')}
      </h1>
      <p class="lead">{tsu('su.lead')}</p>
      <Show when={suprimibles().length > 0} fallback={<p class="inset">{tsu('su.nada')}</p>}>
        <h2>{tsu('su.suprimira.title')}</h2>
        <ul class="md-lista">
          <For each={suprimibles()}>{(r) => <li>{registroLegible(r.tipo, r.code)}</li>}</For>
        </ul>
      </Show>
      <h2>{tsu('su.conservara.title')}</h2>
      <Show when={conservados().length > 0} fallback={<p>{tsu('su.conservara.empty')}</p>}>
        <ul class="md-lista">
          <For each={conservados()}>
            {(kept) => (
              <Conservado tipo={kept.registro.tipo} code={kept.registro.code} porque={kept.porque} />
            )}
          </For>
        </ul>
      </Show>
      <Show when={suprimibles().length > 0}>
        <Show when={cuentaSeVa()}>
          <div class="inset">
            <p>
              <strong>{tsu('su.cuenta')}</strong>
            </p>
          </div>
        </Show>
        <form novalidate onSubmit={(event) => void onSubmit(event)}>
          <div class={problema()?.field === 'confirmar' ? 'form-group form-group--error' : 'form-group'}>
            <fieldset
              class="fieldset"
              aria-describedby={problema()?.field === 'confirmar' ? 'confirmar-error' : undefined}
            >
              <legend class="label">{tsu('su.confirmar.legend')}</legend>
              <Show when={problema()?.field === 'confirmar'}>
                <p id="confirmar-error" class="error-message">
                  {sinConfirmar()}
                </p>
              </Show>
              <div class="checkbox">
                <input
                  class="checkbox__input"
                  type="checkbox"
                  id="confirmar"
                  name="confirmar"
                  checked={confirmado()}
                  onChange={(event) => setConfirmado(event.currentTarget.checked)}
                />
                <label class="checkbox__label" for="confirmar">
                  {fieldLabel(locale(), 'confirmar')}
                </label>
              </div>
            </fieldset>
          </div>
          <button type="submit" class="button button--warning" disabled={busy()}>
            {busy() ? tsu('su.enviando') : tsu('su.enviar')}
          </button>
        </form>
      </Show>
    </>
  )
}

/**
 * `/mis-datos/supresion`: what will be erased and what must be kept, and why (from each record's
 * `supresion`), a confirmation and the button. Online only: the answer is shown at once, and an
 * erasure waiting on a device would surprise its owner later.
 */
export function Supresion() {
  return (
    <>
      <A href={paths.inicio} class="back-link">
        {t('form.back')}
      </A>
      <ConDatos returnTo={paths.supresion} encabezado={tsu('su.title')}>
        {(datos) => <Formulario datos={datos} />}
      </ConDatos>
    </>
  )
}
