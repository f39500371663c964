import { createSignal, Show } from 'solid-js'
import { CorreoInput } from '../../../worker/constancias-voto/schema.ts'
import { CorreoDosVeces } from '../../components/CorreoDosVeces.tsx'
import { FormErrorSummary, SubmitButton } from '../../components/FieldChrome.tsx'
import { callApi } from '../../forms/api.ts'
import { createForm } from '../../forms/form.ts'
import { problemsOf } from '../../forms/problemas.ts'
import { t } from '../../i18n/index.ts'
import { API } from './api.ts'
import { tv } from './i18n/index.ts'

/**
 * The e-mail the signed constancia will go to, checked with the citizen at the counter and
 * corrected there if mistyped, typed twice (seed 3.2's "doble verificación del correo"; decision
 * 0080): `POST /api/funcionarios/constancias-voto/:code/correo`.
 */
export function CorreoDeLaConstancia(props: { code: string; onCorregido: (email: string) => void }) {
  const form = createForm(CorreoInput, { email: '', emailConfirmacion: '' })
  const [abierto, setAbierto] = createSignal(false)
  const [hecho, setHecho] = createSignal<string | undefined>()
  const send = async (values: { email: string; emailConfirmacion: string }) => {
    const result = await callApi<{ code: string; email: string }>(
      'POST',
      `${API}/${encodeURIComponent(props.code)}/correo`,
      values,
    )
    if (!result.ok) return form.fail(problemsOf(result))
    setAbierto(false)
    setHecho(result.body.email)
    props.onCorregido(result.body.email)
  }
  return (
    <>
      <p>{tv('cv.correo.lead')}</p>
      <p class="cv-correo__status" role="status">
        {hecho() ? tv('cv.correo.hecho', { email: hecho() ?? '' }) : ''}
      </p>
      <Show
        when={abierto()}
        fallback={
          <p>
            <button
              type="button"
              class="button button--secondary"
              onClick={() => {
                form.reset()
                setHecho(undefined)
                setAbierto(true)
              }}
            >
              {tv('cv.correo.abrir')}
            </button>
          </p>
        }
      >
        <FormErrorSummary form={form} />
        <h2 class="heading-m">{tv('cv.correo.title')}</h2>
        <form novalidate onSubmit={form.onSubmit(send)}>
          <CorreoDosVeces
            email={form.field('email')}
            confirmacion={form.field('emailConfirmacion')}
            hint={tv('cv.correo.hint')}
          />
          <div class="button-group">
            <SubmitButton form={form} label={tv('cv.correo.submit')} busyLabel={t('form.sending')} />
            <button type="button" class="button button--secondary" onClick={() => setAbierto(false)}>
              {tv('cv.correo.cancel')}
            </button>
          </div>
        </form>
      </Show>
    </>
  )
}
