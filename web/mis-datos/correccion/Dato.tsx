import { A, useNavigate } from '@solidjs/router'
import { createSignal, Show } from 'solid-js'
import { ErrorSummary } from '../../components/ErrorSummary.tsx'
import { focusOnNavigation, usePageTitle } from '../../components/page.ts'
import { Radios } from '../../components/Radios.tsx'
import { obligatorio, t } from '../../i18n/index.ts'
import { type MisDatos, paths } from '../api.ts'
import { ConDatos } from '../ConDatos.tsx'
import { corregibles, nombreCampo, registroLegible, valor } from '../palabras.ts'
import { draft } from './form.ts'
import { tco } from './i18n/index.ts'

/** A field that can be corrected, as a choice: its record, its name and what it says now. */
interface Opcion {
  value: string
  registroTipo: string
  registroId: string
  registroCode: string
  campo: string
  actual: string
}

function opciones(datos: MisDatos): Opcion[] {
  return datos.registros.flatMap((registro) =>
    corregibles(registro).map((campo) => ({
      value: `${registro.tipo}/${registro.id}/${campo.campo}`,
      registroTipo: registro.tipo,
      registroId: registro.id,
      registroCode: registro.code ?? '',
      campo: campo.campo,
      actual: campo.valor === null ? '' : String(campo.valor),
    })),
  )
}

function Eleccion(props: { datos: MisDatos; titular: string }) {
  const navigate = useNavigate()
  const [error, setError] = createSignal(0)
  const lista = () => opciones(props.datos)
  const current = () => {
    const r = draft.values()
    return r.titular === props.titular ? `${r.registroTipo}/${r.registroId}/${r.campo}` : ''
  }
  const [elegida, setElegida] = createSignal(current())
  usePageTitle(
    () => tco('co.dato.title'),
    () => error() > 0,
  )
  const onSubmit = (event: SubmitEvent) => {
    event.preventDefault()
    const opcion = lista().find((candidate) => candidate.value === elegida())
    if (!opcion) return setError((n) => n + 1)
    const antes = draft.values()
    const mismo =
      antes.titular === props.titular &&
      antes.registroId === opcion.registroId &&
      antes.campo === opcion.campo
    draft.replace({
      titular: props.titular,
      registroTipo: opcion.registroTipo,
      registroId: opcion.registroId,
      registroCode: opcion.registroCode,
      campo: opcion.campo,
      actual: opcion.actual,
      // Another field: what was typed for the last one does not fit it.
      valor: mismo ? antes.valor : '',
      explicacion: antes.titular === props.titular ? antes.explicacion : '',
    })
    navigate(paths.valor)
  }
  return (
    <Show
      when={lista().length > 0}
      fallback={
        <>
          <h1 tabindex="-1" ref={focusOnNavigation}>
            {tco('co.caption')}
          </h1>
          <p>{tco('co.dato.none')}</p>
        </>
      }
    >
      <Show when={error() > 0 ? error() : undefined} keyed>
        <ErrorSummary errors={[{ field: 'dato', message: obligatorio(tco('co.dato.title')) }]} />
      </Show>
      <form novalidate onSubmit={onSubmit}>
        <span class="caption">
          {tco('co.caption')} · {t('form.step', { n: 1, total: 3 })}
        </span>
        <Radios
          id="dato"
          legend={tco('co.dato.title')}
          hint={tco('co.dato.hint')}
          error={error() > 0 ? obligatorio(tco('co.dato.title')) : undefined}
          options={lista().map((opcion) => ({
            value: opcion.value,
            label: `${nombreCampo(opcion.campo)} · ${registroLegible(opcion.registroTipo, opcion.registroCode)}`,
            hint: tco('co.dato.actual', { valor: valor(opcion.campo, opcion.actual) }),
          }))}
          value={elegida()}
          onChange={setElegida}
          asHeading
          headingRef={focusOnNavigation}
        />
        <button type="submit" class="button">
          {t('form.continue')}
        </button>
      </form>
    </Show>
  )
}

/**
 * `/mis-datos/correccion`, step 1: which record and field to correct, among those the API marks
 * `rectificable`. Needs the network (it lists what the server holds); the later steps do not.
 */
export function Dato() {
  return (
    <>
      <A href={paths.inicio} class="back-link">
        {t('form.back')}
      </A>
      <ConDatos returnTo={paths.correccion} encabezado={tco('co.caption')}>
        {(datos, user) => <Eleccion datos={datos} titular={user.run ?? ''} />}
      </ConDatos>
      <p class="hint">{t('form.draftNote')}</p>
    </>
  )
}
