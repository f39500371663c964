import { useNavigate } from '@solidjs/router'
import { createSignal, Show } from 'solid-js'
import { tieneCapacidad } from '../../../core/capacidades.ts'
import { usePageTitle } from '../../components/page.ts'
import { SummaryList } from '../../components/SummaryList.tsx'
import type { Me } from '../../cuenta/session.ts'
import { formatDate } from '../../i18n/dates.ts'
import type { Hecho, VistaCaso } from '../casos/api.ts'
import { PaginaCaso, restante } from '../casos/Caso.tsx'
import { Historia, Preguntas } from '../casos/Historia.tsx'
import { useParametro } from '../parametro.ts'
import { StaffGate } from '../StaffGate.tsx'
import { Acciones, accionesForm } from './Acciones.tsx'
import { BANDEJA_PATH, UNIDAD_PATH } from './api.ts'
import { Archivos, Contenido, Denunciante } from './Contenido.tsx'
import { Duplicados } from './Duplicados.tsx'
import { Envio } from './Envio.tsx'
import { tdn } from './i18n/index.ts'
import { Etiquetas, pd } from './palabras.tsx'
import { RELATO_DENUNCIA } from './relato.ts'

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

/** The report, once the gate let staff in: fetched once (each fetch is a recorded read). */
function Pagina(props: { numero: string; user: Me }) {
  const navigate = useNavigate()
  const [form, setForm] = createSignal<ReturnType<typeof accionesForm>>()
  const triar = () => tieneCapacidad(props.user, 'denuncias.triar')
  const volver = () => (triar() ? BANDEJA_PATH : UNIDAD_PATH)
  // A likely duplicate's button fills «marcar como duplicado» with its número; the analyst confirms.
  const usarComoOriginal = (numero: string) => {
    const f = form()
    if (!f) return
    f.set('accion')('marcar_duplicado')
    f.set('numeroOriginal')(numero)
    requestAnimationFrame(() => document.getElementById('numeroOriginal')?.focus())
  }
  const hecho = (c: VistaCaso, setCaso: (caso: VistaCaso) => void, accion: string, estado: string) => {
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
    <PaginaCaso
      p={pd}
      numero={props.numero}
      volver={{ href: volver(), label: tdn(triar() ? 'dn.volver.bandeja' : 'dn.volver.unidad') }}
      form={form()}
      onCargado={(caso) => setForm(() => accionesForm(caso))}
    >
      {(c, setCaso) => (
        <>
          <p>
            <Etiquetas estado={c().estado} restanteMin={restante(c())} vencida={c().vencida} />
          </p>
          <p class="inset">{tdn('dn.caso.registrada')}</p>
          <div class="cs-caso">
            <div class="cs-caso__principal">
              <Duplicados caso={c()} onOriginal={usarComoOriginal} />
              <Contenido caso={c()} />
              <Archivos caso={c()} />
              <Denunciante caso={c()} />
              <Preguntas p={pd} preguntas={c().preguntas} />
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
                    onDone={(accion, estado) => hecho(c(), setCaso, accion, estado)}
                  />
                )}
              </Show>
            </div>
            <div class="cs-caso__lateral">
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
              <Historia p={pd} historia={c().historia} relato={RELATO_DENUNCIA} />
            </div>
          </div>
        </>
      )}
    </PaginaCaso>
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
