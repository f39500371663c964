import { A, useNavigate } from '@solidjs/router'
import { createSignal, Show } from 'solid-js'
import { formatCivilDate } from '../../../../core/time.ts'
import type { FieldError } from '../../../../worker/errors.ts'
import { AvisoPrivacidad } from '../../../components/AvisoPrivacidad.tsx'
import { Checkbox } from '../../../components/Checkbox.tsx'
import { nombreComuna } from '../../../components/Comuna.tsx'
import { ErrorSummary } from '../../../components/ErrorSummary.tsx'
import { focusOnNavigation, usePageTitle } from '../../../components/page.ts'
import { SummaryList, type SummaryRow } from '../../../components/SummaryList.tsx'
import { TextField } from '../../../components/TextField.tsx'
import { isErrorBody } from '../../../forms/api.ts'
import { errorFor } from '../../../forms/validate.ts'
import { locale, t } from '../../../i18n/index.ts'
import { catalog } from '../../../i18n/server-catalog.ts'
import type { Draft } from '../../../offline/draft.ts'
import { dismiss } from '../../../offline/outbox.ts'
import { submit } from '../../../offline/outbox-client.ts'
import { API, esEmitido, type Respuesta, rutas } from '../comun.ts'
import { nombreTipo } from '../i18n/index.ts'
import { tf } from './i18n/index.ts'
import { etiqueta, mensajes, opcion } from './palabras.ts'
import { type Campo, respuestasDe, type TipoDefinicion, type Valores } from './respuestas.ts'
import { ciudadano } from './Sesion.tsx'
import { problemas } from './validar.ts'

/** The outbox's service id (/envios lists these under "Constancias"). */
export const SERVICE_ID = 'certificados'

/** A calendar date or a month as Chileans write it: `07-03-2026`, `03-2026`, `07-03-2026 21:30`. */
function fechaLegible(value: string): string {
  const [fecha = '', hora] = value.split('T')
  const text = formatCivilDate(fecha)
  return hora ? `${text} ${hora}` : text
}

/**
 * An answer as check your answers shows it: a comuna by its name, an option by its words, a date
 * as Chileans write it, pesos grouped, each lost document with its number.
 *
 * @example
 * mostrar('extravio_celular', { id: 'compania', tipo: 'opcion', opciones: [...] }, 'entel') // 'Entel'
 */
export function mostrar(tipo: string, campo: Campo, value: Respuesta | undefined): string {
  if (value === undefined || value === '') return '—'
  if (Array.isArray(value))
    return value
      .map((item) =>
        Object.entries(item)
          .filter(([, text]) => text !== '')
          .map(([id, text]) => {
            const sub =
              campo.tipo === 'lista' ? campo.campos.find((candidate) => candidate.id === id) : undefined
            return sub ? mostrar(tipo, sub, text) : text
          })
          .join(', '),
      )
      .join('; ')
  switch (campo.tipo) {
    case 'comuna':
      return nombreComuna(value)
    case 'opcion':
      return opcion(campo.id, value)
    case 'fecha':
    case 'fecha_hora':
    case 'mes':
      return fechaLegible(value)
    case 'monto':
      return /^\d+$/.test(value) ? `$ ${Number(value).toLocaleString('es-CL')}` : value
    default:
      return value
  }
}

/**
 * `/constancias/<tipo>/revisar`: check your answers (each with its Cambiar), the declaration (true,
 * or the art. 210 offence) and «Emitir constancia» — through the outbox with its Idempotency-Key:
 * issued at once, or kept on the device and issued once when the network returns. A refusal
 * answered at once is shown here, each problem linked to its question.
 */
