import { A, useSearchParams } from '@solidjs/router'
import { createResource, createSignal, For, Match, Show, Switch } from 'solid-js'
import { usePageTitle } from '../../components/page.ts'
import { Select } from '../../components/Select.tsx'
import { SummaryList } from '../../components/SummaryList.tsx'
import { callApi } from '../../forms/api.ts'
import { StaffGate } from '../StaffGate.tsx'
import { INFORMACION_API } from './api.ts'
import { tin } from './i18n/index.ts'
import {
  COLA_PATH,
  enDia,
  type FilaCola,
  type MiMesaListada,
  type PorResellar,
  resellarPendientes,
  TIP_PATH,
} from './tips.ts'

/**
 * The states a queue can be filtered by, in the order an analyst works through them.
 *
 * @example
 * ESTADOS_COLA.includes('nueva') // true
 */
export const ESTADOS_COLA = ['nueva', 'en_analisis', 'derivada', 'descartada'] as const

const PALABRAS_ESTADO = {
  nueva: 'in.estado.tip.nueva',
  en_analisis: 'in.estado.tip.en_analisis',
  derivada: 'in.estado.tip.derivada',
  descartada: 'in.estado.tip.descartada',
} as const

/**
 * A state in words: «Nueva», «En análisis», … (an unknown one as it came).
 *
 * @example
 * estadoEnPalabras('en_analisis') // 'En análisis'
 */
export const estadoEnPalabras = (estado: string) => {
  const clave = ESTADOS_COLA.find((e) => e === estado)
  return clave ? tin(PALABRAS_ESTADO[clave]) : estado
}

/**
 * The tipster's messages that reached this desk after their tip was forwarded (at the edge, one
 * on its way while the forward committed): only this desk's key opens them, so its analyst
 * re-seals them for the desk that has the tip now (decision 0047). Nothing shows when none waits.
 */
function PorVolverASellar(props: { userId: string; mesa: string }) {
  const [pendientes, { refetch }] = createResource(
    () => props.mesa,
    async (mesa) => {
      const result = await callApi<PorResellar[]>('GET', `${INFORMACION_API}/mesas/${mesa}/resellar`)
      return result.ok ? result.body : []
    },
  )
  const [estado, setEstado] = createSignal<'listo' | 'ocupado' | 'error'>('listo')
  return (
    <Show when={(pendientes() ?? []).length > 0}>
      <div class="inset" role="status">
        <p>{tin('in.resellar.aviso', { n: pendientes()?.length ?? 0 })}</p>
        <Show when={estado() === 'error'}>
          <p class="error-message">{tin('in.resellar.error')}</p>
        </Show>
        <button
          type="button"
          class="button"
          disabled={estado() === 'ocupado'}
          onClick={async () => {
            setEstado('ocupado')
            const hecho = await resellarPendientes(props.userId, props.mesa, pendientes() ?? []).catch(
              () => undefined,
            )
            setEstado(hecho?.ok ? 'listo' : 'error')
            if (hecho?.ok) await refetch()
          }}
        >
          {tin('in.resellar.boton')}
        </button>
      </div>
    </Show>
  )
}

async function cargar(mesaPedida: string | undefined, estado: string) {
  const mias = await callApi<MiMesaListada[]>('GET', `${INFORMACION_API}/mis-mesas`)
  if (!mias.ok) return undefined
  const mesa = mias.body.find((m) => m.id === mesaPedida) ?? mias.body[0]
  if (!mesa) return { mesas: mias.body, mesa, filas: [] }
  const query = estado ? `?estado=${encodeURIComponent(estado)}` : ''
  const filas = await callApi<FilaCola[]>('GET', `${INFORMACION_API}/mesas/${mesa.id}/tips${query}`)
  return filas.ok ? { mesas: mias.body, mesa, filas: filas.body } : undefined
}

