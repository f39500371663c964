import { A, useNavigate, useSearchParams } from '@solidjs/router'
import { createSignal, Match, onMount, Show, Switch } from 'solid-js'
import type { FieldError } from '../../../worker/errors.ts'
import { Checkbox } from '../../components/Checkbox.tsx'
import { ErrorSummary } from '../../components/ErrorSummary.tsx'
import { focusOnNavigation, usePageTitle } from '../../components/page.ts'
import { TextField } from '../../components/TextField.tsx'
import { callApi } from '../../forms/api.ts'
import { problemsOf } from '../../forms/problemas.ts'
import { errorFor } from '../../forms/validate.ts'
import { useParametro } from '../parametro.ts'
import { StaffGate } from '../StaffGate.tsx'
import { ADMIN_API, adminMemorialApi, MEMORIALES_PATH, type MemorialAdmin } from './api.ts'
import { subirFoto } from './foto.ts'
import { tfc } from './i18n/index.ts'

const vacio = { nombre: '', grado: '', unidad: '', fecha: '', texto: '', publicado: false }

/** The photo's field: a chosen image, drawn at the three widths here and uploaded at once. */
function CampoFoto(props: {
  actual: string | null
  vista: string | null
  error: string | undefined
  onFoto: (foto: string | null) => void
}) {
  const [fase, setFase] = createSignal<'' | 'preparando' | 'subiendo' | 'lista' | 'imagen' | 'red'>('')
  const [error, setError] = createSignal('')
  const elegir = async (input: HTMLInputElement) => {
    const archivo = input.files?.[0]
    if (!archivo) return
    setError('')
    const subida = await subirFoto(archivo, setFase)
    if (subida.kind === 'ok') {
      props.onFoto(subida.foto)
      return setFase('lista')
    }
    setFase(subida.kind === 'imagen' ? 'imagen' : 'red')
    setError(
      subida.kind === 'imagen'
        ? tfc('fc.mem.foto.error')
        : (subida.error?.fields?.[0]?.message ?? subida.error?.message ?? tfc('fc.mem.foto.errorSubida')),
    )
  }
  const mensaje = () => error() || props.error
  return (
    <div class={mensaje() ? 'form-group form-group--error' : 'form-group'}>
      <label class="label" for="foto">
        {tfc('fc.mem.foto')}
      </label>
      <div id="foto-hint" class="hint">
        {tfc('fc.mem.foto.hint')}
      </div>
      <Show when={props.vista && fase() === ''}>
        <img class="foto-vista" src={props.vista ?? ''} alt="" />
        <p class="hint">{tfc('fc.mem.foto.actual')}</p>
      </Show>
      <Show when={mensaje()}>
        <p id="foto-error" class="error-message">
          {mensaje()}
        </p>
      </Show>
      <input
        id="foto"
        name="foto"
        type="file"
        accept="image/jpeg,image/png,image/webp"
        class="file-upload"
        aria-describedby={mensaje() ? 'foto-hint foto-error' : 'foto-hint'}
        onChange={(event) => void elegir(event.currentTarget)}
      />
      <p class="hint" role="status">
        {fase() === 'preparando'
          ? tfc('fc.mem.foto.preparando')
          : fase() === 'subiendo'
            ? tfc('fc.mem.foto.subiendo')
            : fase() === 'lista'
              ? tfc('fc.mem.foto.lista')
              : ''}
      </p>
    </div>
  )
}

/**
 * `/funcionarios/condolencias/memoriales/nuevo` and `…/memoriales/:slug` (`memoriales.administrar`):
 * a memorial's nombre, grado, unidad, fecha, texto, photo and whether it is published. The API
 * checks it (worker/condolencias/schema.ts `MemorialInput`) and names each problem's field.
 */
