import { createSignal, onMount, Show } from 'solid-js'
import { ContactoInput } from '../../../../worker/constancias-voto/schema.ts'
import { CorreoDosVeces } from '../../../components/CorreoDosVeces.tsx'
import { FormErrorSummary, SubmitButton } from '../../../components/FieldChrome.tsx'
import { TextField } from '../../../components/TextField.tsx'
import { createForm } from '../../../forms/form.ts'
import { problemsOf } from '../../../forms/problemas.ts'
import { t } from '../../../i18n/index.ts'
import {
  API,
  ClaveUnicaButton,
  callApi,
  paths,
  type SolicitudView,
  telefonoLegible,
} from '../../constancias.tsx'
import { tc } from './i18n/index.ts'

export { ready } from './i18n/index.ts'

/** Where ClaveÚnica brings the citizen back: the request's page, with the correction open. */
export const volverACorregir = (code: string) => `${paths.solicitud(code)}?corregir=1`

/**
 * The correction of a pending request's e-mail and phone (decision 0080), checked with the
 * request's own schema: the e-mail twice, the phone as the request takes it. The server asks for a
 * ClaveÚnica sign-in of a few minutes ago; without one, the citizen is offered it, and comes back
 * here. Its own chunk: the pending page, the one most citizens see, does not carry the form kit.
 */
export function CorregirContacto(props: {
  view: SolicitudView
  onCorregida: (view: SolicitudView) => void
  onCancel: () => void
}) {
  const form = createForm(ContactoInput, {
    email: props.view.email,
    emailConfirmacion: '',
    telefono: telefonoLegible(props.view.telefono),
  })
  const [reauth, setReauth] = createSignal(false)
  let heading: HTMLHeadingElement | undefined
  onMount(() => heading?.focus())
  const send = async (values: { email: string; emailConfirmacion: string; telefono: string }) => {
    const result = await callApi<SolicitudView>('POST', API.contacto(props.view.code), values)
    if (result.ok) return props.onCorregida(result.body)
    setReauth(result.error?.code === 'reauthentication_required')
    form.fail(problemsOf(result))
  }
  return (
    <section class="cv-contacto" aria-labelledby="contacto-title">
      <FormErrorSummary form={form} />
      <h2 id="contacto-title" tabindex="-1" ref={heading}>
        {tc('contacto.title')}
      </h2>
      <Show when={reauth()}>
        <p>{tc('contacto.reauth')}</p>
        <ClaveUnicaButton returnTo={volverACorregir(props.view.code)} label={tc('contacto.login')} />
      </Show>
      <p>{tc('contacto.intro')}</p>
      <form novalidate onSubmit={form.onSubmit(send)}>
        <CorreoDosVeces
          email={form.field('email')}
          confirmacion={form.field('emailConfirmacion')}
          hint={tc('contacto.emailHint')}
          autocomplete="email"
        />
        <TextField {...form.field('telefono')} type="tel" autocomplete="tel" inputClass="input--20" />
        <div class="button-group">
          <SubmitButton form={form} label={tc('contacto.save')} busyLabel={t('form.sending')} />
          <button type="button" class="button button--secondary" onClick={() => props.onCancel()}>
            {tc('contacto.cancel')}
          </button>
        </div>
      </form>
    </section>
  )
}
