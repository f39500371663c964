import { A, useNavigate } from '@solidjs/router'
import { createSignal, Show } from 'solid-js'
import type { FieldError } from '../../worker/errors.ts'
import { Checkbox } from '../components/Checkbox.tsx'
import { ErrorSummary } from '../components/ErrorSummary.tsx'
import { focusOnNavigation, usePageTitle } from '../components/page.ts'
import { Radios } from '../components/Radios.tsx'
import { categoria, enDispositivo, setCategoria } from './estado.ts'
import type { InformacionKey } from './i18n/es.ts'
import { tinf } from './i18n/index.ts'
import { mesasDeLaVisita, tieneClave } from './mesas.ts'
import { CATEGORIAS, esCategoria } from './preguntas.ts'
import { paths, VOLVER_PATH } from './rutas.ts'

export { ready } from './i18n/index.ts'

/**
 * `/informacion`: what the service is, that nobody asks who the tipster is, what not to write, that
 * the draft lives only in the page — and the category, each with the desk that receives it (or,
 * for a desk without a key yet, that it cannot take tips now).
 */
export function Inicio() {
  const navigate = useNavigate()
  const mesas = mesasDeLaVisita()
  const [errores, setErrores] = createSignal<FieldError[]>([])
  const [aviso, setAviso] = createSignal('')
  const guardar = async (on: boolean) => {
    // Its module (and the offline kit's draft) loads only for a tipster who asks for it.
    const { guardarEnDispositivo } = await import('./guardado.ts')
    const hecho = await guardarEnDispositivo(on)
    setAviso(hecho ? '' : tinf('inf.guardar.no'))
    // Refused, the box goes back to what is true (Solid does not re-set an unchanged value).
    const caja = document.getElementById('guardar')
    if (caja instanceof HTMLInputElement) caja.checked = enDispositivo()
  }
  const continuar = async () => {
    const { continuarGuardado } = await import('./guardado.ts')
    if (!(await continuarGuardado())) setAviso(tinf('inf.continuar.nada'))
    else navigate(esCategoria(categoria()) ? paths.review : paths.start)
  }
  usePageTitle(
    () => tinf('inf.title'),
    () => errores().length > 0,
  )
  const mesa = (id: string) => mesas()?.find((m) => m.id === id)
  const hint = (id: (typeof CATEGORIAS)[number]) => {
    const base = tinf(`inf.cat.${id}.hint` as InformacionKey)
    if (mesas.loading || mesas.error) return base
    const encontrada = mesa(id)
    return tieneClave(encontrada)
      ? `${base} ${tinf('inf.cat.unidad', { unidad: encontrada.unidad })}`
      : `${base} ${tinf('inf.cat.sinClave')}`
  }
  const onSubmit = (event: SubmitEvent) => {
    event.preventDefault()
    const elegida = categoria()
    if (!esCategoria(elegida)) {
      setErrores([{ field: 'categoria', message: tinf('inf.error.categoria') }])
      return
    }
    if (!mesas.error && !mesas.loading && !tieneClave(mesa(elegida))) {
      setErrores([{ field: 'categoria', message: tinf('inf.error.sinClave') }])
      return
    }
    setErrores([])
    navigate(paths.pregunta(elegida, 1))
  }
  return (
    <>
      <Show when={errores().length > 0 ? errores() : undefined} keyed>
        {(lista) => <ErrorSummary errors={lista} />}
      </Show>
      <h1 tabindex="-1" ref={focusOnNavigation}>
        {tinf('inf.title')}
      </h1>
      <p class="lead">{tinf('inf.lead')}</p>
      <p>
        <A href={VOLVER_PATH}>{tinf('inf.volver.enlace')}</A>
      </p>
      <h2>{tinf('inf.anon.title')}</h2>
      <p>{tinf('inf.anon.body')}</p>
      <h2>{tinf('inf.noEscriba.title')}</h2>
      <p>{tinf('inf.noEscriba.body')}</p>
      <div class="inset">
        <p>{tinf('inf.memoria')}</p>
      </div>
      <Show when={mesas.loading}>
        <p role="status">{tinf('inf.mesas.cargando')}</p>
      </Show>
      <Show when={mesas.error}>
        <p class="error-message" role="alert">
          {tinf('inf.mesas.error')}
        </p>
      </Show>
      <form novalidate onSubmit={onSubmit}>
        <Radios
          id="categoria"
          legend={tinf('inf.categoria.legend')}
          error={errores().find((e) => e.field === 'categoria')?.message}
          options={CATEGORIAS.map((id) => ({
            value: id,
            label: tinf(`inf.cat.${id}` as InformacionKey),
            hint: hint(id),
          }))}
          value={categoria()}
          onChange={(value) => {
            if (esCategoria(value)) setCategoria(value)
          }}
        />
        <fieldset class="fieldset">
          <legend class="label">{tinf('inf.guardar.legend')}</legend>
          <Checkbox
            id="guardar"
            label={tinf('inf.guardar.label')}
            hint={tinf('inf.guardar.hint')}
            checked={enDispositivo()}
            onChange={(on) => void guardar(on)}
          />
        </fieldset>
        <button type="submit" class="button">
          {tinf('inf.start')}
        </button>
      </form>
      <p>
        <button type="button" class="button button--secondary" onClick={() => void continuar()}>
          {tinf('inf.continuar')}
        </button>
      </p>
      <p role="status">{aviso()}</p>
    </>
  )
}
