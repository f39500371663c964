import { For } from 'solid-js'
import { TipoPermisoInput } from '../../../worker/permisos/schema.ts'
import { Checkbox } from '../../components/Checkbox.tsx'
import { SubmitButton } from '../../components/FieldChrome.tsx'
import { usePageTitle } from '../../components/page.ts'
import { TextField } from '../../components/TextField.tsx'
import { callApi } from '../../forms/api.ts'
import { createForm } from '../../forms/form.ts'
import { problemsOf } from '../../forms/problemas.ts'
import { locale, t } from '../../i18n/index.ts'
import { fieldLabel } from '../../i18n/server-catalog.ts'
import { ADMIN_API, CAMPOS, type Campo, type TipoPermiso } from './api.ts'
import { CabeceraRegla } from './Cabecera.tsx'
import { campoLabel } from './Detalle.tsx'
import { tfp } from './i18n/index.ts'

type Answers = Record<
  | 'nombre'
  | 'descripcion'
  | 'duracionMaxMin'
  | 'horaDesde'
  | 'horaHasta'
  | 'cupoSemanal'
  | 'campos'
  | 'activo',
  string
>

const answersOf = (tipo: TipoPermiso): Answers => ({
  nombre: tipo.nombre,
  descripcion: tipo.descripcion,
  duracionMaxMin: String(tipo.duracionMaxMin),
  horaDesde: tipo.horaDesde,
  horaHasta: tipo.horaHasta,
  cupoSemanal: String(tipo.cupoSemanal),
  campos: tipo.campos.join(' '),
  activo: tipo.activo ? 'si' : '',
})

/** A typed number as the API's integer; what is not one stays text, for the schema to name. */
const numero = (text: string) => (/^\s*\d+\s*$/.test(text) ? Number(text) : text)

const inputOf = (values: Answers) => ({
  nombre: values.nombre,
  descripcion: values.descripcion,
  duracionMaxMin: numero(values.duracionMaxMin),
  horaDesde: values.horaDesde.trim(),
  horaHasta: values.horaHasta.trim(),
  cupoSemanal: numero(values.cupoSemanal),
  campos: values.campos.split(' ').filter(Boolean),
  activo: values.activo === 'si',
})

/** An administrator changes a permit type: every rule of it, and whether citizens are offered it. */
export function TipoForm(props: { tipo: TipoPermiso; onSaved: (tipo: TipoPermiso) => void }) {
  const form = createForm(TipoPermisoInput, answersOf(props.tipo), inputOf)
  const label = (field: string) => fieldLabel(locale(), field)
  usePageTitle(
    () => tfp('fp.tipos.editar', { nombre: props.tipo.nombre }),
    () => form.errors().length > 0,
  )
  const has = (campo: Campo) => form.values().campos.split(' ').includes(campo)
  const toggle = (campo: Campo, on: boolean) =>
    form.set('campos')(CAMPOS.filter((item) => (item === campo ? on : has(item))).join(' '))
  const save = async (values: Answers) => {
    const id = encodeURIComponent(props.tipo.id)
    const result = await callApi<TipoPermiso>('PUT', `${ADMIN_API}/tipos/${id}`, inputOf(values))
    if (!result.ok) return form.fail(problemsOf(result))
    props.onSaved(result.body)
  }
  const text = (field: keyof Answers, hint?: string, inputClass?: string) => (
    <TextField
      id={field}
      label={label(field)}
      hint={hint}
      error={form.error(field)}
      value={form.values()[field]}
      onInput={form.set(field)}
      autocomplete="off"
      inputClass={inputClass}
    />
  )
  return (
    <>
      <CabeceraRegla title={tfp('fp.tipos.editar', { nombre: props.tipo.nombre })} form={form} />
      <form novalidate onSubmit={form.onSubmit(save)}>
        {text('nombre', undefined, 'input--30')}
        <TextField {...form.field('descripcion')} label={label('descripcion')} multiline maxLength={300} />
        {text('duracionMaxMin', tfp('fp.tipos.duracion.hint'), 'input--5')}
        {text('horaDesde', tfp('fp.tipos.hora.hint'), 'input--5')}
        {text('horaHasta', tfp('fp.tipos.hora.hint'), 'input--5')}
        {text('cupoSemanal', tfp('fp.tipos.cupo.hint'), 'input--5')}
        <div class={form.error('campos') ? 'form-group form-group--error' : 'form-group'}>
          <fieldset class="fieldset" aria-describedby="campos-hint">
            <legend class="label">{label('campos')}</legend>
            <div id="campos-hint" class="hint">
              {tfp('fp.tipos.campos.hint')}
            </div>
            <For each={CAMPOS}>
              {(campo, index) => (
                <Checkbox
                  id={index() === 0 ? 'campos' : `campos-${campo}`}
                  label={campoLabel(campo)}
                  error={index() === 0 ? form.error('campos') : undefined}
                  checked={has(campo)}
                  onChange={(on) => toggle(campo, on)}
                />
              )}
            </For>
          </fieldset>
        </div>
        <Checkbox
          id="activo"
          label={tfp('fp.tipos.activo.label')}
          error={form.error('activo')}
          checked={form.values().activo === 'si'}
          onChange={(on) => form.set('activo')(on ? 'si' : '')}
        />
        <SubmitButton form={form} label={tfp('fp.tipos.guardar')} busyLabel={t('form.sending')} />
      </form>
    </>
  )
}
