import { useNavigate } from '@solidjs/router'
import { createSignal, For, Show } from 'solid-js'
import { nombreTipoReclamo } from '../../../worker/reclamos/palabras.ts'
import { usePageTitle } from '../../components/page.ts'
import { SummaryList, type SummaryRow } from '../../components/SummaryList.tsx'
import { formatDate, formatDay } from '../../i18n/dates.ts'
import { locale } from '../../i18n/index.ts'
import { Acciones } from '../casos/Acciones.tsx'
import type { EntradaHistoria, Hecho, VistaCaso } from '../casos/api.ts'
import { PaginaCaso } from '../casos/Caso.tsx'
import { Historia, Preguntas, type Relato } from '../casos/Historia.tsx'
import { Etiquetas } from '../casos/palabras.tsx'
import { useParametro } from '../parametro.ts'
import { StaffGate } from '../StaffGate.tsx'
import { accionesReclamo, servicioReclamo } from './acciones.tsx'
import { COLA_PATH } from './api.ts'
import { Descargos, Desenlace } from './Desenlace.tsx'
import { trc } from './i18n/index.ts'
import { cuandoOcurrio, plazoDe, plazoTexto, pr, Reabierto, reaperturaDe, SANTIAGO } from './palabras.tsx'

/** A text of the case's detail, when it has one. */
const texto = (detalle: Record<string, unknown>, campo: string): string | undefined => {
  const value = detalle[campo]
  return typeof value === 'string' && value !== '' ? value : undefined
}

/** A row for each text the detail has, under its label. */
const filas = (detalle: Record<string, unknown>, campos: [campo: string, label: string][]): SummaryRow[] =>
  campos.flatMap(([campo, label]) => {
    const value = texto(detalle, campo)
    return value === undefined ? [] : [{ key: label, value }]
  })

/** The complaint's facts: when, where, the unit and officer as described, what happened and what is asked. */
function Hechos(props: { caso: VistaCaso }) {
  const d = () => props.caso.detalle
  const funcionario = () => {
    const value = d().funcionario
    return typeof value === 'object' && value !== null ? (value as Record<string, unknown>) : {}
  }
  const testigos = () => {
    const value = d().testigos
    return Array.isArray(value)
      ? value.filter((t): t is Record<string, unknown> => typeof t === 'object')
      : []
  }
  const cuando = () => cuandoOcurrio(texto(d(), 'fecha'), texto(d(), 'hora'))
  return (
    <section aria-labelledby="hechos-title">
      <h2 id="hechos-title" class="heading-m">
        {trc('rc.caso.hechos')}
      </h2>
      <Show when={texto(d(), 'relato')} fallback={<p>{trc('rc.caso.sinHechos')}</p>}>
        <SummaryList
          rows={[
            ...filas(d(), [['tipo', trc('rc.caso.tipo')]]).map((fila) => ({
              ...fila,
              value: nombreTipoReclamo(locale(), fila.value),
            })),
            ...(cuando() ? [{ key: trc('rc.caso.cuando'), value: cuando() }] : []),
            ...filas(d(), [
              ['comuna', trc('rc.caso.comuna')],
              ['lugar', trc('rc.caso.donde')],
              ['unidad', trc('rc.caso.unidad')],
            ]),
            ...filas(funcionario(), [
              ['nombre', trc('rc.caso.funcionario')],
              ['grado', trc('rc.caso.grado')],
              ['senas', trc('rc.caso.senas')],
            ]),
            ...filas(d(), [['vehiculo', trc('rc.caso.vehiculo')]]),
          ]}
        />
        <h3 class="heading-s">{trc('rc.caso.relato')}</h3>
        <p class="cs-texto">{texto(d(), 'relato')}</p>
        <Show when={texto(d(), 'peticion')}>
          {(peticion) => (
            <>
              <h3 class="heading-s">{trc('rc.caso.peticion')}</h3>
              <p class="cs-texto">{peticion()}</p>
            </>
          )}
        </Show>
        <Show when={testigos().length > 0}>
          <h3 class="heading-s">{trc('rc.caso.testigos')}</h3>
          <ul class="list">
            <For each={testigos()}>
              {(testigo) => (
                <li>{[texto(testigo, 'nombre'), texto(testigo, 'contacto')].filter(Boolean).join(' · ')}</li>
              )}
            </For>
          </ul>
        </Show>
      </Show>
    </section>
  )
}

/** Who complains — the office may see it; the unit concerned never does. */
function Reclamante(props: { caso: VistaCaso }) {
  const d = () => props.caso.detalle
  return (
    <section aria-labelledby="reclamante-title">
      <h2 id="reclamante-title" class="heading-m">
        {trc('rc.caso.reclamante')}
      </h2>
      <p class="hint">{trc('rc.caso.reclamante.hint')}</p>
      <Show when={props.caso.titular} fallback={<p>{trc('rc.caso.sinTitular')}</p>}>
        {(titular) => (
          <SummaryList
            rows={[
              { key: trc('rc.caso.nombre'), value: titular().nombre },
              ...(titular().run ? [{ key: trc('rc.caso.run'), value: titular().run ?? '' }] : []),
              ...filas(d(), [
                ['email', trc('rc.caso.correo')],
                ['telefono', trc('rc.caso.telefono')],
              ]),
            ]}
          />
        )}
      </Show>
    </section>
  )
}

