import { Checkbox } from '../../components/Checkbox.tsx'
import { nombreComuna } from '../../components/Comuna.tsx'
import { MarcoDe, type PasoDe } from '../../components/pasos.tsx'
import { SummaryList, type SummaryRow } from '../../components/SummaryList.tsx'
import { createEnvioPasos } from '../../forms/envio-pasos.ts'
import { errorFor } from '../../forms/validate.ts'
import { locale } from '../../i18n/index.ts'
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
  const values = () => draft.values()
  const envio = createEnvioPasos({
    paso: props.paso,
    base: '/reencuentro',
    service: SERVICE_ID,
    url: API_URL,
    input: () => inputDe(values()),
    faltan: () => todosLosProblemas(values(), locale()).map((p) => p.error),
    discard: () => draft.discard(),
    campo: campoDelForm,
  })
  const secciones = () => filas(values())
  return (
    <MarcoDe
      paso={props.paso}
      titulo={tre('revisar.title')}
      boton={envio.sending() ? tre('revisar.enviando') : tre('revisar.enviar')}
      ocupado={envio.sending()}
      errores={envio.server()}
      hrefFor={(field) => (field === 'body' ? undefined : `${rutaDe(pasoDe(field))}#${field}`)}
      onSubmit={envio.onSubmit}
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
        error={errorFor(envio.errores(), 'declaracionReencuentro')}
        checked={values().declaracionReencuentro === 'si'}
        onChange={(on) => draft.update('declaracionReencuentro', on ? 'si' : '')}
      />
    </MarcoDe>
  )
}
