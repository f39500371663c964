import { A } from '@solidjs/router'
import { createSignal, Match, Show, Switch } from 'solid-js'
import * as v from 'valibot'
import { tieneCapacidad } from '../../../core/capacidades.ts'
import { TIPOS } from '../../../core/certificados/tipos.ts'
import {
  camposCertificado,
  nombresCertificado,
  opcionesImpresas,
} from '../../../worker/certificados/palabras.ts'
import { AnulacionInput } from '../../../worker/certificados/schema.ts'
import { BuscarInput } from '../../../worker/constancias-voto/validacion-schema.ts'
import { FormErrorSummary, SubmitButton } from '../../components/FieldChrome.tsx'
import { Notice } from '../../components/Notice.tsx'
import { focusOnNavigation, usePageTitle } from '../../components/page.ts'
import { SummaryList } from '../../components/SummaryList.tsx'
import { TextField } from '../../components/TextField.tsx'
import type { Me } from '../../cuenta/session.ts'
import { callApi } from '../../forms/api.ts'
import { createForm, type FormProblems } from '../../forms/form.ts'
import { problemsOf } from '../../forms/problemas.ts'
import { formatDate, formatDay } from '../../i18n/dates.ts'
import { locale } from '../../i18n/index.ts'
import { fieldLabel } from '../../i18n/server-catalog.ts'
import { StaffGate } from '../StaffGate.tsx'
import { type Certificado, CONSULTA_API } from './api.ts'
import { tfc } from './i18n/index.ts'

/** The reason, under a name of its own: the API's `motivo` is labelled for other forms. */
const AnulacionForm = v.strictObject({ motivoAnulacion: AnulacionInput.entries.motivo })

/** A question's answer as the officer reads it: an option by its label, a list's groups one by line. */
function respuesta(valor: string | Record<string, string>[]): string {
  if (typeof valor === 'string') return opcionesImpresas[valor] ?? valor
  return valor
    .map((grupo) =>
      Object.values(grupo)
        .map((v) => opcionesImpresas[v] ?? v)
        .join(', '),
    )
    .join('\n')
}

/** Everything an officer sees of a constancia: who, how proven, when, what was declared, its annulment. */
function Detalle(props: { certificado: Certificado }) {
  const c = () => props.certificado
  const titular = () => c().titular
  const declarado = () =>
    TIPOS[c().tipo].campos.flatMap((campo) => {
      const valor = c().respuestas[campo.id]
      if (valor === undefined) return []
      const labels = camposCertificado[locale()] ?? {}
      return [
        {
          key: labels[`respuestas.${campo.id}`] ?? campo.id,
          value: respuesta(valor),
          valueClass: 'fc-respuesta',
        },
      ]
    })
  return (
    <>
      <Show when={c().depuradoAt}>
        {(at) => <p>{tfc('fc.certificado.depurada', { fecha: formatDay(at()) })}</p>}
      </Show>
      <SummaryList
        rows={[
          {
            key: tfc('fc.certificado.tipo'),
            value: `${nombresCertificado[locale()][c().tipo]} (${c().nombreLegal})`,
          },
          { key: tfc('fc.certificado.emitida'), value: formatDate(c().emitidoAt) },
          ...(titular()
            ? [
                { key: tfc('fc.certificado.titular'), value: `${titular()?.nombre} (${titular()?.run})` },
                {
                  key: tfc('fc.certificado.identidad'),
                  value: tfc(`fc.certificado.identidad.${titular()?.identidad ?? 'self'}`),
                },
              ]
            : []),
          ...(c().comuna ? [{ key: tfc('fc.certificado.comuna'), value: c().comuna ?? '' }] : []),
          {
            key: tfc('fc.certificado.estado'),
            value: c().anulacion ? tfc('fc.certificado.anulada') : tfc('fc.certificado.vigente'),
          },
          ...(c().anulacion
            ? [
                { key: tfc('fc.certificado.anuladaAt'), value: formatDate(c().anulacion?.at ?? '') },
                { key: tfc('fc.certificado.motivo'), value: c().anulacion?.motivo ?? '' },
              ]
            : []),
        ]}
      />
      <Show when={declarado().length > 0}>
        <h2 class="heading-m">{tfc('fc.certificado.declarado')}</h2>
        <SummaryList rows={declarado()} />
      </Show>
    </>
  )
}

/**
 * `/funcionarios/certificados`: any officer (`certificados.consultar`) looks a constancia up by
 * its number — its holder sees the read — and a supervisor (`certificados.anular`) annuls it with
 * a reason; from then on its public verification says it was annulled.
 */