/** The case's own dates: received, and the legal due date with what is left of it. */
function Tramite(props: { caso: VistaCaso }) {
  const c = () => props.caso
  const plazo = () => {
    const vence = c().venceAt
    if (!vence) return trc('rc.caso.sinPlazo')
    const plazo = plazoDe(c())
    const dia = formatDay(vence, SANTIAGO)
    return plazo.vencida || plazo.diasRestantes !== null ? `${dia} (${plazoTexto(plazo)})` : dia
  }
  // Reopened: when and the citizen's reason, under the new term it runs on.
  const reabierto = (): SummaryRow[] => {
    const r = reaperturaDe(c())
    return r
      ? [
          {
            key: trc('rc.caso.reabierto'),
            value: trc('rc.caso.reabierto.valor', { fecha: formatDate(r.at), motivo: r.motivo }),
          },
        ]
      : []
  }
  return (
    <section aria-labelledby="tramite-title">
      <h2 id="tramite-title" class="heading-m">
        {trc('rc.caso.tramite')}
      </h2>
      <SummaryList
        rows={[
          { key: trc('rc.caso.recibido'), value: formatDate(c().creadoAt) },
          { key: trc('rc.caso.plazo'), value: plazo() },
          ...reabierto(),
        ]}
      />
    </section>
  )
}

/** How the complaint's history tells its entries: the unit asked, where it was referred and why. */
const RELATO: Relato = {
  // The unit's account is given by one of its officers: the entry names the unit by its code only.
  params: ({ accion, actor, detalle: d }) => ({
    unidad: d.unidad_nombre ?? (accion === 'recibir_descargo' ? actor.unidad : null) ?? d.unidad ?? '',
    destino: pr.palabra('destino', d.destino),
    donde: d.donde ?? '',
  }),
  notas: (entrada: EntradaHistoria) =>
    entrada.detalle.motivo ? [trc('rc.accion.motivo', { texto: entrada.detalle.motivo })] : [],
}

/** The complaint, once the gate let the office in. */
function Pagina(props: { numero: string }) {
  const navigate = useNavigate()
  const [form, setForm] = createSignal<ReturnType<typeof accionesReclamo>>()
  const hecho = (numero: string, accion: string) => {
    const state: { hecho: Hecho } = { hecho: { numero, accion } }
    navigate(COLA_PATH, { state })
  }
  return (
    <PaginaCaso
      p={pr}
      numero={props.numero}
      volver={{ href: COLA_PATH, label: trc('rc.volver.cola') }}
      form={form()}
      onCargado={(caso) => setForm(() => accionesReclamo(caso))}
    >
      {(c) => (
        <>
          <p>
            <Etiquetas
              p={pr}
              estado={c().estado}
              restanteMin={plazoDe(c()).restanteMin}
              vencida={plazoDe(c()).vencida}
              plazo={plazoTexto(plazoDe(c()))}
            >
              <Reabierto caso={c()} />
            </Etiquetas>
          </p>
          <p class="inset">{trc('rc.caso.registrada')}</p>
          <div class="cs-caso">
            <div class="cs-caso__principal">
              <Hechos caso={c()} />
              <Reclamante caso={c()} />
              <Preguntas p={pr} preguntas={c().preguntas} />
              <Descargos caso={c()} />
              <Desenlace caso={c()} />
              <Show when={c().acciones.length > 0 && form()} fallback={<p>{trc('rc.acciones.ninguna')}</p>}>
                {(f) => (
                  <Acciones
                    p={pr}
                    caso={c()}
                    acciones={c().acciones}
                    form={f()}
                    servicio={servicioReclamo(c(), f())}
                    onDone={(accion) => hecho(c().numero, accion)}
                  />
                )}
              </Show>
            </div>
            <div class="cs-caso__lateral">
              <Tramite caso={c()} />
              <Historia p={pr} historia={c().historia} relato={RELATO} />
            </div>
          </div>
        </>
      )}
    </PaginaCaso>
  )
}

/**
 * `/funcionarios/reclamos/:numero`: one complaint for the complaints office (`reclamos.atender`) —
 * the facts, who complains (the office may see it), the questions and answers, the legal due date
 * and what is left of it, the dated history, and what the office may do now: take it, ask the
 * citizen, ask the unit for its account, answer, refer it. Opening it is recorded as a read the
 * citizen sees, so the page says so.
 */
export function CasoReclamo() {
  const numero = useParametro()
  usePageTitle(() => trc('rc.caso.title', { numero: numero() }))
  return (
    <StaffGate
      capacidad="reclamos.atender"
      forbidden={trc('rc.cola.forbidden')}
      title={trc('rc.caso.title', { numero: numero() })}
    >
      {() => (
        <Show when={numero()} keyed>
          {(current) => <Pagina numero={current} />}
        </Show>
      )}
    </StaffGate>
  )
}
