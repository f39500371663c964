import { A } from '@solidjs/router'
import { createResource, createSignal, For, Match, Show, Switch } from 'solid-js'
import { Notice } from '../../components/Notice.tsx'
import { focusOnNavigation, usePageTitle } from '../../components/page.ts'
import type { Me } from '../../cuenta/session.ts'
import { type ApiResult, callApi } from '../../forms/api.ts'
import { problemsOf } from '../../forms/problemas.ts'
import { useParametro } from '../parametro.ts'
import { StaffGate } from '../StaffGate.tsx'
import {
  type AnalistaDeMesa,
  INFORMACION_API,
  MESAS_API,
  type MesaPublica,
  MI_CLAVE_PATH,
  type Pendiente,
} from './api.ts'
import { EstadoDeMesa } from './Estado.tsx'
import { tin } from './i18n/index.ts'
import { envolverPara, huella, nuevaVersion } from './llavero.ts'
import { estadoDeMesa } from './mesas.ts'

/** The desk of the path as its analyst sees it; `null` off the desk, `undefined` with no server. */
async function cargar(userId: string, id: string) {
  const ruta = `${INFORMACION_API}/mesas/${encodeURIComponent(id)}`
  const [mesas, pendientes, analistas] = await Promise.all([
    callApi<MesaPublica[]>('GET', MESAS_API),
    callApi<Pendiente[]>('GET', `${ruta}/pendientes`),
    callApi<AnalistaDeMesa[]>('GET', `${ruta}/analistas`),
  ])
  const mesa = mesas.ok ? mesas.body.find((m) => m.id === id) : undefined
  if (!pendientes.ok || !analistas.ok) return pendientes.status === 0 ? undefined : null
  if (!mesa) return mesas.ok ? null : undefined
  const nombres = new Map(analistas.body.map((a) => [a.userId, a.nombre]))
  const colegas = await Promise.all(
    pendientes.body
      .filter((p) => p.userId !== userId)
      .map(async (p) => ({ ...p, nombre: nombres.get(p.userId) ?? '', huella: await huella(p.publica) })),
  )
  return { mesa, analistas: analistas.body, colegas, estado: await estadoDeMesa(userId, mesa) }
}

type Cargada = NonNullable<Awaited<ReturnType<typeof cargar>>>

