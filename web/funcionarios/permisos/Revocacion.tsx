import { createSignal, Show } from 'solid-js'
import * as v from 'valibot'
import { RevocacionInput } from '../../../worker/permisos/schema.ts'
import { TextField } from '../../components/TextField.tsx'
import { callApi } from '../../forms/api.ts'
import { createForm, type Form } from '../../forms/form.ts'
import { problemsOf } from '../../forms/problemas.ts'
import { t } from '../../i18n/index.ts'
import { type PermisoSupervision, SUPERVISOR_API } from './api.ts'
import { tfp } from './i18n/index.ts'

/**
 * The revocation's reason, checked with the API's rule under a name of its own: the API's `motivo`
 * is labelled for the constancia's rejection, and this form's messages must say "revocation"
 * (its label is registered in pages.ts).
 */
const RevocacionForm = v.strictObject({ motivoRevocacion: RevocacionInput.entries.motivo })
export type RevocacionAnswers = { motivoRevocacion: string }

export const revocacionForm = () => createForm(RevocacionForm, { motivoRevocacion: '' })

/** The reason, then a confirmation (a revocation cannot be undone), then the API's answer. */
export function Revocacion(props: {
  permiso: PermisoSupervision
  form: Form<RevocacionAnswers>
  onDone: (permiso: PermisoSupervision) => void
}) {
  const form = () => props.form
  const [confirmando, setConfirmando] = createSignal(false)
  const [busy, setBusy] = createSignal(false)
  const revocar = async () => {
    setBusy(true)
    const code = encodeURIComponent(props.permiso.code)
    const motivo = form().values().motivoRevocacion
    const result = await callApi<PermisoSupervision>('POST', `${SUPERVISOR_API}/${code}/revocar`, { motivo })
    setBusy(false)
    setConfirmando(false)
    if (result.ok) return props.onDone(result.body)
    if (result.status === 409) return form().fail([{ field: 'body', message: tfp('fp.revocar.yaRevocado') }])
    form().fail(
      problemsOf(result).map((problem) =>
        problem.field === 'motivo' ? { ...problem, field: 'motivoRevocacion' } : problem,
      ),
    )
  }
  return (
    <Show
      when={confirmando()}
      fallback={
        <form
          novalidate
          onSubmit={form().onSubmit(async () => {
            setConfirmando(true)
          })}
        >
          <h2 class="heading-m">{tfp('fp.revocar.form')}</h2>
          <TextField
            {...form().field('motivoRevocacion')}
            hint={tfp('fp.revocar.motivo.hint')}
            multiline
            maxLength={500}
          />
          <button type="submit" class="button button--warning">
            {tfp('fp.revocar.continuar')}
          </button>
        </form>
      }
    >
      <section class="fp-confirmar" aria-labelledby="confirmar-title">
        <h2
          id="confirmar-title"
          class="heading-m"
          tabindex="-1"
          ref={(heading) => requestAnimationFrame(() => heading.focus())}
        >
          {tfp('fp.confirmar.title', { code: props.permiso.code })}
        </h2>
        <p>{tfp('fp.confirmar.body', { nombre: props.permiso.nombre })}</p>
        <p class="fp-confirmar__motivo">
          {tfp('fp.confirmar.motivo', { motivo: form().values().motivoRevocacion.trim() })}
        </p>
        <div class="button-group">
          <button
            type="button"
            class="button button--warning"
            disabled={busy()}
            onClick={() => void revocar()}
          >
            {busy() ? t('form.sending') : tfp('fp.confirmar.si')}
          </button>
          <button type="button" class="button button--secondary" onClick={() => setConfirmando(false)}>
            {tfp('fp.confirmar.no')}
          </button>
        </div>
      </section>
    </Show>
  )
}