/**
 * `/funcionarios/informacion/cola?mesa=&estado=`: a desk's tips, oldest first — the day each came
 * in, its state and the tipster's unread messages — filtered by state. Nothing here is sealed: the
 * tip opens (and its read is audited) on its own page.
 *
 * @example
 * <Route path="/funcionarios/informacion/cola" component={Cola} />
 */
export function Cola() {
  const titulo = () => tin('in.cola.title')
  usePageTitle(titulo)
  const [params, setParams] = useSearchParams<{ mesa?: string; estado?: string }>()
  const [datos] = createResource(
    () => [params.mesa, params.estado ?? ''] as const,
    ([mesa, estado]) => cargar(mesa, estado),
  )
  return (
    <StaffGate capacidad="informacion.analizar" forbidden={tin('in.forbidden')} title={titulo()}>
      {(user) => (
        <>
          <A href="/funcionarios" class="back-link">
            {tin('in.back')}
          </A>
          <h1>{titulo()}</h1>
          <Show when={!datos.loading || datos()} fallback={<p>{tin('in.cargando')}</p>}>
            <Switch>
              <Match when={datos() === undefined}>
                <p>{tin('in.sinConexion')}</p>
              </Match>
              <Match when={datos()?.mesa === undefined}>
                <p>{tin('in.cola.sinMesa')}</p>
              </Match>
              <Match when={datos()}>
                {(cargada) => (
                  <>
                    <Show when={cargada().mesas.length > 1}>
                      <Select
                        id="mesa"
                        label={tin('in.cola.mesa')}
                        placeholder={tin('in.admin.elegir')}
                        options={cargada().mesas.map((m) => ({ value: m.id, label: m.unidad }))}
                        value={cargada().mesa?.id ?? ''}
                        onChange={(mesa) => setParams({ mesa })}
                      />
                    </Show>
                    <p class="lead">{tin('in.cola.lead', { unidad: cargada().mesa?.unidad ?? '' })}</p>
                    <Show when={cargada().mesa?.id}>
                      {(mesa) => <PorVolverASellar userId={user.id} mesa={mesa()} />}
                    </Show>
                    <Select
                      id="estado"
                      label={tin('in.cola.filtro')}
                      placeholder={tin('in.cola.todos')}
                      options={ESTADOS_COLA.map((e) => ({ value: e, label: estadoEnPalabras(e) }))}
                      value={params.estado ?? ''}
                      onChange={(estado) => setParams({ estado: estado || undefined })}
                    />
                    <Show when={cargada().filas.length > 0} fallback={<p>{tin('in.cola.vacia')}</p>}>
                      <ul class="cards">
                        <For each={cargada().filas}>
                          {(fila, i) => (
                            <li class="card">
                              <h2 class="card__title">
                                <A
                                  href={`${TIP_PATH}${encodeURIComponent(fila.id)}?mesa=${cargada().mesa?.id ?? ''}`}
                                >
                                  {tin('in.cola.abrirTip', { n: i() + 1, dia: enDia(fila.dia) })}
                                </A>
                              </h2>
                              <SummaryList
                                rows={[
                                  { key: tin('in.cola.recibida'), value: enDia(fila.dia) },
                                  { key: tin('in.cola.estado'), value: estadoEnPalabras(fila.estado) },
                                  { key: tin('in.cola.sinLeer'), value: String(fila.mensajesSinLeer) },
                                  { key: tin('in.tip.archivos'), value: String(fila.archivos) },
                                ]}
                              />
                            </li>
                          )}
                        </For>
                      </ul>
                    </Show>
                  </>
                )}
              </Match>
            </Switch>
          </Show>
        </>
      )}
    </StaffGate>
  )
}

/**
 * The queue of a desk, as a link's address.
 *
 * @example
 * colaDe('drogas') // '/funcionarios/informacion/cola?mesa=drogas'
 */
export const colaDe = (mesa: string) => `${COLA_PATH}?mesa=${encodeURIComponent(mesa)}`
