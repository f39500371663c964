import { type JSX, Show } from 'solid-js'
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
import { createForm, type Form } from '../../forms/form.ts'
import { Acciones as AccionesCaso } from '../casos/Acciones.tsx'
import type { VistaCaso } from '../casos/api.ts'
import { unidadGroups, unidadLabel, useUnidades } from '../staff.ts'
import { tdn } from './i18n/index.ts'
import { known, palabra, pd, tipoLabel } from './palabras.tsx'
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
function camposDe(caso: VistaCaso, formulario: Form<AccionAnswers>): Record<string, () => JSX.Element> {
  const form = () => formulario
  const unidades = useUnidades()
  const tipoActual = () => (typeof caso.detalle.tipo === 'string' ? caso.detalle.tipo : '')
  return {
    pedir_informacion: () => (
      <TextField
        {...form().field('mensaje')}
        hint={tdn('dn.campo.mensaje.hint')}
        multiline
        maxLength={2000}
      />
    ),
    reclasificar: () => (
      <Select
        {...form().field('tipo')}
        placeholder={tdn('dn.campo.tipo.elija')}
        options={TIPOS.filter((tipo) => tipo !== tipoActual()).map((tipo) => ({
          value: tipo,
          label: tipoLabel(tipo),
        }))}
      />
    ),
    marcar_duplicado: () => (
      <TextField
        {...form().field('numeroOriginal')}
        hint={tdn('dn.campo.numeroOriginal.hint')}
        inputClass="input--20"
        autocomplete="off"
      />
    ),
    cerrar: () => (
      <>
        <Radios
          {...form().field('motivoCierre')}
          options={['no_constituye_delito', 'ya_denunciada', 'fuera_de_competencia'].map((motivo) => ({
            value: motivo,
            label: palabra('dn.motivo', motivo),
            hint: palabra('dn.motivo', `${motivo}.hint`),
          }))}
        />
        <Show when={form().values().motivoCierre === 'ya_denunciada'}>
          <TextField
            {...form().field('numeroAnterior')}
            hint={tdn('dn.campo.numeroAnterior.hint')}
            inputClass="input--20"
            autocomplete="off"
          />
        </Show>
        <Show when={form().values().motivoCierre === 'fuera_de_competencia'}>
          <TextField
            {...form().field('dondeAcudir')}
            hint={tdn('dn.campo.dondeAcudir.hint')}
            multiline
            maxLength={500}
          />
        </Show>
      </>
    ),
    derivar: () => (
      <Select
        {...form().field('unidad')}
        hint={
          caso.propuesta ? tdn('dn.campo.unidad.hint', { unidad: caso.propuesta.unidad.name }) : undefined
        }
        placeholder={tdn('dn.campo.unidad.elija')}
        groups={unidadGroups(unidades())}
      />
    ),
  }
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

/** The text the confirmation quotes: the question to the citizen, or where they must go. */
function cita(values: AccionAnswers): string | undefined {
  if (values.accion === 'pedir_informacion') return values.mensaje.trim()
  if (values.accion === 'cerrar' && values.motivoCierre === 'fuera_de_competencia')
    return values.dondeAcudir.trim()
  return undefined
}

/**
 * What this staff member may do with the report now: the shared actions' block
 * (web/funcionarios/casos/Acciones.tsx) with the denuncia's questions. A unit's officer with one
 * thing to do (send it to the Fiscalía) gets that button alone.
 */
export function Acciones(props: {
  caso: VistaCaso
  form: Form<AccionAnswers>
  onDone: (accion: string, estado: string) => void
}) {
  const campos = camposDe(props.caso, props.form)
  return (
    <AccionesCaso
      p={pd}
      caso={props.caso}
      acciones={props.caso.acciones}
      form={props.form}
      onDone={props.onDone}
      servicio={{
        campos,
        cuerpo,
        queHara: (values) => queHara(props.caso, values),
        cita,
        pista: { fiscalia: props.caso.propuesta?.fiscalia.nombre ?? '' },
        campoDelForm: (campo) => (campo === 'motivo' ? 'motivoCierre' : campo),
      }}
    />
  )
}
