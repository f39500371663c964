import { createSignal, type JSX, Show } from 'solid-js'
import * as v from 'valibot'
import {
  DondeAcudir,
  Mensaje,
  MotivoCierre,
  NumeroAnterior,
  NumeroCaso,
  TipoId,
  UnidadCode,
} from '../../../worker/casos/campos.ts'
import { Radios } from '../../components/Radios.tsx'
import { Select } from '../../components/Select.tsx'
import { TextField } from '../../components/TextField.tsx'
import { callApi, problemsOf } from '../../forms/api.ts'
import { createForm, type Form } from '../../forms/form.ts'
import { locale, t } from '../../i18n/index.ts'
import { fieldLabel } from '../../i18n/server-catalog.ts'
import { unidadGroups, unidadLabel, useUnidades } from '../staff.ts'
import { casoApi, type VistaCaso } from './api.ts'
import { tdn } from './i18n/index.ts'
import { known, palabra, tipoLabel } from './palabras.tsx'
import { TIPOS } from './tipos.ts'

/** The answers of the actions' form: the action chosen and every field any action asks. */
export type AccionAnswers = {
  accion: string
  mensaje: string
  tipo: string
  numeroOriginal: string
  motivoCierre: string
  numeroAnterior: string
  dondeAcudir: string
  unidad: string
}

/**
 * The API's own checks of each field (worker/casos/campos.ts): the action chosen, and the fields
 * of that action only (`entrada` leaves the others out), a required one sent even when empty so
 * that it is reported. The close's reason goes under a name of its own: the API's `motivo` is
 * labelled for a constancia's rejection, and this form's messages must say "close" (the label is
 * registered in pages.ts). Not the API's variant of actions: its valibot pieces would join the
 * forms' chunk every citizen loads.
 */
const AccionForm = v.strictObject({
  accion: v.pipe(v.string(), v.minLength(1)),
  mensaje: v.optional(Mensaje),
  tipo: v.optional(TipoId),
  numeroOriginal: v.optional(NumeroCaso),
  motivoCierre: v.optional(v.pipe(v.string(), v.minLength(1), MotivoCierre)),
  numeroAnterior: v.optional(NumeroAnterior),
  dondeAcudir: v.optional(DondeAcudir),
  unidad: v.optional(UnidadCode),
})

/** The fields each action sends, under the form's names. */
const CAMPOS: Record<string, (keyof AccionAnswers)[]> = {
  pedir_informacion: ['mensaje'],
  reclasificar: ['tipo'],
  marcar_duplicado: ['numeroOriginal'],
  cerrar: ['motivoCierre', 'numeroAnterior', 'dondeAcudir'],
  derivar: ['unidad'],
}

/** The detail each close reason needs (the denuncia's machine, worker/denuncias/estados.ts). */
const DETALLE_DEL_MOTIVO: Record<string, keyof AccionAnswers> = {
  ya_denunciada: 'numeroAnterior',
  fuera_de_competencia: 'dondeAcudir',
}

/**
 * What the form checks and sends: the chosen action and its fields — of a close, only the detail
 * its reason needs, required then —, free text as typed, the rest trimmed.
 */
function entrada(values: AccionAnswers): Record<string, string> {
  const out: Record<string, string> = { accion: values.accion }
  const detalle = DETALLE_DEL_MOTIVO[values.motivoCierre]
  for (const campo of CAMPOS[values.accion] ?? []) {
    if ((campo === 'numeroAnterior' || campo === 'dondeAcudir') && campo !== detalle) continue
    out[campo] = campo === 'mensaje' || campo === 'dondeAcudir' ? values[campo] : values[campo].trim()
  }
  return out
}

/** The body the API takes: the form's answers with the close's reason under the API's name. */
function cuerpo(values: AccionAnswers): Record<string, string> {
  const { motivoCierre, ...rest } = entrada(values)
  return motivoCierre === undefined ? rest : { ...rest, motivo: motivoCierre }
}

/** The actions' form, its answers started from the case (its type, the unit the jurisdiction proposes). */
export const accionesForm = (caso: VistaCaso) =>
  createForm(
    AccionForm,
    {
      accion: caso.acciones.length === 1 ? (caso.acciones[0] ?? '') : '',
      mensaje: '',
      tipo: '',
      numeroOriginal: '',
      motivoCierre: '',
      numeroAnterior: '',
      dondeAcudir: '',
      unidad: caso.propuesta?.unidad.code ?? '',
    } satisfies AccionAnswers,
    entrada,
  )

