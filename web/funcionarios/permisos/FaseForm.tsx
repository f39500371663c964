import { createSignal, onMount } from 'solid-js'
import { FaseInput } from '../../../worker/permisos/schema.ts'
import { SubmitButton } from '../../components/FieldChrome.tsx'
import { usePageTitle } from '../../components/page.ts'
import { Radios } from '../../components/Radios.tsx'
import { Select, type SelectGroup } from '../../components/Select.tsx'
import { callApi } from '../../forms/api.ts'
import { createForm } from '../../forms/form.ts'
import { problemsOf } from '../../forms/problemas.ts'
import { locale, t } from '../../i18n/index.ts'
import { fieldLabel } from '../../i18n/server-catalog.ts'
import { DateInput } from '../Campos.tsx'
import { isoDate } from '../fechas.ts'
import { ADMIN_API, type FaseComuna } from './api.ts'
import { CabeceraRegla } from './Cabecera.tsx'
import { tfp } from './i18n/index.ts'

type Answers = Record<
  'comunaCut' | 'fase' | 'desde' | 'desdeMes' | 'desdeAnio' | 'hasta' | 'hastaMes' | 'hastaAnio',
  string
>

/** `2026-11-01` as the date input's day, month and year. */
const partes = (iso: string | null) => {
  const [y = '', m = '', d = ''] = iso ? iso.split('-') : []
  return { d: d.replace(/^0/, ''), m: m.replace(/^0/, ''), y }
}

function answersOf(fase: FaseComuna | undefined): Answers {
  const desde = partes(fase?.desde ?? null)
  const hasta = partes(fase?.hasta ?? null)
  return {
    comunaCut: fase?.comunaCut ?? '',
    fase: fase?.fase ?? '',
    desde: desde.d,
    desdeMes: desde.m,
    desdeAnio: desde.y,
    hasta: hasta.d,
    hastaMes: hasta.m,
    hastaAnio: hasta.y,
  }
}

const inputOf = (values: Answers) => ({
  comunaCut: values.comunaCut,
  fase: values.fase,
  desde: isoDate(values.desde, values.desdeMes, values.desdeAnio),
  hasta: isoDate(values.hasta, values.hastaMes, values.hastaAnio) || null,
})

/** Chile's comunas by region, north to south, for the select (fetched with the form). */
async function comunaGroups(): Promise<SelectGroup[]> {
  const { regiones } = await import('../../constancias/solicitud/unidades/comunas.gen.ts')
  return regiones.map((region) => ({
    label: region.nombre,
    options: region.comunas.map(([cut, nombre]) => ({ value: cut, label: nombre })),
  }))
}

/**
 * An administrator puts a comuna under quarantine or transition from one date to another (or
 * until changed), or changes the dates of a phase (`fase`).
 */
export function FaseForm(props: { fase?: FaseComuna; onSaved: (comuna: string) => void }) {
  const form = createForm(FaseInput, answersOf(props.fase), inputOf)
  const [groups, setGroups] = createSignal<SelectGroup[]>([])
  onMount(async () => setGroups(await comunaGroups()))
  const label = (field: string) => fieldLabel(locale(), field)
  const title = () =>
    props.fase ? tfp('fp.fases.editar', { comuna: props.fase.comuna }) : tfp('fp.fases.nueva')
  usePageTitle(title, () => form.errors().length > 0)
  const save = async (values: Answers) => {
    const result = props.fase
      ? await callApi<FaseComuna>(
          'PUT',
          `${ADMIN_API}/fases/${encodeURIComponent(props.fase.id)}`,
          inputOf(values),
        )
      : await callApi<FaseComuna>('POST', `${ADMIN_API}/fases`, inputOf(values))
    if (!result.ok) return form.fail(problemsOf(result))
    const chosen = groups()
      .flatMap((group) => group.options)
      .find((option) => option.value === values.comunaCut)
    props.onSaved(chosen?.label ?? values.comunaCut)
  }
  const date = (id: 'desde' | 'hasta', hint?: string) => (
    <DateInput
      id={id}
      legend={label(id)}
      hint={hint}
      error={form.error(id)}
      day={form.values()[id]}
      month={form.values()[`${id}Mes`]}
      year={form.values()[`${id}Anio`]}
      onDay={form.set(id)}
      onMonth={form.set(`${id}Mes`)}
      onYear={form.set(`${id}Anio`)}
    />
  )
  return (
    <>
      <CabeceraRegla title={title()} form={form} />
      <form novalidate onSubmit={form.onSubmit(save)}>
        <Select
          {...form.field('comunaCut')}
          label={label('comunaCut')}
          placeholder={tfp('fp.fases.comuna.choose')}
          groups={groups()}
        />
        <Radios
          {...form.field('fase')}
          legend={label('fase')}
          options={(['cuarentena', 'transicion'] as const).map((fase) => ({
            value: fase,
            label: tfp(`fp.fases.${fase}`),
            hint: tfp(`fp.fases.${fase}.hint`),
          }))}
        />
        {date('desde')}
        {date('hasta', tfp('fp.fases.hasta.hint'))}
        <SubmitButton form={form} label={tfp('fp.fases.guardar')} busyLabel={t('form.sending')} />
      </form>
    </>
  )
}