export function Revisar(props: { tipo: TipoDefinicion; draft: Draft<Valores> }) {
  const navigate = useNavigate()
  const [declara, setDeclara] = createSignal(false)
  const [tried, setTried] = createSignal(0)
  const [sending, setSending] = createSignal(false)
  const [server, setServer] = createSignal<FieldError[]>([])
  // A ClaveÚnica account has no e-mail address: where to send the constancia, if the citizen wants.
  const [email, setEmail] = createSignal('')
  const sinCorreo = () => ciudadano()?.email === null
  const respuestas = () => respuestasDe(props.tipo, props.draft.values())
  const propios = (): FieldError[] => {
    if (tried() === 0) return []
    // The address too, when one is given: the API's schema checks it with the answers.
    const correo = email().trim() || undefined
    const found = mensajes(props.tipo.id, problemas(props.tipo, respuestas(), new Date(), undefined, correo))
    return declara()
      ? found
      : [
          ...found,
          { field: 'declaracion', message: tf('error.declaracion', { field: tf('declaracion.label') }) },
        ]
  }
  const errors = () => (server().length > 0 ? server() : propios())
  const nombre = () => nombreTipo(props.tipo.id)
  usePageTitle(
    () => tf('revisar.title'),
    () => errors().length > 0,
  )
  const cambiar = (campo: string) => `${rutas.paso(props.tipo.id, campo)}?cambiar=1`
  /** Where a problem is corrected: its question's page, the declaration here, the whole request nowhere. */
  const hrefFor = (field: string) => {
    const [prefix, id] = field.split('.')
    if (prefix === 'respuestas' && id) return cambiar(id)
    return field === 'declaracion' || field === 'email' ? `#${field}` : undefined
  }
  const rows = (): SummaryRow[] => {
    const me = ciudadano()
    const titular: SummaryRow[] =
      me?.run != null
        ? [
            {
              key: tf('revisar.titular'),
              value: tf(me.runProof === 'claveunica' ? 'revisar.claveunica' : 'revisar.cuenta', {
                name: me.name,
                run: me.run,
              }),
            },
          ]
        : []
    return [
      ...titular,
      ...props.tipo.campos.map((campo) => ({
        key: etiqueta(props.tipo.id, campo.id),
        value: mostrar(props.tipo.id, campo, respuestas()[campo.id]),
        href: cambiar(campo.id),
      })),
    ]
  }
  const emitir = async (event: SubmitEvent) => {
    event.preventDefault()
    if (sending()) return
    setServer([])
    setTried((n) => n + 1)
    if (propios().length > 0) return
    setSending(true)
    try {
      const correo = email().trim()
      const body = {
        tipo: props.tipo.id,
        respuestas: respuestas(),
        declaracion: true,
        ...(correo ? { email: correo } : {}),
      }
      const item = await submit(SERVICE_ID, API.certificados, body, locale())
      if (item.state === 'rejected') {
        // Answered at once: shown here, so the outbox need not keep it.
        const answer = item.response?.body
        await dismiss(item.id)
        return setServer(
          isErrorBody(answer)
            ? (answer.fields ?? [{ field: 'body', message: answer.message }])
            : [{ field: 'body', message: catalog(locale()).errors.internal }],
        )
      }
      await props.draft.discard()
      const emitido = item.state === 'sent' ? item.response?.body : undefined
      // E-mailed to the address given, or the account's.
      const enviada = correo !== '' || Boolean(ciudadano()?.email)
      navigate(esEmitido(emitido) ? rutas.recienEmitida(emitido.codigo, enviada) : rutas.envio(item.id), {
        replace: true,
      })
    } finally {
      setSending(false)
    }
  }
  return (
    <>
      <A href={rutas.paso(props.tipo.id, props.tipo.campos.at(-1)?.id ?? '')} class="back-link">
        {t('form.back')}
      </A>
      <Show when={errors().length > 0 ? tried() : undefined} keyed>
        <ErrorSummary errors={errors()} hrefFor={hrefFor} />
      </Show>
      <span class="caption">{nombre()}</span>
      <h1 tabindex="-1" ref={focusOnNavigation}>
        {tf('revisar.title')}
      </h1>
      <SummaryList rows={rows()} />
      <form novalidate onSubmit={(event) => void emitir(event)}>
        <Show when={sinCorreo()}>
          <TextField
            id="email"
            label={tf('correo.label')}
            hint={tf('correo.hint')}
            error={errorFor(errors(), 'email')}
            value={email()}
            onInput={setEmail}
            type="email"
            autocomplete="email"
            inputClass="input--30"
          />
        </Show>
        <h2>{tf('declaracion.title')}</h2>
        <p class="ct-measure">{tf('declaracion.lead')}</p>
        <Checkbox
          id="declaracion"
          label={tf('declaracion.label')}
          hint={tf('declaracion.hint')}
          error={errorFor(errors(), 'declaracion')}
          checked={declara()}
          onChange={setDeclara}
        />
        <AvisoPrivacidad servicio="certificado" />
        <button type="submit" class="button" disabled={sending()}>
          {sending() ? tf('emitiendo') : tf('emitir')}
        </button>
      </form>
    </>
  )
}