/** Each action's own questions, shown under its radio once it is chosen (GOV.UK's conditional reveal). */
function Campos(props: { accion: string; caso: VistaCaso; form: Form<AccionAnswers> }) {
  const form = () => props.form
  const unidades = useUnidades()
  const tipoActual = () => (typeof props.caso.detalle.tipo === 'string' ? props.caso.detalle.tipo : '')
  const campos: Record<string, () => JSX.Element> = {
    pedir_informacion: () => (
      <TextField
        id="mensaje"
        label={fieldLabel(locale(), 'mensaje')}
        hint={tdn('dn.campo.mensaje.hint')}
        error={form().error('mensaje')}
        value={form().values().mensaje}
        onInput={form().set('mensaje')}
        multiline
        maxLength={2000}
      />
    ),
    reclasificar: () => (
      <Select
        id="tipo"
        label={fieldLabel(locale(), 'tipo')}
        placeholder={tdn('dn.campo.tipo.elija')}
        error={form().error('tipo')}
        options={TIPOS.filter((tipo) => tipo !== tipoActual()).map((tipo) => ({
          value: tipo,
          label: tipoLabel(tipo),
        }))}
        value={form().values().tipo}
        onChange={form().set('tipo')}
      />
    ),
    marcar_duplicado: () => (
      <TextField
        id="numeroOriginal"
        label={fieldLabel(locale(), 'numeroOriginal')}
        hint={tdn('dn.campo.numeroOriginal.hint')}
        error={form().error('numeroOriginal')}
        value={form().values().numeroOriginal}
        onInput={form().set('numeroOriginal')}
        inputClass="input--20"
        autocomplete="off"
      />
    ),
    cerrar: () => (
      <>
        <Radios
          id="motivoCierre"
          legend={fieldLabel(locale(), 'motivoCierre')}
          error={form().error('motivoCierre')}
          value={form().values().motivoCierre}
          onChange={form().set('motivoCierre')}
          options={['no_constituye_delito', 'ya_denunciada', 'fuera_de_competencia'].map((motivo) => ({
            value: motivo,
            label: palabra('dn.motivo', motivo),
            hint: palabra('dn.motivo', `${motivo}.hint`),
          }))}
        />
        <Show when={form().values().motivoCierre === 'ya_denunciada'}>
          <TextField
            id="numeroAnterior"
            label={fieldLabel(locale(), 'numeroAnterior')}
            hint={tdn('dn.campo.numeroAnterior.hint')}
            error={form().error('numeroAnterior')}
            value={form().values().numeroAnterior}
            onInput={form().set('numeroAnterior')}
            inputClass="input--20"
            autocomplete="off"
          />
        </Show>
        <Show when={form().values().motivoCierre === 'fuera_de_competencia'}>
          <TextField
            id="dondeAcudir"
            label={fieldLabel(locale(), 'dondeAcudir')}
            hint={tdn('dn.campo.dondeAcudir.hint')}
            error={form().error('dondeAcudir')}
            value={form().values().dondeAcudir}
            onInput={form().set('dondeAcudir')}
            multiline
            maxLength={500}
          />
        </Show>
      </>
    ),
    derivar: () => (
      <Select
        id="unidad"
        label={fieldLabel(locale(), 'unidad')}
        hint={
          props.caso.propuesta
            ? tdn('dn.campo.unidad.hint', { unidad: props.caso.propuesta.unidad.name })
            : undefined
        }
        placeholder={tdn('dn.campo.unidad.elija')}
        error={form().error('unidad')}
        groups={unidadGroups(unidades())}
        value={form().values().unidad}
        onChange={form().set('unidad')}
      />
    ),
  }
  return <Show when={campos[props.accion]}>{(campo) => <div class="dn-revelado">{campo()()}</div>}</Show>
}

