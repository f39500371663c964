import type { JSX } from 'solid-js'
import * as v from 'valibot'
import { MEDIOS_CONTACTO } from '../../../core/reencuentro/tipos.ts'
import { formatCivilDate } from '../../../core/time.ts'
import {
  ContactoCompartido,
  DecisionConsentimiento,
  DiaAccion,
  LugarInforme,
  MedioContacto,
  MensajeRespuesta,
  NotaReencuentro,
  ResultadoSinContacto,
} from '../../../worker/reencuentro/campos.ts'
import { Radios } from '../../components/Radios.tsx'
import { TextField } from '../../components/TextField.tsx'
import { createForm, type Form } from '../../forms/form.ts'
import { given } from '../../forms/propios.ts'
import { locale } from '../../i18n/index.ts'
import { fieldLabel } from '../../i18n/server-catalog.ts'
import type { Servicio } from '../casos/Acciones.tsx'
import type { VistaCaso } from '../casos/api.ts'
import { pe } from './palabras.tsx'

/** The team's actions' answers, under the form's own names (the API's `nota`, `fecha`, `lugar`… mean other things elsewhere). */
export type AccionReencuentro = {
  accion: string
  notaEquipo: string
  fechaAccion: string
  medioContacto: string
  decisionPersona: string
  contactoNombre: string
  contactoCorreo: string
  contactoTelefono: string
  mensajePersona: string
  resultadoBusqueda: string
  lugarInforme: string
}

export const MEDIOS = MEDIOS_CONTACTO
export const DECISIONES = DecisionConsentimiento.options
export const SIN_CONTACTO = ResultadoSinContacto.options

/** The API's checks of each action (worker/reencuentro/campos.ts), under the form's names. */
const AccionForm = v.variant('accion', [
  v.object({ accion: v.literal('analizar') }),
  v.object({ accion: v.literal('anotar'), notaEquipo: NotaReencuentro }),
  v.object({
    accion: v.literal('contactar'),
    fechaAccion: DiaAccion,
    medioContacto: MedioContacto,
    notaEquipo: NotaReencuentro,
  }),
  v.variant('decisionPersona', [
    v.object({
      accion: v.literal('registrar_consentimiento'),
      decisionPersona: v.literal('compartir_contacto'),
      contactoNombre: ContactoCompartido.entries.nombre,
      contactoCorreo: ContactoCompartido.entries.correo,
      contactoTelefono: ContactoCompartido.entries.telefono,
      mensajePersona: v.optional(MensajeRespuesta),
    }),
    v.object({
      accion: v.literal('registrar_consentimiento'),
      decisionPersona: v.literal('solo_mensaje'),
      mensajePersona: MensajeRespuesta,
    }),
    v.object({ accion: v.literal('registrar_consentimiento'), decisionPersona: v.literal('nada') }),
  ]),
  v.object({
    accion: v.literal('concluir'),
    resultadoBusqueda: ResultadoSinContacto,
    notaEquipo: NotaReencuentro,
  }),
  v.object({
    accion: v.literal('informar_en_persona'),
    fechaAccion: DiaAccion,
    lugarInforme: LugarInforme,
    notaEquipo: v.optional(NotaReencuentro),
  }),
])

/** Each action's fields: the form's name and the API's (`contacto.*` nests). */
const CAMPOS: Record<string, [form: keyof AccionReencuentro, api: string][]> = {
  anotar: [['notaEquipo', 'nota']],
  contactar: [
    ['fechaAccion', 'fecha'],
    ['medioContacto', 'medio'],
    ['notaEquipo', 'nota'],
  ],
  registrar_consentimiento: [
    ['decisionPersona', 'decision'],
    ['contactoNombre', 'contacto.nombre'],
    ['contactoCorreo', 'contacto.correo'],
    ['contactoTelefono', 'contacto.telefono'],
    ['mensajePersona', 'mensajeRespuesta'],
  ],
  concluir: [
    ['resultadoBusqueda', 'resultado'],
    ['notaEquipo', 'nota'],
  ],
  informar_en_persona: [
    ['fechaAccion', 'fecha'],
    ['lugarInforme', 'lugar'],
    ['notaEquipo', 'nota'],
  ],
}

/** The chosen action's answers that were given (a blank optional one is left out). */
function entrada(values: AccionReencuentro): Record<string, string> {
  const out: Record<string, string> = { accion: values.accion }
  for (const [campo] of CAMPOS[values.accion] ?? []) {
    const value = given(values[campo])
    if (value !== undefined) out[campo] = value
  }
  // Only a shared contact carries one: a contact typed before choosing «Solo un mensaje» stays here.
  if (values.decisionPersona !== 'compartir_contacto')
    for (const campo of ['contactoNombre', 'contactoCorreo', 'contactoTelefono']) delete out[campo]
  return out
}

/** The body the API takes: the same answers under its names, the shared contact nested. */
function cuerpo(values: AccionReencuentro): Record<string, unknown> {
  const checked = entrada(values)
  const out: Record<string, unknown> = { accion: values.accion }
  const contacto: Record<string, string> = {}
  for (const [campo, api] of CAMPOS[values.accion] ?? []) {
    const value = checked[campo]
    if (value === undefined) continue
    if (api.startsWith('contacto.')) contacto[api.slice('contacto.'.length)] = value
    else out[api] = value
  }
  if (Object.keys(contacto).length > 0) out.contacto = contacto
  return out
}