export function Consulta() {
  const buscar = createForm(BuscarInput, { code: '' })
  const anular = createForm(AnulacionForm, { motivoAnulacion: '' })
  const [activo, setActivo] = createSignal<FormProblems>(buscar)
  const [certificado, setCertificado] = createSignal<Certificado | undefined>()
  const [anulada, setAnulada] = createSignal(false)
  usePageTitle(
    () => {
      const found = certificado()
      return found ? tfc('fc.certificado.title', { codigo: found.codigo }) : tfc('fc.consulta.title')
    },
    () => activo().errors().length > 0,
  )
  const consultar = async (values: { code: string }) => {
    const code = encodeURIComponent(values.code.trim().toUpperCase().replace(/[\s-]/g, ''))
    const result = await callApi<Certificado>('GET', `${CONSULTA_API}/${code}`)
    if (result.ok) {
      anular.reset()
      setActivo(() => anular)
      setCertificado(result.body)
      return
    }
    if (result.status === 404) return buscar.fail([{ field: 'code', message: tfc('fc.consulta.notFound') }])
    buscar.fail(problemsOf(result))
  }
  const enviarAnulacion = async (values: { motivoAnulacion: string }) => {
    const found = certificado()
    if (!found) return
    const result = await callApi<{ anulacion: { at: string; motivo: string } }>(
      'POST',
      `${CONSULTA_API}/${encodeURIComponent(found.codigo)}/anulacion`,
      { motivo: values.motivoAnulacion },
    )
    if (result.ok) {
      setCertificado({ ...found, anulacion: result.body.anulacion })
      setAnulada(true)
      return
    }
    if (result.status === 409) return anular.fail([{ field: 'body', message: tfc('fc.anular.ya') }])
    anular.fail(
      problemsOf(result).map((p) => (p.field === 'motivo' ? { ...p, field: 'motivoAnulacion' } : p)),
    )
  }
  const otra = () => {
    setCertificado(undefined)
    setAnulada(false)
    setActivo(() => buscar)
    buscar.reset()
  }
  return (
    <StaffGate
      capacidad="certificados.consultar"
      forbidden={tfc('fc.consulta.forbidden')}
      title={tfc('fc.consulta.title')}
    >
      {(user: Me) => (
        <>
          <A href="/funcionarios" class="back-link">
            {tfc('fc.back')}
          </A>
          <FormErrorSummary form={activo()} />
          <Switch>
            <Match when={certificado()}>
              {(found) => (
                <>
                  <Show when={anulada()}>
                    <Notice title={tfc('fc.anulada.title')}>
                      <p>{tfc('fc.anulada.body', { codigo: found().codigo })}</p>
                    </Notice>
                  </Show>
                  <h1 tabindex="-1" ref={focusOnNavigation}>
                    {tfc('fc.certificado.title', { codigo: found().codigo })}
                  </h1>
                  <Detalle certificado={found()} />
                  <Show
                    when={
                      !found().anulacion && !found().depuradoAt && tieneCapacidad(user, 'certificados.anular')
                    }
                  >
                    <form novalidate onSubmit={anular.onSubmit(enviarAnulacion)}>
                      <h2 class="heading-m">{tfc('fc.anular.title')}</h2>
                      <p>{tfc('fc.anular.lead')}</p>
                      <TextField
                        {...anular.field('motivoAnulacion')}
                        label={fieldLabel(locale(), 'certificados.motivo')}
                        hint={tfc('fc.anular.motivo.hint')}
                        multiline
                        maxLength={500}
                      />
                      <SubmitButton
                        form={anular}
                        label={tfc('fc.anular.submit')}
                        class="button button--warning"
                      />
                    </form>
                  </Show>
                  <p>
                    <button type="button" class="link-button" onClick={otra}>
                      {tfc('fc.consulta.otra')}
                    </button>
                  </p>
                </>
              )}
            </Match>
            <Match when={!certificado()}>
              <h1 tabindex="-1" ref={focusOnNavigation}>
                {tfc('fc.consulta.title')}
              </h1>
              <p class="lead">{tfc('fc.consulta.lead')}</p>
              <form
                novalidate
                onSubmit={(event) => {
                  setActivo(() => buscar)
                  buscar.onSubmit(consultar)(event)
                }}
              >
                <TextField
                  {...buscar.field('code')}
                  label={tfc('fc.consulta.codigo')}
                  hint={tfc('fc.consulta.codigo.hint')}
                  autocomplete="off"
                  inputClass="input--10"
                />
                <SubmitButton form={buscar} label={tfc('fc.consulta.submit')} />
              </form>
            </Match>
          </Switch>
        </>
      )}
    </StaffGate>
  )
}
