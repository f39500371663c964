import { createSignal, Show } from 'solid-js'
import type { FieldError } from '../../../worker/errors.ts'
import { COMENTARIO_MAX, MOTIVO_REAPERTURA } from '../../../worker/reclamos/schema.ts'
import { ErrorSummary } from '../../components/ErrorSummary.tsx'
import { Radios } from '../../components/Radios.tsx'
import { TextField } from '../../components/TextField.tsx'
import { callApi, isErrorBody } from '../../forms/api.ts'
import { errorFor } from '../../forms/validate.ts'
import { formatDay } from '../../i18n/dates.ts'
import { locale, obligatorio } from '../../i18n/index.ts'
import { tr } from '../i18n/index.ts'
import { type ReclamoCiudadano, reclamoUrl } from './vista.ts'

/**
 * One small form of the complaint's page, sent straight to the API with one Idempotency-Key for
 * all its retries (a lost answer then records it once); the view it answers with replaces the
 * page's. Its problems are the page's own checks first, then the server's words.
 */
function useEnvio(numero: string, ruta: string, onVista: (vista: ReclamoCiudadano) => void) {
  const [errores, setErrores] = createSignal<FieldError[]>([])
  const [ocupado, setOcupado] = createSignal(false)
  let clave = crypto.randomUUID()
  const enviar = async (body: Record<string, unknown>, propios: FieldError[]) => {
    setErrores(propios)
    if (propios.length > 0 || ocupado()) return
    setOcupado(true)
    try {
      const answer = await callApi<ReclamoCiudadano>(
        'POST',
        `${reclamoUrl(numero)}/${ruta}?lang=${locale()}`,
        body,
        {
          'Idempotency-Key': clave,
        },
      )
      if (answer.ok) {
        clave = crypto.randomUUID()
        return onVista(answer.body)
      }
      const error = answer.error
      setErrores(
        isErrorBody(error)
          ? (error.fields ?? [{ field: 'body', message: error.message }])
          : [{ field: 'body', message: tr('enviar.error') }],
      )
    } finally {
      setOcupado(false)
    }
  }
  return { errores, ocupado, enviar }
}

/** «¿La respuesta le dejó satisfecho?»: yes or no, and a comment (optional), once per answer. */
export function Valorar(props: { vista: ReclamoCiudadano; onVista: (vista: ReclamoCiudadano) => void }) {
  const [valor, setValor] = createSignal('')
  const [comentario, setComentario] = createSignal('')
  const envio = useEnvio(props.vista.numero, 'satisfaccion', props.onVista)
  const onSubmit = (event: SubmitEvent) => {
    event.preventDefault()
    const propios = valor() === '' ? [{ field: 'satisfecho', message: obligatorio(tr('valorar.title')) }] : []
    const texto = comentario().trim()
    void envio.enviar({ satisfecho: valor() === 'si', ...(texto ? { comentario: texto } : {}) }, propios)
  }
  return (
    <section class="rc-seccion">
      <Show when={envio.errores().length > 0}>
        <ErrorSummary errors={envio.errores()} />
      </Show>
      <form novalidate onSubmit={onSubmit}>
        <Radios
          id="satisfecho"
          legend={tr('valorar.title')}
          error={errorFor(envio.errores(), 'satisfecho')}
          options={[
            { value: 'si', label: tr('valorar.si') },
            { value: 'no', label: tr('valorar.no') },
          ]}
          value={valor()}
          onChange={setValor}
        />
        <TextField
          id="comentario"
          label={tr('valorar.comentario')}
          error={errorFor(envio.errores(), 'comentario')}
          value={comentario()}
          onInput={setComentario}
          multiline
          maxLength={COMENTARIO_MAX}
        />
        <button type="submit" class="button" disabled={envio.ocupado()}>
          {tr('valorar.enviar')}
        </button>
      </form>
    </section>
  )
}

/** «Reabrir el reclamo»: once, within 30 days of the answer or derivation, saying why. */
export function Reabrir(props: { vista: ReclamoCiudadano; onVista: (vista: ReclamoCiudadano) => void }) {
  const [motivo, setMotivo] = createSignal('')
  const envio = useEnvio(props.vista.numero, 'reabrir', props.onVista)
  const onSubmit = (event: SubmitEvent) => {
    event.preventDefault()
    const texto = motivo().trim()
    const propios =
      texto.length < MOTIVO_REAPERTURA.min ? [{ field: 'motivo', message: tr('reabrir.requerido') }] : []
    void envio.enviar({ motivo: texto }, propios)
  }
  return (
    <section class="rc-seccion" aria-labelledby="reabrir-title">
      <h2 id="reabrir-title">{tr('reabrir.title')}</h2>
      <Show when={props.vista.reabrirHasta}>
        {(hasta) => <p>{tr('reabrir.lead', { fecha: formatDay(hasta(), 'America/Santiago') })}</p>}
      </Show>
      <Show when={envio.errores().length > 0}>
        <ErrorSummary errors={envio.errores()} />
      </Show>
      <form novalidate onSubmit={onSubmit}>
        <TextField
          id="motivo"
          label={tr('reabrir.motivo')}
          hint={tr('reabrir.motivo.hint')}
          error={errorFor(envio.errores(), 'motivo')}
          value={motivo()}
          onInput={setMotivo}
          multiline
          maxLength={MOTIVO_REAPERTURA.max}
        />
        <button type="submit" class="button button--secondary" disabled={envio.ocupado()}>
          {tr('reabrir.enviar')}
        </button>
      </form>
    </section>
  )
}
