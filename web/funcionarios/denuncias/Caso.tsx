import { A, useNavigate } from '@solidjs/router'
import { createSignal, Match, onMount, Show, Switch } from 'solid-js'
import { tieneCapacidad } from '../../../worker/identity/capacidades.ts'
import { ErrorSummary } from '../../components/ErrorSummary.tsx'
import { focusOnNavigation, usePageTitle } from '../../components/page.ts'
import { SummaryList } from '../../components/SummaryList.tsx'
import type { Me } from '../../cuenta/session.ts'
import { callApi } from '../../forms/api.ts'
import { formatDate } from '../../i18n/dates.ts'
import { useParametro } from '../parametro.ts'
import { StaffGate } from '../StaffGate.tsx'
import { Acciones, accionesForm } from './Acciones.tsx'
import { BANDEJA_PATH, casoApi, type Hecho, UNIDAD_PATH, type VistaCaso } from './api.ts'
import { Archivos, Contenido, Denunciante } from './Contenido.tsx'
import { Duplicados } from './Duplicados.tsx'
import { Envio } from './Envio.tsx'
import { Historia, Preguntas } from './Historia.tsx'
import { tdn } from './i18n/index.ts'
import { Etiquetas } from './palabras.tsx'

const MINUTE_MS = 60_000

/** The case's own facts: state, when it came, its target, the home comuna, the unit, the proposal. */
function Tramite(props: { caso: VistaCaso }) {
  const c = () => props.caso
  return (
    <section aria-labelledby="tramite-title">
      <h2 id="tramite-title" class="heading-m">
        {tdn('dn.caso.tramite')}
      </h2>
      <SummaryList
        rows={[
          { key: tdn('dn.caso.recibida'), value: formatDate(c().creadoAt) },
          {
            key: tdn('dn.caso.plazo'),
            value: c().venceAt ? formatDate(c().venceAt ?? '') : tdn('dn.caso.sinPlazo'),
          },
          ...(c().comuna
            ? [{ key: tdn('dn.caso.comuna'), value: `${c().comuna?.nombre}, ${c().comuna?.region}` }]
            : []),
          ...(c().unidad ? [{ key: tdn('dn.caso.unidad'), value: c().unidad?.nombre ?? '' }] : []),
          ...(c().propuesta
            ? [
                {
                  key: tdn('dn.caso.propuesta'),
                  value: tdn('dn.caso.propuesta.valor', {
                    unidad: c().propuesta?.unidad.name ?? '',
                    fiscalia: c().propuesta?.fiscalia.nombre ?? '',
                  }),
                },
              ]
            : []),
        ]}
      />
    </section>
  )
}

/** Minutes left to the target (negative: late), as the queue computes them. */
const restante = (caso: VistaCaso) =>
  caso.venceAt ? Math.floor((Date.parse(caso.venceAt) - Date.now()) / MINUTE_MS) : null