export function MemorialEditar() {
  const navigate = useNavigate()
  const parametro = useParametro()
  const slug = () => (parametro() === 'nuevo' ? null : parametro())
  const titulo = () => (slug() ? tfc('fc.mem.editar.title') : tfc('fc.mem.nuevo.title'))
  const [valores, setValores] = createSignal({ ...vacio })
  const [foto, setFoto] = createSignal<string | null>(null)
  const [vista, setVista] = createSignal<string | null>(null)
  const [estado, setEstado] = createSignal<'cargando' | 'listo' | 'no-existe'>(slug() ? 'cargando' : 'listo')
  const [errores, setErrores] = createSignal<FieldError[]>([])
  const [intento, setIntento] = createSignal(0)
  const [guardando, setGuardando] = createSignal(false)
  // A new memorial is saved, then opened at its own address: the notice goes with it.
  const [params] = useSearchParams()
  const [guardado, setGuardado] = createSignal(params.guardado === '1')
  usePageTitle(titulo, () => errores().length > 0)
  onMount(async () => {
    const buscado = slug()
    if (!buscado) return
    const result = await callApi<{ items: MemorialAdmin[] }>('GET', ADMIN_API)
    const memorial = result.ok ? result.body.items.find((m) => m.slug === buscado) : undefined
    if (!memorial) return setEstado('no-existe')
    const { nombre, grado, unidad, fecha, texto, publicado } = memorial
    setValores({ nombre, grado, unidad, fecha, texto, publicado })
    setFoto(memorial.foto)
    setVista(memorial.fotoUrls?.src ?? null)
    setEstado('listo')
  })
  const campo = (nombre: keyof typeof vacio) => (value: string | boolean) =>
    setValores((antes) => ({ ...antes, [nombre]: value }))
  const guardar = async (event: SubmitEvent) => {
    event.preventDefault()
    setGuardando(true)
    setGuardado(false)
    const body = { ...valores(), foto: foto() }
    const actual = slug()
    const result = actual
      ? await callApi('PUT', adminMemorialApi(actual), body)
      : await callApi<{ slug: string }>('POST', ADMIN_API, body)
    setGuardando(false)
    if (!result.ok) {
      setErrores(problemsOf(result))
      return setIntento((n) => n + 1)
    }
    setErrores([])
    setGuardado(true)
    const nuevo = (result.body as { slug?: string } | undefined)?.slug
    if (!actual && nuevo)
      navigate(`${MEMORIALES_PATH}/${encodeURIComponent(nuevo)}?guardado=1`, { replace: true })
  }
  return (
    <StaffGate title={titulo()} capacidad="memoriales.administrar">
      {() => (
        <>
          <A href={MEMORIALES_PATH} class="back-link">
            {tfc('fc.mem.volver')}
          </A>
          <Show when={errores().length > 0 ? intento() : undefined} keyed>
            <ErrorSummary errors={errores()} />
          </Show>
          <Show when={guardado()}>
            <p class="inset" role="status">
              {tfc('fc.mem.guardado')}
            </p>
          </Show>
          <h1 tabindex="-1" ref={focusOnNavigation}>
            {titulo()}
          </h1>
          <Switch>
            <Match when={estado() === 'cargando'}>
              <p role="status">{tfc('fc.mem.loading')}</p>
            </Match>
            <Match when={estado() === 'no-existe'}>
              <p>{tfc('fc.mem.noEncontrado')}</p>
            </Match>
            <Match when={estado() === 'listo'}>
              <form novalidate onSubmit={(event) => void guardar(event)}>
                <TextField
                  id="nombre"
                  label={tfc('fc.mem.nombre')}
                  error={errorFor(errores(), 'nombre')}
                  value={valores().nombre}
                  onInput={campo('nombre')}
                />
                <TextField
                  id="grado"
                  label={tfc('fc.mem.grado')}
                  hint={tfc('fc.mem.grado.hint')}
                  error={errorFor(errores(), 'grado')}
                  value={valores().grado}
                  onInput={campo('grado')}
                  inputClass="input--20"
                />
                <TextField
                  id="unidad"
                  label={tfc('fc.mem.unidad')}
                  hint={tfc('fc.mem.unidad.hint')}
                  error={errorFor(errores(), 'unidad')}
                  value={valores().unidad}
                  onInput={campo('unidad')}
                />
                <TextField
                  id="fecha"
                  type="date"
                  label={tfc('fc.mem.fecha')}
                  error={errorFor(errores(), 'fecha')}
                  value={valores().fecha}
                  onInput={campo('fecha')}
                  inputClass="input--10"
                />
                <TextField
                  id="texto"
                  label={tfc('fc.mem.texto')}
                  hint={tfc('fc.mem.texto.hint')}
                  error={errorFor(errores(), 'texto')}
                  value={valores().texto}
                  onInput={campo('texto')}
                  multiline
                  maxLength={1500}
                />
                <CampoFoto
                  actual={foto()}
                  vista={vista()}
                  error={errorFor(errores(), 'foto')}
                  onFoto={setFoto}
                />
                <Checkbox
                  id="publicado"
                  label={tfc('fc.mem.publicadoCampo')}
                  hint={tfc('fc.mem.publicadoCampo.hint')}
                  error={errorFor(errores(), 'publicado')}
                  checked={valores().publicado}
                  onChange={campo('publicado')}
                />
                <button type="submit" class="button" disabled={guardando()}>
                  {guardando() ? tfc('fc.mem.guardando') : tfc('fc.mem.guardar')}
                </button>
              </form>
            </Match>
          </Switch>
        </>
      )}
    </StaffGate>
  )
}
