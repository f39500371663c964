import { createSignal, Show } from 'solid-js'
import * as v from 'valibot'
import { formatRun } from '../../../core/run.ts'
import { formatCivilDate } from '../../../core/time.ts'
import { ConsultaInput, resumenDe } from '../../../worker/reencuentro/campos.ts'
import type { ConsultaDelCaso } from '../../../worker/reencuentro/consultas.ts'
import { FormErrorSummary, SubmitButton } from '../../components/FieldChrome.tsx'
import { Radios } from '../../components/Radios.tsx'
import { SummaryList } from '../../components/SummaryList.tsx'
import { TextField } from '../../components/TextField.tsx'
import { me } from '../../cuenta/session.ts'
import { callApi } from '../../forms/api.ts'
import { createForm } from '../../forms/form.ts'
import { problemsOf } from '../../forms/problemas.ts'
import { formatDay } from '../../i18n/dates.ts'
import { t } from '../../i18n/index.ts'
import { type ConsultaResultado, consultasApi } from './api.ts'
import { tfe } from './i18n/index.ts'

/*
 * The look-up's checks (worker/reencuentro/campos.ts's ConsultaInput), under the form's names:
 * `registro` and `motivo` mean other things elsewhere.
 */
const ConsultaForm = v.object({
  registroConsulta: ConsultaInput.entries.registro,
  runConsulta: ConsultaInput.entries.run,
  motivoConsulta: ConsultaInput.entries.motivo,
})

const SANTIAGO = 'America/Santiago'

/** What the registry answered, in rows. */
function Resultado(props: { r: ConsultaResultado }) {
  const filas = () => {
    const civil = props.r.civil
    const domicilio = props.r.domicilio
    if (civil)
      return [
        { key: tfe('re.consulta.nombre'), value: `${civil.nombres} ${civil.apellidos}` },
        { key: tfe('re.consulta.nacimiento'), value: formatCivilDate(civil.fechaNacimiento) },
        {
          key: tfe('re.consulta.vive'),
          value: civil.fallecido
            ? tfe('re.consulta.fallecido', {
                fecha: civil.fechaDefuncion ? formatCivilDate(civil.fechaDefuncion) : '—',
              })
            : tfe('re.consulta.vivo'),
        },
      ]
    if (domicilio)
      return [
        { key: tfe('re.consulta.direccion'), value: domicilio.direccion },
        {
          key: tfe('re.consulta.comuna'),
          value: [domicilio.comuna, domicilio.region].filter(Boolean).join(', '),
        },
        { key: tfe('re.consulta.fuente'), value: domicilio.fuente },
        { key: tfe('re.consulta.actualizado'), value: formatDay(domicilio.actualizadoEl, SANTIAGO) },
      ]
    return []
  }
  return (
    <div class="cs-revelado" role="status">
      <h3 class="heading-s">{tfe('re.consulta.resultado')}</h3>
      <Show
        when={props.r.encontrado}
        fallback={<p>{tfe('re.consulta.noEncontrado', { run: props.r.run })}</p>}
      >
        <SummaryList rows={filas()} />
      </Show>
    </div>
  )
}

/**
 * «Consultar registro» on an open request: the Registro Civil or the address registry, a RUN (the
 * one the requester gave, to start with) and the reason, required — each look-up is audited with
 * it and listed in the case. Shows what the registry answered.
 */
export function Consulta(props: {
  numero: string
  run: string | null
  /** The look-up made, as the case lists it, for the page to add to its list. */
  onDone: (consulta: ConsultaDelCaso) => void
}) {
  const [resultado, setResultado] = createSignal<ConsultaResultado>()
  const form = createForm(ConsultaForm, {
    registroConsulta: '',
    runConsulta: props.run ?? '',
    motivoConsulta: '',
  })
  const enviar = form.onSubmit(async (values) => {
    setResultado(undefined)
    const answer = await callApi<ConsultaResultado>('POST', consultasApi(props.numero), {
      registro: values.registroConsulta,
      run: values.runConsulta.trim(),
      motivo: values.motivoConsulta.trim(),
    })
    if (answer.ok) {
      setResultado(answer.body)
      // Listed as the server listed it, without reading the case again (each opening is a recorded read).
      props.onDone({
        at: new Date().toISOString(),
        registro: answer.body.registro,
        run: formatRun(answer.body.run),
        motivo: values.motivoConsulta.trim(),
        funcionario: me()?.name ?? '',
        resultado: resumenDe(answer.body),
      })
      return
    }
    const nombres: Record<string, string> = {
      registro: 'registroConsulta',
      run: 'runConsulta',
      motivo: 'motivoConsulta',
    }
    const problemas = problemsOf(answer).map((p) => ({ ...p, field: nombres[p.field] ?? p.field }))
    form.fail(problemas.length > 0 ? problemas : [{ field: 'body', message: tfe('re.consulta.error') }])
  })
  return (
    <section aria-labelledby="consulta-title" class="cs-acciones">
      <h2 id="consulta-title" class="heading-m">
        {tfe('re.consulta.title')}
      </h2>
      <p class="hint">{tfe('re.consulta.lead')}</p>
      <FormErrorSummary form={form} />
      <form novalidate onSubmit={enviar}>
        <Radios
          {...form.field('registroConsulta')}
          options={[
            { value: 'civil', label: tfe('re.consulta.civil'), hint: tfe('re.consulta.civil.hint') },
            {
              value: 'domicilio',
              label: tfe('re.consulta.domicilio'),
              hint: tfe('re.consulta.domicilio.hint'),
            },
          ]}
        />
        <TextField
          {...form.field('runConsulta')}
          hint={tfe('re.consulta.run.hint')}
          autocomplete="off"
          inputClass="input--10"
        />
        <TextField
          {...form.field('motivoConsulta')}
          hint={tfe('re.consulta.motivo.hint')}
          multiline
          maxLength={500}
        />
        <SubmitButton
          form={form}
          label={tfe('re.consulta.enviar')}
          busyLabel={t('form.sending')}
          class="button button--secondary"
        />
      </form>
      <Show when={resultado()}>{(r) => <Resultado r={r()} />}</Show>
    </section>
  )
}
