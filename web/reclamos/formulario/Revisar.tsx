import { formatCivilDate } from '../../../core/time.ts'
import { Checkbox } from '../../components/Checkbox.tsx'
import { nombreComuna } from '../../components/Comuna.tsx'
import { SummaryList, type SummaryRow } from '../../components/SummaryList.tsx'
import { createEnvioPasos } from '../../forms/envio-pasos.ts'
import { errorFor } from '../../forms/validate.ts'
import { locale } from '../../i18n/index.ts'
import { tr } from '../i18n/index.ts'
import { evidencia, tamano } from './Evidencia.tsx'
import { Marco, type Paso, rutaDe } from './marco.tsx'
import { label, nombreTipo } from './Preguntas.tsx'
import {
  API_URL,
  draft,
  inputDe,
  pasoDe,
  type Respuestas,
  SERVICE_ID,
  testigos,
  todosLosProblemas,
} from './respuestas.ts'

/** A day as Chileans write it: `20-11-2026`. */

/** The answers as check-your-answers rows, each linked to the page that asks it. */
function filas(values: Respuestas) {
  const row = (field: string, value: string, key = label(field)): SummaryRow => ({
    key,
    value,
    href: `${rutaDe(pasoDe(field))}#${field}`,
  })
  const ninguno = tr('revisar.ninguno')
  const lista = testigos(values)
  const archivos = evidencia.lista()
  return {
    hecho: [
      row('tipoReclamo', values.tipoReclamo ? nombreTipo(values.tipoReclamo) : ''),
      row('relato', values.relato),
      row('fecha', `${formatCivilDate(values.fecha)} ${values.hora}`.trim()),
      row('comunaCut', nombreComuna(values.comunaCut)),
      row('lugar', values.lugar),
      row('peticion', values.peticion),
    ],
    // What the citizen did not know is left out (Back, or the unit's «Cambiar», reaches its page).
    quien: [
      row('unidadCode', values.unidadNombre),
      row('funcionario.nombre', values.funcionarioNombre),
      row('funcionario.grado', values.funcionarioGrado),
      row('funcionario.senas', values.funcionarioSenas),
      row('vehiculo', values.vehiculo),
    ].filter((fila, i) => i === 0 || fila.value.trim() !== ''),
    testigos:
      lista.length === 0
        ? [row('testigos', ninguno)]
        : lista.map((s, i) =>
            row(
              `testigos.${i}.nombre`,
              [s.nombre, s.contacto].filter(Boolean).join(' · '),
              label(`testigos.${i}`),
            ),
          ),
    archivos:
      archivos.length === 0
        ? [row('archivos', ninguno)]
        : archivos.map((file, i) => ({
            key: label(`archivos.${i}`),
            value: `${file.nombre} · ${tamano(file.bytes)}`,
            href: `${rutaDe('archivos')}#archivos`,
          })),
    contacto: [
      row('email', values.email),
      ...(values.telefono.trim() ? [row('telefono', values.telefono)] : []),
    ],
  }
}

/**
 * `/reclamos/revisar`: check your answers, each with a link to change it; the declaration; and
 * «Enviar reclamo» — through the outbox (its Idempotency-Key given once, when queued: sent now or
 * when the network returns, exactly once). Sent, the draft goes and the complaint's page shows its
 * número; queued, its waiting page.
 */
export function Revisar(props: { paso: Paso }) {
  const values = () => draft.values()
  const envio = createEnvioPasos({
    paso: props.paso,
    base: '/reclamos',
    service: SERVICE_ID,
    url: API_URL,
    input: () => inputDe(values()),
    faltan: () => todosLosProblemas(values(), locale()).map((p) => p.error),
    discard: () => Promise.all([draft.discard(), evidencia.discard()]),
    files: () => evidencia.paraEnvio('archivos'),
  })
  const secciones = () => filas(values())
  return (
    <Marco
      paso={props.paso}
      titulo={tr('revisar.title')}
      boton={envio.sending() ? tr('revisar.enviando') : tr('revisar.enviar')}
      ocupado={envio.sending()}
      errores={envio.server()}
      hrefFor={(field) => (field === 'body' ? undefined : `${rutaDe(pasoDe(field))}#${field}`)}
      onSubmit={envio.onSubmit}
    >
      <h2>{tr('revisar.hecho')}</h2>
      <SummaryList rows={secciones().hecho} />
      <h2>{tr('revisar.quien')}</h2>
      <SummaryList rows={secciones().quien} />
      <h2>{tr('revisar.personas')}</h2>
      <SummaryList rows={secciones().testigos} />
      <h2>{tr('revisar.archivos')}</h2>
      <SummaryList rows={secciones().archivos} />
      <h2>{tr('revisar.contacto')}</h2>
      <SummaryList rows={secciones().contacto} />
      <h2>{tr('revisar.declaracion')}</h2>
      <Checkbox
        id="veracidad"
        label={label('veracidad')}
        hint={tr('revisar.veracidad.hint')}
        error={errorFor(envio.errores(), 'veracidad')}
        checked={values().veracidad === 'si'}
        onChange={(on) => draft.update('veracidad', on ? 'si' : '')}
      />
    </Marco>
  )
}