/** The form's name of a field the API names in a problem, for the chosen action. */
const campoDelForm = (campo: string, values: AccionReencuentro) =>
  CAMPOS[values.accion]?.find(([, api]) => api === campo)?.[0] ?? campo

/**
 * The team's actions' form of a request.
 *
 * @example
 * const form = accionesReencuentro()
 */
export const accionesReencuentro = () =>
  createForm(
    AccionForm,
    {
      accion: '',
      notaEquipo: '',
      fechaAccion: '',
      medioContacto: '',
      decisionPersona: '',
      contactoNombre: '',
      contactoCorreo: '',
      contactoTelefono: '',
      mensajePersona: '',
      resultadoBusqueda: '',
      lugarInforme: '',
    } satisfies AccionReencuentro,
    entrada,
  )

/** The questions of each action, revealed under its radio. */
function campos(form: Form<AccionReencuentro>): Record<string, () => JSX.Element> {
  const texto = (
    id: keyof AccionReencuentro,
    opciones: { multiline?: boolean; type?: 'date' | 'email' | 'tel' } = {},
  ) => (
    <TextField
      id={id}
      label={fieldLabel(locale(), id)}
      hint={pe.known('campo', `${id}.hint`)?.()}
      error={form.error(id)}
      value={form.values()[id]}
      onInput={form.set(id)}
      multiline={opciones.multiline}
      maxLength={opciones.multiline ? 2000 : undefined}
      type={opciones.type}
      autocomplete="off"
    />
  )
  const radios = (id: keyof AccionReencuentro, lista: string, valores: readonly string[]) => (
    <Radios
      id={id}
      legend={fieldLabel(locale(), id)}
      error={form.error(id)}
      value={form.values()[id]}
      onChange={form.set(id)}
      options={valores.map((value) => ({
        value,
        label: pe.palabra(`campo.${lista}`, value),
        hint: pe.known(`campo.${lista}`, `${value}.hint`)?.(),
      }))}
    />
  )
  return {
    anotar: () => texto('notaEquipo', { multiline: true }),
    contactar: () => (
      <>
        {texto('fechaAccion', { type: 'date' })}
        {radios('medioContacto', 'medio', MEDIOS)}
        {texto('notaEquipo', { multiline: true })}
      </>
    ),
    registrar_consentimiento: () => (
      <>
        {radios('decisionPersona', 'decision', DECISIONES)}
        {form.values().decisionPersona === 'compartir_contacto' ? (
          <>
            {texto('contactoNombre')}
            {texto('contactoCorreo', { type: 'email' })}
            {texto('contactoTelefono', { type: 'tel' })}
          </>
        ) : null}
        {form.values().decisionPersona === 'compartir_contacto' ||
        form.values().decisionPersona === 'solo_mensaje'
          ? texto('mensajePersona', { multiline: true })
          : null}
      </>
    ),
    concluir: () => (
      <>
        {radios('resultadoBusqueda', 'resultado', SIN_CONTACTO)}
        {texto('notaEquipo', { multiline: true })}
      </>
    ),
    informar_en_persona: () => (
      <>
        {texto('fechaAccion', { type: 'date' })}
        {texto('lugarInforme')}
        {texto('notaEquipo', { multiline: true })}
      </>
    ),
  }
}

/** What confirming will do, in the team's terms. */
function queHara(caso: VistaCaso, values: AccionReencuentro): string {
  return (
    pe.known(
      'confirmar',
      values.accion,
    )?.({
      numero: caso.numero,
      medio: pe.palabra('medio', values.medioContacto),
      fecha: formatCivilDate(values.fechaAccion),
      lugar: values.lugarInforme.trim(),
      decision: pe.palabra('campo.decision', values.decisionPersona),
      resultado: pe.palabra('resultado', values.resultadoBusqueda),
    }) ?? ''
  )
}

/** The text the confirmation quotes: the note, or the message the requester will read. */
function cita(values: AccionReencuentro): string | undefined {
  if (values.accion === 'registrar_consentimiento') {
    const contacto = [values.contactoNombre, values.contactoCorreo, values.contactoTelefono]
      .map((s) => s.trim())
      .filter(Boolean)
    const partes = values.decisionPersona === 'compartir_contacto' ? contacto : []
    if (values.decisionPersona !== 'nada' && values.mensajePersona.trim())
      partes.push(values.mensajePersona.trim())
    return partes.join('\n') || undefined
  }
  return values.notaEquipo.trim() || undefined
}

/**
 * The family search's part of the shared actions' block (web/funcionarios/casos/Acciones.tsx).
 *
 * @example
 * <Acciones p={pe} servicio={servicioReencuentro(caso, form)} … />
 */
export function servicioReencuentro(
  caso: VistaCaso,
  form: Form<AccionReencuentro>,
): Servicio<AccionReencuentro> {
  return {
    campos: campos(form),
    cuerpo,
    queHara: (values) => queHara(caso, values),
    cita,
    campoDelForm,
  }
}
