import { useNavigate } from '@solidjs/router'
import { createSignal } from 'solid-js'
import type { FieldError } from '../../../worker/errors.ts'
import type { ReclamoView } from '../../../worker/reclamos/schema.ts'
import { Checkbox } from '../../components/Checkbox.tsx'
import { nombreComuna } from '../../components/Comuna.tsx'
import { SummaryList, type SummaryRow } from '../../components/SummaryList.tsx'
import { rechazo } from '../../forms/propios.ts'
import { errorFor } from '../../forms/validate.ts'
import { locale } from '../../i18n/index.ts'
import { dismiss } from '../../offline/outbox.ts'
import { submit } from '../../offline/outbox-client.ts'
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
const dia = (fecha: string) => fecha.split('-').reverse().join('-')

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
      row('fecha', `${dia(values.fecha)} ${values.hora}`.trim()),
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
    // Answers changed in another tab, or a draft from before: each says where it is corrected.
    const faltan = todosLosProblemas(values(), locale())
    if (faltan.length > 0) return setServer(faltan.map((p) => p.error))
    if (props.paso.errors().length > 0) return
    setSending(true)
    try {
      const files = evidencia.paraEnvio('archivos')
      const item = await submit(
        SERVICE_ID,
        API_URL,
        inputDe(values()),
        locale(),
        files.length > 0 ? files : undefined,
      )
      if (item.state === 'rejected') {
        await dismiss(item.id)
        return setServer(rechazo(item.response?.body, locale()))
      }
      await Promise.all([draft.discard(), evidencia.discard()])
      const numero = (item.response?.body as ReclamoView | undefined)?.numero
      navigate(
        item.state === 'pending' || !numero ? `/reclamos/envio/${item.id}` : `/reclamos/${numero}?enviado=1`,
        {
          replace: true,
        },
      )
    } finally {
      setSending(false)
    }
  }
  const secciones = () => filas(values())
  return (
    <Marco
      paso={props.paso}
      titulo={tr('revisar.title')}
      boton={sending() ? tr('revisar.enviando') : tr('revisar.enviar')}
      ocupado={sending()}
      errores={server()}
      hrefFor={(field) => (field === 'body' ? undefined : `${rutaDe(pasoDe(field))}#${field}`)}
      onSubmit={(event) => void enviar(event)}
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
        error={errorFor(errores(), 'veracidad')}
        checked={values().veracidad === 'si'}
        onChange={(on) => draft.update('veracidad', on ? 'si' : '')}
      />
    </Marco>
  )
}
