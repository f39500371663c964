import { Show } from 'solid-js'
import { RespuestaInput } from '../../../worker/privacy/schema.ts'
import { Radios } from '../../components/Radios.tsx'
import { TextField } from '../../components/TextField.tsx'
import { callApi } from '../../forms/api.ts'
import { createForm, type Form } from '../../forms/form.ts'
import { problemsOf } from '../../forms/problemas.ts'
import { t } from '../../i18n/index.ts'
import { responderUrl, type SolicitudDetalle } from './api.ts'
import { tsd } from './i18n/index.ts'

export type RespuestaAnswers = { decision: string; respuesta: string }

/** The answer's form, checked with the API's own schema. */
export const respuestaForm = () => createForm(RespuestaInput, { decision: '', respuesta: '' })

/**
 * Acoger or Rechazar, and the written answer the citizen reads (both required). Sent once; a
 * colleague who answered first makes it a 409, said in words. Problems go to the page's error
 * summary through `form`.
 */
export function Respuesta(props: {
  solicitud: SolicitudDetalle
  form: Form<RespuestaAnswers>
  onDone: (estado: SolicitudDetalle['estado'], texto: string) => void
}) {
  const form = () => props.form
  const send = async (values: RespuestaAnswers) => {
    const body = { decision: values.decision, respuesta: values.respuesta.trim() }
    const result = await callApi<{ code: string; estado: SolicitudDetalle['estado'] }>(
      'POST',
      responderUrl(props.solicitud.code),
      body,
    )
    if (result.ok) return props.onDone(result.body.estado, body.respuesta)
    if (result.status === 409)
      return form().fail([{ field: 'body', message: tsd('sd.responder.yaRespondida') }])
    form().fail(problemsOf(result))
  }
  return (
    <form novalidate onSubmit={form().onSubmit(send)} aria-labelledby="responder-title">
      <h2 id="responder-title" class="heading-m">
        {tsd('sd.responder.title')}
      </h2>
      <Radios
        {...form().field('decision')}
        options={[
          { value: 'acogida', label: tsd('sd.responder.acoger'), hint: tsd('sd.responder.acoger.hint') },
          {
            value: 'rechazada',
            label: tsd('sd.responder.rechazar'),
            hint: tsd('sd.responder.rechazar.hint'),
          },
        ]}
      />
      <TextField
        {...form().field('respuesta')}
        hint={tsd('sd.responder.respuesta.hint')}
        multiline
        maxLength={1000}
      />
      <button type="submit" class="button" disabled={form().busy()}>
        <Show when={form().busy()} fallback={tsd('sd.responder.enviar')}>
          {t('form.sending')}
        </Show>
      </button>
    </form>
  )
}
