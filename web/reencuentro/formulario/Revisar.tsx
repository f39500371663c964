import { useNavigate } from '@solidjs/router'
import { createSignal } from 'solid-js'
import type { FieldError } from '../../../worker/errors.ts'
import { Checkbox } from '../../components/Checkbox.tsx'
import { nombreComuna } from '../../components/Comuna.tsx'
import { MarcoDe, type PasoDe } from '../../components/pasos.tsx'
import { SummaryList, type SummaryRow } from '../../components/SummaryList.tsx'
import { rechazo } from '../../forms/propios.ts'
import { errorFor } from '../../forms/validate.ts'
import { locale } from '../../i18n/index.ts'
import { dismiss } from '../../offline/outbox.ts'
import { submit } from '../../offline/outbox-client.ts'
import { tre } from '../i18n/index.ts'
import { rutaDe } from './marco.ts'
import { label, nombreRelacion } from './Preguntas.tsx'
import {
  API_URL,
  campoDelForm,
  draft,
  inputDe,
  pasoDe,
  type Respuestas,
  SERVICE_ID,
  todosLosProblemas,
} from './respuestas.ts'

/** What `POST /api/reencuentro` answers. */
export interface Recibida {
  numero: string
  receivedAt: string
  comprobanteUrl: string
}

/** The answers as check-your-answers rows, each linked to the page that asks it; what was left blank is left out. */
function filas(values: Respuestas) {
  const row = (field: keyof Respuestas, value = values[field]): SummaryRow => ({
    key: label(field),
    value,
    href: `${rutaDe(pasoDe(field))}#${field}`,
  })
  const opcional = (fila: SummaryRow) => fila.value.trim() !== ''
  return {
    persona: [
      row('familiarNombres'),
      row('familiarApellidos'),
      ...[row('familiarRun'), row('familiarNacimiento')].filter(opcional),
      row('familiarRelacion', values.familiarRelacion ? nombreRelacion(values.familiarRelacion) : ''),
      row('familiarComuna', nombreComuna(values.familiarComuna)),
      ...[row('familiarLugar')].filter(opcional),
      row('ultimoContactoAnio'),
      ...[row('motivoPerdidaContacto')].filter(opcional),
    ],
    mensaje: [row('mensajeFamiliar')],
    contacto: [row('email'), ...[row('telefono')].filter(opcional)],
  }
}

/**
 * `/reencuentro/revisar`: «Revise sus respuestas», each with a link to change it; the declaration;
 * and «Enviar solicitud» — through the outbox (its Idempotency-Key given once, when queued: sent now
 * or when the network returns, exactly once). Sent, the draft goes and the request's page shows its
 * número; queued, its waiting page.
 */
export function Revisar(props: { paso: PasoDe }) {
  const navigate = useNavigate()
  const [sending, setSending] = createSignal(false)
  const [server, setServer] = createSignal<FieldError[]>([])
  const values = () => draft.values()
  const errores = () => [...server(), ...props.paso.errors()]
  const enviar = async (event: SubmitEvent) => {
    event.preventDefault()
    if (sending()) return
    setServer([])
    props.paso.intentar()
    const faltan = todosLosProblemas(values(), locale())
    if (faltan.length > 0) return setServer(faltan.map((p) => p.error))
    if (props.paso.errors().length > 0) return
    setSending(true)
    try {
      const item = await submit(SERVICE_ID, API_URL, inputDe(values()), locale())
      if (item.state === 'rejected') {
        await dismiss(item.id)
        return setServer(
          rechazo(item.response?.body, locale()).map((e) => ({ ...e, field: campoDelForm(e.field) })),
        )
      }
      await draft.discard()
      const numero = (item.response?.body as Recibida | undefined)?.numero
      navigate(
        item.state === 'pending' || !numero
          ? `/reencuentro/envio/${item.id}`
          : `/reencuentro/${numero}?enviado=1`,
        { replace: true },
      )
    } finally {
      setSending(false)
    }
  }
  const secciones = () => filas(values())
  return (
    <MarcoDe
      paso={props.paso}
      titulo={tre('revisar.title')}
      boton={sending() ? tre('revisar.enviando') : tre('revisar.enviar')}
      ocupado={sending()}
      errores={server()}
      hrefFor={(field) => (field === 'body' ? undefined : `${rutaDe(pasoDe(field))}#${field}`)}
      onSubmit={(event) => void enviar(event)}
    >
      <h2>{tre('revisar.persona')}</h2>
      <SummaryList rows={secciones().persona} />
      <h2>{tre('revisar.mensaje')}</h2>
      <SummaryList rows={secciones().mensaje} />
      <h2>{tre('revisar.contacto')}</h2>
      <SummaryList rows={secciones().contacto} />
      <h2>{tre('revisar.declaracion')}</h2>
      <Checkbox
        id="declaracionReencuentro"
        label={label('declaracionReencuentro')}
        hint={tre('revisar.veracidad.hint')}
        error={errorFor(errores(), 'declaracionReencuentro')}
        checked={values().declaracionReencuentro === 'si'}
        onChange={(on) => draft.update('declaracionReencuentro', on ? 'si' : '')}
      />
    </MarcoDe>
  )
}