function Mesa(props: { user: Me; datos: Cargada; recargar: () => void }) {
  const [hecho, setHecho] = createSignal<{ titulo: string; texto: string } | undefined>()
  const [problema, setProblema] = createSignal<string | undefined>()
  const [ocupado, setOcupado] = createSignal(false)
  const mesa = () => props.datos.mesa
  const estado = () => props.datos.estado
  const siguiente = () => {
    const actual = estado()
    return actual.tipo === 'tiene' ? actual.version + 1 : 1
  }
  /** Runs one action: busy meanwhile, its refusal shown, the screen read again after it. */
  const hacer = async <T,>(
    accion: () => Promise<ApiResult<T>>,
    bien: (body: T) => { titulo: string; texto: string },
    mal?: string,
  ) => {
    setOcupado(true)
    setProblema(undefined)
    setHecho(undefined)
    const result = await accion().catch(() => undefined)
    setOcupado(false)
    if (!result) return setProblema(tin('in.estado.otroEquipo'))
    if (!result.ok) {
      return setProblema(result.status === 400 && mal ? mal : problemsOf(result)[0]?.message)
    }
    setHecho(bien(result.body))
    props.recargar()
  }
  const nueva = (version: number) =>
    hacer(
      () => nuevaVersion(props.user.id, mesa().id, version, props.datos.analistas),
      (body) => ({ titulo: tin('in.creada.title'), texto: tin('in.creada.body', { version: body.version }) }),
      tin('in.rotar.incompleta'),
    )
  const envolver = (colega: Cargada['colegas'][number]) =>
    hacer(
      () => envolverPara(props.user.id, mesa().id, colega),
      () => ({
        titulo: tin('in.pendientes.title'),
        texto: tin('in.pendientes.hecho', { huella: colega.huella }),
      }),
    )
  return (
    <>
      <Show when={hecho()}>
        {(aviso) => (
          <Notice title={aviso().titulo}>
            <p>{aviso().texto}</p>
          </Notice>
        )}
      </Show>
      <h1 tabindex="-1" ref={focusOnNavigation}>
        {tin('in.mesa.title', { unidad: mesa().unidad })}
      </h1>
      <p class="lead">
        <EstadoDeMesa estado={estado()} />
      </p>
      <p class="error-message" role="alert">
        {problema() ?? ''}
      </p>
      <Switch>
        <Match when={estado().tipo === 'sinLlavero' || estado().tipo === 'otroEquipo'}>
          <p>
            <A href={MI_CLAVE_PATH}>{tin('in.estado.sinLlavero.link')}</A>
          </p>
        </Match>
        <Match when={estado().tipo === 'sinClave'}>
          <p class="hint">{tin('in.crear.hint')}</p>
          <button type="button" class="button" disabled={ocupado()} onClick={() => void nueva(1)}>
            {tin('in.crear')}
          </button>
        </Match>
        <Match when={estado().tipo === 'tiene'}>
          <p class="hint">{tin('in.rotar.hint')}</p>
          <button
            type="button"
            class="button button--secondary"
            disabled={ocupado()}
            onClick={() => void nueva(siguiente())}
          >
            {tin('in.rotar', { version: siguiente() })}
          </button>
        </Match>
      </Switch>
      <h2>{tin('in.pendientes.title')}</h2>
      <p>{tin('in.pendientes.lead')}</p>
      <Show when={props.datos.colegas.length > 0} fallback={<p>{tin('in.pendientes.ninguno')}</p>}>
        <Show when={estado().tipo === 'tiene'}>
          <ul class="list">
            <For each={props.datos.colegas}>
              {(colega) => (
                <li>
                  <h3 class="heading-s" id={`colega-${colega.userId}`}>
                    {tin('in.pendientes.colega', { nombre: colega.nombre, huella: colega.huella })}
                  </h3>
                  <p>{tin('in.pendientes.versiones', { versiones: colega.versiones.join(', ') })}</p>
                  <button
                    type="button"
                    class="button"
                    aria-describedby={`colega-${colega.userId}`}
                    disabled={ocupado()}
                    onClick={() => void envolver(colega)}
                  >
                    {tin('in.pendientes.envolver')}
                  </button>
                </li>
              )}
            </For>
          </ul>
        </Show>
        <Show when={estado().tipo !== 'tiene'}>
          <p>{tin('in.pendientes.sinClave')}</p>
        </Show>
      </Show>
    </>
  )
}

/**
 * `/funcionarios/informacion/mesas/:mesa`: an analyst of the desk sees where they stand with its
 * key, makes its first version or rotates it (in this browser: decision 0049), and wraps it for
 * colleagues waiting in «Pendientes» — after checking their key's fingerprint with them.
 */
export function ClavesMesa() {
  const id = useParametro()
  const titulo = () => tin('in.mesa.title', { unidad: '' }).trim()
  usePageTitle(titulo)
  return (
    <StaffGate capacidad="informacion.analizar" forbidden={tin('in.forbidden')} title={titulo()}>
      {(user) => {
        const [version, setVersion] = createSignal(0)
        const [datos] = createResource(
          () => [id(), version()] as const,
          ([mesa]) => cargar(user.id, mesa),
        )
        return (
          <>
            <A href={MI_CLAVE_PATH} class="back-link">
              {tin('in.menu.miClave')}
            </A>
            <Show when={!datos.loading || datos()} fallback={<p>{tin('in.cargando')}</p>}>
              <Switch>
                <Match when={datos()}>
                  {(cargada) => (
                    <Mesa user={user} datos={cargada()} recargar={() => setVersion((n) => n + 1)} />
                  )}
                </Match>
                <Match when={datos() === null}>
                  <h1>{titulo()}</h1>
                  <p>{tin('in.mesa.noEncontrada')}</p>
                </Match>
                <Match when={datos() === undefined}>
                  <h1>{titulo()}</h1>
                  <p>{tin('in.sinConexion')}</p>
                </Match>
              </Switch>
            </Show>
          </>
        )
      }}
    </StaffGate>
  )
}