/** The sentence that says what confirming will do, in the case's terms. */
function queHara(caso: VistaCaso, values: AccionAnswers): string {
  const key = known('dn.confirmar', values.accion)
  if (!key) return ''
  return tdn(key, {
    numero: caso.numero,
    tipo: tipoLabel(values.tipo),
    original: values.numeroOriginal.trim().toUpperCase(),
    motivo: palabra('dn.motivo', values.motivoCierre),
    unidad: unidadLabel(values.unidad),
    fiscalia: caso.propuesta?.fiscalia.nombre ?? '',
  })
}

/**
 * What this staff member may do with the report now (the case view's `acciones`): radios, each
 * revealing its questions, checked as the API checks them; then a confirmation that says what will
 * happen, and only then the API. A unit's officer with one thing to do (send it to the Fiscalía)
 * gets that button alone. Problems go to the page's error summary through `form`; a colleague who
 * acted first makes a 409, said in words.
 */
export function Acciones(props: {
  caso: VistaCaso
  form: Form<AccionAnswers>
  onDone: (accion: string, estado: string) => void
}) {
  const form = () => props.form
  const [confirmando, setConfirmando] = createSignal<AccionAnswers | undefined>()
  const [enviando, setEnviando] = createSignal(false)
  const unica = () => props.caso.acciones.length === 1
  const confirmar = async (values: AccionAnswers) => {
    setEnviando(true)
    const result = await callApi<{ estado: string }>(
      'POST',
      `${casoApi(props.caso.numero)}/acciones`,
      cuerpo(values),
    )
    setEnviando(false)
    setConfirmando(undefined)
    if (result.ok) return props.onDone(values.accion, result.body.estado)
    if (result.status === 409) return form().fail([{ field: 'body', message: tdn('dn.acciones.conflicto') }])
    form().fail(
      problemsOf(result).map((problem) =>
        problem.field === 'motivo' ? { ...problem, field: 'motivoCierre' } : problem,
      ),
    )
  }
  const opcion = (accion: string) => ({
    value: accion,
    label: palabra('dn.op', accion),
    hint: tdn(known('dn.op', `${accion}.hint`) ?? 'dn.op.analizar.hint', {
      fiscalia: props.caso.propuesta?.fiscalia.nombre ?? '',
    }),
  })
  return (
    <section aria-labelledby="acciones-title" class="dn-acciones">
      <h2 id="acciones-title" class="heading-m">
        {unica() ? palabra('dn.op', props.caso.acciones[0]) : tdn('dn.acciones.title')}
      </h2>
      <Show
        when={confirmando()}
        fallback={
          <form
            novalidate
            onSubmit={form().onSubmit(async (values) => {
              setConfirmando(values)
            })}
          >
            <Show when={!unica()} fallback={<p>{opcion(props.caso.acciones[0] ?? '').hint}</p>}>
              <Radios
                id="accion"
                legend={tdn('dn.acciones.legend')}
                error={form().error('accion')}
                value={form().values().accion}
                onChange={form().set('accion')}
                options={props.caso.acciones.map(opcion)}
              />
            </Show>
            <Campos accion={form().values().accion} caso={props.caso} form={form()} />
            <button type="submit" class="button">
              {unica() ? palabra('dn.op', props.caso.acciones[0]) : tdn('dn.acciones.continuar')}
            </button>
          </form>
        }
      >
        {(values) => (
          <div class="dn-confirmar">
            <h3
              class="heading-s"
              tabindex="-1"
              ref={(heading) => requestAnimationFrame(() => heading.focus())}
            >
              {tdn('dn.confirmar.title')}
            </h3>
            <p>{queHara(props.caso, values())}</p>
            <Show when={values().accion === 'pedir_informacion'}>
              <p class="dn-texto dn-cita">{values().mensaje.trim()}</p>
            </Show>
            <Show when={values().accion === 'cerrar' && values().motivoCierre === 'fuera_de_competencia'}>
              <p class="dn-texto dn-cita">{values().dondeAcudir.trim()}</p>
            </Show>
            <div class="button-group">
              <button
                type="button"
                class="button"
                disabled={enviando()}
                onClick={() => void confirmar(values())}
              >
                {enviando() ? t('form.sending') : tdn('dn.confirmar.si')}
              </button>
              <button
                type="button"
                class="button button--secondary"
                onClick={() => setConfirmando(undefined)}
              >
                {tdn('dn.confirmar.no')}
              </button>
            </div>
          </div>
        )}
      </Show>
    </section>
  )
}
