import { createEffect, onCleanup, Show } from 'solid-js'
import * as v from 'valibot'
import { MAX_TEXTO_CIUDADANO, TextoCiudadano } from '../../worker/casos/campos.ts'
import type { FieldError } from '../../worker/errors.ts'
import { createArchivos } from '../archivos/archivos.ts'
import { FileUpload } from '../archivos/FileUpload.tsx'
import { ErrorSummary } from '../components/ErrorSummary.tsx'
import { TextField } from '../components/TextField.tsx'
import { createForm } from '../forms/form.ts'
import { errorFor } from '../forms/validate.ts'
import { locale, t } from '../i18n/index.ts'
import { fieldLabel } from '../i18n/server-catalog.ts'
import { casoUrl } from './api.ts'
import { CAMPOS } from './campos.ts'
import { type Envio, envioAlCaso } from './enviar.ts'
import { tcaso } from './i18n/index.ts'

/** The file upload's words, in the current language (CasoCiudadano.tsx waits for them). */
export { ready } from '../archivos/FileUpload.tsx'

/** Which of the two: the answer to the question staff asked, or information added unasked. */
export type Modo = keyof typeof CAMPOS

const RUTA = { responder: 'respuestas', agregar: 'informacion' }

/**
 * One form of the case: its text (checked as the API checks it, named as the page labels
 * it), its files through the upload kit (web/archivos, kept on the device under the case until
 * sent), and the error summary at its top naming each field. Sent once however often it is
 * pressed (`envioAlCaso`); what became of it goes to `onEnvio`.
 *
 * @example
 * <Formulario modo="responder" numero="WNDT7C4Z3T" servicio="denuncias" compartido={() => false}
 *   onEnvio={(envio) => console.log(envio.kind)} onErrores={setErrores} />
 */
export function Formulario(props: {
  modo: Modo
  numero: string
  /** The outbox's service id of the case's service (`denuncias`). */
  servicio: string
  compartido: () => boolean
  onEnvio: (envio: Envio) => void
  /** Whether the page shows problems now: its title says so. */
  onErrores: (hay: boolean) => void
}) {
  const campo = CAMPOS[props.modo]
  // The API's checks of `texto`, under the page's name for it.
  const form = createForm(v.strictObject({ [campo]: TextoCiudadano }), { [campo]: '' })
  // One list per case: only one of its forms shows at a time.
  const archivos = createArchivos(`casos-${props.numero}`)
  const enviar = envioAlCaso(
    { servicio: props.servicio, url: `${casoUrl(props.numero)}/${RUTA[props.modo]}` },
    archivos,
    props.compartido,
  )
  createEffect(() => props.onErrores(form.errors().length > 0))
  onCleanup(() => props.onErrores(false))
  // The API names its field `texto`; the page, its own.
  const enLaPagina = (errores: FieldError[]) =>
    errores.map((error) => (error.field === 'texto' ? { ...error, field: campo } : error))
  const titulo = () => (props.modo === 'responder' ? undefined : tcaso('caso.agregar.title'))
  return (
    <section aria-labelledby={titulo() ? `${campo}-title` : undefined} class="caso-formulario">
      <Show when={form.attempt()} keyed>
        <ErrorSummary
          errors={form.errors()}
          hrefFor={(field) => (field === campo || field === 'archivos' ? `#${field}` : undefined)}
        />
      </Show>
      <Show when={titulo()}>
        {(texto) => (
          <>
            <h2 id={`${campo}-title`} class="heading-m">
              {texto()}
            </h2>
            <p class="caso-medida">{tcaso('caso.agregar.lead')}</p>
          </>
        )}
      </Show>
      <form
        novalidate
        onSubmit={form.onSubmit(async (values) => {
          const envio = await enviar(values[campo] ?? '')
          if (envio.kind === 'rechazado') return form.fail(enLaPagina(envio.errores))
          if (envio.kind !== 'conflicto') form.reset()
          props.onEnvio(envio)
        })}
      >
        <TextField
          id={campo}
          label={fieldLabel(locale(), campo)}
          hint={props.modo === 'responder' ? tcaso('caso.responder.hint') : undefined}
          error={form.error(campo)}
          value={form.values()[campo] ?? ''}
          onInput={form.set(campo)}
          multiline
          maxLength={MAX_TEXTO_CIUDADANO}
        />
        <FileUpload
          id="archivos"
          label={tcaso('caso.archivos.label')}
          error={errorFor(form.errors(), 'archivos')}
          archivos={archivos}
        />
        <button type="submit" class="button">
          {form.busy()
            ? t('form.sending')
            : props.modo === 'responder'
              ? tcaso('caso.responder.enviar')
              : tcaso('caso.agregar.enviar')}
        </button>
      </form>
    </section>
  )
}