/** The report, once the gate let staff in: fetched once (each fetch is a recorded read). */
function Pagina(props: { numero: string; user: Me }) {
  const navigate = useNavigate()
  const [caso, setCaso] = createSignal<VistaCaso | 'no_existe' | null | undefined>()
  const [form, setForm] = createSignal<ReturnType<typeof accionesForm>>()
  const triar = () => tieneCapacidad(props.user, 'denuncias.triar')
  const volver = () => (triar() ? BANDEJA_PATH : UNIDAD_PATH)
  usePageTitle(
    () => tdn('dn.caso.title', { numero: props.numero }),
    () => (form()?.errors().length ?? 0) > 0,
  )
  onMount(async () => {
    const result = await callApi<VistaCaso>('GET', casoApi(props.numero))
    if (result.ok) setForm(() => accionesForm(result.body))
    setCaso(result.ok ? result.body : result.status === 404 ? 'no_existe' : null)
  })
  // A likely duplicate's button fills «marcar como duplicado» with its número; the analyst confirms.
  const usarComoOriginal = (numero: string) => {
    const f = form()
    if (!f) return
    f.set('accion')('marcar_duplicado')
    f.set('numeroOriginal')(numero)
    requestAnimationFrame(() => document.getElementById('numeroOriginal')?.focus())
  }
  const found = () => {
    const value = caso()
    return typeof value === 'object' && value !== null ? value : undefined
  }
  const hecho = (c: VistaCaso, accion: string, estado: string) => {
    if (accion !== 'enviar_fiscalia') {
      const state: { hecho: Hecho } = { hecho: { numero: c.numero, accion } }
      return navigate(volver(), { state })
    }
    // Sent: the page stays, says "enviando" and waits for the RUC.
    setCaso({
      ...c,
      estado,
      acciones: [],
      envio: {
        fiscalia: c.propuesta?.fiscalia.nombre ?? '',
        ruc: null,
        intentos: 0,
        recibidoAt: null,
        ultimoError: null,
      },
    })
  }
  return (
    <>
      <A href={volver()} class="back-link">
        {tdn(triar() ? 'dn.volver.bandeja' : 'dn.volver.unidad')}
      </A>
      <Show when={form()?.attempt()} keyed>
        <ErrorSummary errors={form()?.errors() ?? []} hrefFor={form()?.hrefFor} />
      </Show>
      <h1 tabindex="-1" ref={focusOnNavigation}>
        {tdn('dn.caso.title', { numero: props.numero })}
      </h1>
      <Switch fallback={<p>{tdn('dn.caso.cargando')}</p>}>
        <Match when={caso() === 'no_existe'}>
          <p>{tdn('dn.caso.noExiste', { numero: props.numero })}</p>
        </Match>
        <Match when={caso() === null}>
          <p>{tdn('dn.caso.error')}</p>
        </Match>
        <Match when={found()}>
          {(c) => (
            <>
              <p>
                <Etiquetas estado={c().estado} restanteMin={restante(c())} vencida={c().vencida} />
              </p>
              <p class="inset">{tdn('dn.caso.registrada')}</p>
              <div class="dn-caso">
                <div class="dn-caso__principal">
                  <Duplicados caso={c()} onOriginal={usarComoOriginal} />
                  <Contenido caso={c()} />
                  <Archivos caso={c()} />
                  <Denunciante caso={c()} />
                  <Preguntas preguntas={c().preguntas} />
                  <Show
                    when={c().acciones.length > 0 && form()}
                    fallback={
                      <Show when={!c().envio}>
                        <p>{tdn('dn.acciones.ninguna')}</p>
                      </Show>
                    }
                  >
                    {(f) => (
                      <Acciones
                        caso={c()}
                        form={f()}
                        onDone={(accion, estado) => hecho(c(), accion, estado)}
                      />
                    )}
                  </Show>
                </div>
                <div class="dn-caso__lateral">
                  <Tramite caso={c()} />
                  <Show when={c().envio} keyed>
                    {(envio) => (
                      <Envio
                        numero={c().numero}
                        inicial={envio}
                        onRuc={() =>
                          setCaso({ ...c(), estado: 'enviada_fiscalia', venceAt: null, vencida: false })
                        }
                      />
                    )}
                  </Show>
                  <Historia historia={c().historia} />
                </div>
              </div>
            </>
          )}
        </Match>
      </Switch>
    </>
  )
}

/**
 * `/funcionarios/denuncias/:numero`: one report — other reports of perhaps the same fact (linked),
 * what was reported, who reports it (a RUN only declared says so), the questions and answers, the case's dates, unit and proposed unit, its way
 * to the Fiscalía, the dated history — and what this staff member may do with it now. Opening it is
 * recorded as a read its citizen sees in «Quién vio mis datos», so the page says so. For the
 * analysts (`denuncias.triar`) and the officers of the unit it was derived to (`denuncias.unidad`).
 */
export function Caso() {
  const numero = useParametro()
  usePageTitle(() => tdn('dn.caso.title', { numero: numero() }))
  return (
    <StaffGate title={tdn('dn.caso.title', { numero: numero() })}>
      {(user) => (
        <Show
          when={tieneCapacidad(user, 'denuncias.triar') || tieneCapacidad(user, 'denuncias.unidad')}
          fallback={
            <>
              <h1>{tdn('dn.caso.title', { numero: numero() })}</h1>
              <p>{tdn('dn.unidad.forbidden')}</p>
            </>
          }
        >
          <Show when={numero()} keyed>
            {(current) => <Pagina numero={current} user={user} />}
          </Show>
        </Show>
      )}
    </StaffGate>
  )
}
