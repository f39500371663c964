import type { JSX } from 'solid-js'
import * as v from 'valibot'
import {
  DESTINOS_REMISION,
  DestinoRemision,
  DondeRemision,
  MAX_TEXTO_OFICIAL,
  Mensaje,
  MotivoRemision,
  PedidoDescargo,
  TextoOficial,
  UnidadCode,
} from '../../../worker/casos/campos.ts'
import { Radios } from '../../components/Radios.tsx'
import { Select } from '../../components/Select.tsx'
import { TextField } from '../../components/TextField.tsx'
import { createForm, type Form } from '../../forms/form.ts'
import { locale } from '../../i18n/index.ts'
import { fieldLabel } from '../../i18n/server-catalog.ts'
import type { Servicio } from '../casos/Acciones.tsx'
import type { VistaCaso } from '../casos/api.ts'
import { unidadGroups, unidadLabel, useUnidades } from '../staff.ts'
import { trc } from './i18n/index.ts'
import { pr } from './palabras.tsx'

/**
 * The office's actions' answers. The question to the citizen and the one to the unit are two
 * fields: a text typed for one never goes to the other by a change of radio.
 */
export type AccionReclamo = {
  accion: string
  mensaje: string
  unidad: string
  pedido: string
  respuestaReclamo: string
  destinoRemision: string
  dondeRemision: string
  motivoRemision: string
}

/** The API's checks of each field (worker/casos/campos.ts and schema.ts), under the form's names. */
const AccionForm = v.strictObject({
  accion: v.pipe(v.string(), v.minLength(1)),
  mensaje: v.optional(Mensaje),
  unidad: v.optional(UnidadCode),
  pedido: v.optional(PedidoDescargo),
  respuestaReclamo: v.optional(TextoOficial),
  destinoRemision: v.optional(DestinoRemision),
  dondeRemision: v.optional(DondeRemision),
  motivoRemision: v.optional(MotivoRemision),
})

/** Each action's fields: the form's name and the API's. */
const CAMPOS: Record<string, [form: keyof AccionReclamo, api: string][]> = {
  pedir_informacion: [['mensaje', 'mensaje']],
  pedir_descargo: [
    ['unidad', 'unidad'],
    ['pedido', 'pedido'],
  ],
  contestar: [['respuestaReclamo', 'texto']],
  remitir: [
    ['destinoRemision', 'destino'],
    ['dondeRemision', 'donde'],
    ['motivoRemision', 'fundamento'],
  ],
}
const LIBRES = new Set<keyof AccionReclamo>(['mensaje', 'pedido', 'respuestaReclamo', 'motivoRemision'])

/** The chosen action's fields under the form's names, free text as typed, the rest trimmed. */
function entrada(values: AccionReclamo): Record<string, string> {
  const out: Record<string, string> = { accion: values.accion }
  for (const [campo] of CAMPOS[values.accion] ?? [])
    out[campo] = LIBRES.has(campo) ? values[campo] : values[campo].trim()
  return out
}

/** The body the API takes: the same fields under its names. */
function cuerpo(values: AccionReclamo): Record<string, string> {
  const out: Record<string, string> = { accion: values.accion }
  const checked = entrada(values)
  for (const [campo, api] of CAMPOS[values.accion] ?? []) out[api] = checked[campo] ?? ''
  return out
}

/** The form's name of a field the API names in a problem, for the chosen action. */
const campoDelForm = (campo: string, values: AccionReclamo) =>
  CAMPOS[values.accion]?.find(([, api]) => api === campo)?.[0] ?? campo

/** The unit concerned, as the case's detail names it, to start the request for an account with. */
const unidadReclamada = (caso: VistaCaso) =>
  typeof caso.detalle.unidadCode === 'string' ? caso.detalle.unidadCode : ''

/**
 * The actions' form of a complaint.
 *
 * @example
 * const form = accionesReclamo(caso)
 */
export const accionesReclamo = (caso: VistaCaso) =>
  createForm(
    AccionForm,
    {
      accion: '',
      mensaje: '',
      unidad: unidadReclamada(caso),
      pedido: '',
      respuestaReclamo: '',
      destinoRemision: '',
      dondeRemision: '',
      motivoRemision: '',
    } satisfies AccionReclamo,
    entrada,
  )

/** The questions of each action, revealed under its radio. */
function campos(caso: VistaCaso, form: Form<AccionReclamo>): Record<string, () => JSX.Element> {
  const unidades = useUnidades()
  const texto = (id: keyof AccionReclamo, max: number) => (
    <TextField
      id={id}
      label={fieldLabel(locale(), id)}
      hint={pr.known('campo', `${id}.hint`)?.()}
      error={form.error(id)}
      value={form.values()[id]}
      onInput={form.set(id)}
      multiline
      maxLength={max}
    />
  )
  return {
    pedir_informacion: () => texto('mensaje', 2000),
    pedir_descargo: () => (
      <>
        <Select
          {...form.field('unidad')}
          label={trc('rc.campo.unidad')}
          hint={
            unidadReclamada(caso)
              ? trc('rc.campo.unidad.hint', { unidad: unidadLabel(unidadReclamada(caso)) })
              : undefined
          }
          placeholder={trc('rc.campo.unidad.elija')}
          groups={unidadGroups(unidades())}
        />
        {texto('pedido', 4000)}
      </>
    ),
    contestar: () => texto('respuestaReclamo', MAX_TEXTO_OFICIAL),
    remitir: () => (
      <>
        <Radios
          {...form.field('destinoRemision')}
          options={DESTINOS_REMISION.map((destino) => ({
            value: destino,
            label: pr.palabra('campo.destino', destino),
            hint: pr.palabra('campo.destino', `${destino}.hint`),
          }))}
        />
        <TextField {...form.field('dondeRemision')} hint={trc('rc.campo.donde.hint')} autocomplete="off" />
        {texto('motivoRemision', 2000)}
      </>
    ),
  }
}

/** What confirming will do, in the complaint's terms. */
function queHara(caso: VistaCaso, values: AccionReclamo): string {
  return (
    pr.known(
      'confirmar',
      values.accion,
    )?.({
      numero: caso.numero,
      unidad: unidadLabel(values.unidad.trim()),
      destino: pr.palabra('destino', values.destinoRemision),
      donde: values.dondeRemision.trim(),
    }) ?? ''
  )
}

const CITADO: Record<string, keyof AccionReclamo> = {
  pedir_informacion: 'mensaje',
  pedir_descargo: 'pedido',
  contestar: 'respuestaReclamo',
  remitir: 'motivoRemision',
}

/** The text the confirmation quotes: the question, the request to the unit, the answer, the reason. */
function cita(values: AccionReclamo): string | undefined {
  const campo = CITADO[values.accion]
  return campo ? values[campo].trim() : undefined
}

/**
 * The complaint's part of the shared actions' block (web/funcionarios/casos/Acciones.tsx).
 *
 * @example
 * <Acciones p={pr} servicio={servicioReclamo(caso, form)} … />
 */
export function servicioReclamo(caso: VistaCaso, form: Form<AccionReclamo>): Servicio<AccionReclamo> {
  return {
    campos: campos(caso, form),
    cuerpo,
    queHara: (values) => queHara(caso, values),
    cita,
    campoDelForm,
  }
}
