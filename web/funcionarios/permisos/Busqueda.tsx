import type { JSX } from 'solid-js'
import * as v from 'valibot'
import { RunField } from '../../../worker/identity/schemas.ts'
import { Select } from '../../components/Select.tsx'
import { TextField } from '../../components/TextField.tsx'
import { createForm, type Form } from '../../forms/form.ts'
import { FINALIDADES, RESERVA_DIAS } from './api.ts'
import { tfp } from './i18n/index.ts'

/** A search by the holder's RUN, and why: the person sees every such consultation. */
export const BuscarRun = v.strictObject({ run: RunField, finalidad: v.picklist(FINALIDADES) })
export type BuscarRunAnswers = { run: string; finalidad: string }

export const buscarRunForm = () => createForm(BuscarRun, { run: '', finalidad: '' })

/** One way to find a permit: its questions, then «Buscar». Submitting makes it the page's active form. */
function Busqueda<T extends Record<string, string>>(props: {
  form: Form<T>
  send: (values: T) => Promise<void>
  onSubmit: () => void
  field: keyof T & string
  words: 'codigo' | 'run'
  main?: boolean
  children?: JSX.Element
}) {
  return (
    <form
      novalidate
      onSubmit={(event) => {
        props.onSubmit()
        props.form.onSubmit(props.send)(event)
      }}
    >
      <TextField
        id={props.field}
        label={tfp(`fp.buscar.${props.words}`)}
        hint={tfp(`fp.buscar.${props.words}.hint`)}
        error={props.form.error(props.field)}
        value={props.form.values()[props.field] ?? ''}
        onInput={props.form.set(props.field)}
        autocomplete="off"
        inputClass="input--10"
      />
      {props.children}
      <button
        type="submit"
        class={props.main ? 'button' : 'button button--secondary'}
        disabled={props.form.busy()}
      >
        {tfp('fp.buscar.submit')}
      </button>
    </form>
  )
}

/** The main way to find a permit: its code. */
export function BusquedaCodigo(props: {
  form: Form<{ code: string }>
  send: (values: { code: string }) => Promise<void>
  onSubmit: () => void
}) {
  return <Busqueda {...props} field="code" words="codigo" main />
}

/**
 * The search by RUN: the RUN and the purpose of the consultation (required by the API, sent as
 * `finalidad`), with a hint saying the person will see it in «Quién vio mis datos».
 */
export function BusquedaRun(props: {
  form: Form<BuscarRunAnswers>
  send: (values: BuscarRunAnswers) => Promise<void>
  onSubmit: () => void
}) {
  return (
    <Busqueda {...props} field="run" words="run">
      <Select
        {...props.form.field('finalidad')}
        hint={tfp('fp.buscar.finalidad.hint', { dias: RESERVA_DIAS })}
        placeholder={tfp('fp.buscar.finalidad.elija')}
        options={FINALIDADES.map((finalidad) => ({
          value: finalidad,
          label: tfp(`fp.finalidad.${finalidad}`),
        }))}
      />
    </Busqueda>
  )
}
