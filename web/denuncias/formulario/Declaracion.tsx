import { useNavigate } from '@solidjs/router'
import { createSignal } from 'solid-js'
import type { DenunciaView } from '../../../worker/denuncias/schema.ts'
import type { FieldError } from '../../../worker/errors.ts'
import { AvisoPrivacidad } from '../../components/AvisoPrivacidad.tsx'
import { Checkbox } from '../../components/Checkbox.tsx'
import { callApi } from '../../forms/api.ts'
import { rechazo } from '../../forms/propios.ts'
import { errorFor } from '../../forms/validate.ts'
import { locale } from '../../i18n/index.ts'
import { dismiss } from '../../offline/outbox.ts'
import { submit } from '../../offline/outbox-client.ts'
import { compartido } from '../dispositivo.ts'
import { label } from './Campos.tsx'
import { evidencia } from './Evidencia.tsx'
import { td } from './i18n/index.ts'
import { Marco, rutaDe, type usePaso } from './marco.tsx'
import { API_URL, draft, inputDe, PASOS, problemas, SERVICE_ID, todosLosProblemas } from './respuestas.ts'

type PasoProps = { paso: ReturnType<typeof usePaso> }

/** What sending gave: the report received, queued on the device, or refused with the server's words. */
type Envio = { numero: string } | { enEspera: string } | { errores: FieldError[] }

/**
 * Through the outbox (offline kit): queued on the device with its Idempotency-Key, sent now or when
 * the network returns, exactly once. Answered at once, the refusal leaves the outbox.
 */
async function porBandeja(input: Record<string, unknown>): Promise<Envio> {
  // The evidence not up yet goes with the item: the outbox uploads it first, then puts the ids in `archivos`.
  const files = evidencia.paraEnvio('archivos')
  const item = await submit(SERVICE_ID, API_URL, input, locale(), files.length > 0 ? files : undefined)
  if (item.state === 'pending') return { enEspera: item.id }
  const body = item.response?.body
  if (item.state === 'sent') return { numero: (body as DenunciaView).numero }
  await dismiss(item.id)
  return { errores: rechazo(body, locale()) }
}

// On a shared device the report is sent directly, never written to the device; one key for all the
// attempts at sending these answers, so a retry after a lost answer is still recorded once.
let clave = crypto.randomUUID()

/** On a shared device: straight to the API (nothing stored), with no network a plain "try again". */
async function directo(input: Record<string, unknown>): Promise<Envio> {
  // Nothing waits on this device: every file must be up already, and the report names them.
  const archivos = evidencia.enServidor()
  if (!archivos) return { errores: [{ field: 'archivos', message: td('declaracion.archivosSubiendo') }] }
  const body = { ...input, archivos }
  const answer = await callApi<DenunciaView>('POST', `${API_URL}?lang=${locale()}`, body, {
    'Idempotency-Key': clave,
  })
  if (answer.ok) {
    clave = crypto.randomUUID()
    return { numero: answer.body.numero }
  }
  if (answer.status === 0) return { errores: [{ field: 'body', message: td('declaracion.sinConexion') }] }
  return { errores: rechazo(answer.error, locale()) }
}

/**
 * `/denuncias/declaracion`: the two declarations (the facts are true — a false report is an
 * offence, art. 211 —, and this fact was not reported before), the privacy notice, and "Enviar
 * denuncia". Sent, the draft goes and the report's own page shows its número.
 */
export function Declaracion(props: PasoProps) {
  const navigate = useNavigate()
  const [sending, setSending] = createSignal(false)
  const [server, setServer] = createSignal<FieldError[]>([])
  const values = () => draft.values()
  const declaracion = PASOS.find((p) => p.id === 'declaracion') ?? { id: 'declaracion', campos: [] }
  const error = (field: string) => errorFor([...server(), ...props.paso.errors()], field)
  const pasoDe = (field: string) =>
    PASOS.find((p) => p.campos.some((c) => field === c || field.startsWith(`${c}.`)))?.id ?? 'revisar'
  const enviar = async (event: SubmitEvent) => {
    event.preventDefault()
    if (sending()) return
    setServer([])
    props.paso.intentar()
    // Answers changed in another tab, or a draft from before: the pages say what is missing.
    const faltan = todosLosProblemas(values(), locale())
    if (faltan.length > 0) return setServer(faltan.map((p) => p.error))
    if (problemas(declaracion, values(), locale()).length > 0) return
    setSending(true)
    try {
      const input = inputDe(values())
      const envio = compartido() ? await directo(input) : await porBandeja(input)
      if ('errores' in envio) return setServer(envio.errores)
      await Promise.all([draft.discard(), evidencia.discard()])
      navigate(
        'enEspera' in envio ? `/denuncias/envio/${envio.enEspera}` : `/denuncias/${envio.numero}?enviada=1`,
        {
          replace: true,
        },
      )
    } finally {
      setSending(false)
    }
  }
  return (
    <Marco
      paso={props.paso}
      titulo={td('declaracion.title')}
      boton={sending() ? td('declaracion.enviando') : td('declaracion.enviar')}
      ocupado={sending()}
      errores={server()}
      hrefFor={(field) =>
        field === 'body'
          ? undefined
          : pasoDe(field) === 'declaracion'
            ? `#${field}`
            : `${rutaDe(pasoDe(field))}#${field}`
      }
      onSubmit={(event) => void enviar(event)}
    >
      <p>{td('declaracion.lead')}</p>
      <Checkbox
        id="veracidad"
        label={label('veracidad')}
        hint={td('declaracion.veracidad.hint')}
        error={error('veracidad')}
        checked={values().veracidad === 'si'}
        onChange={(on) => draft.update('veracidad', on ? 'si' : '')}
      />
      <Checkbox
        id="primeraVez"
        label={label('primeraVez')}
        hint={td('declaracion.primeraVez.hint')}
        error={error('primeraVez')}
        checked={values().primeraVez === 'si'}
        onChange={(on) => draft.update('primeraVez', on ? 'si' : '')}
      />
      <AvisoPrivacidad servicio="denuncia" />
    </Marco>
  )
}
