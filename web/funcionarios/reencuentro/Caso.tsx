import { useNavigate } from '@solidjs/router'
import { For, Show } from 'solid-js'
import { formatCivilDate } from '../../../core/time.ts'
import type { ConsultaDelCaso } from '../../../worker/reencuentro/consultas.ts'
import { usePageTitle } from '../../components/page.ts'
import { SummaryList, type SummaryRow } from '../../components/SummaryList.tsx'
import { formatDate } from '../../i18n/dates.ts'
import { Acciones } from '../casos/Acciones.tsx'
import type { EntradaHistoria, Hecho, VistaCaso } from '../casos/api.ts'
import { PaginaCaso } from '../casos/Caso.tsx'
import { Historia, Preguntas, type Relato } from '../casos/Historia.tsx'
import { Etiquetas } from '../casos/palabras.tsx'
import { useParametro } from '../parametro.ts'
import { StaffGate } from '../StaffGate.tsx'
import { accionesReencuentro, servicioReencuentro } from './acciones.tsx'
import { BUSCAR, COLA_PATH } from './api.ts'
import { edad } from './Cola.tsx'
import { Consulta } from './Consulta.tsx'
import { tfe } from './i18n/index.ts'
import { pe } from './palabras.tsx'

type Detalle = Record<string, unknown>

const SANTIAGO = 'America/Santiago'

/** A part of the detail that is an object, or an empty one. */
const objeto = (value: unknown): Detalle =>
  typeof value === 'object' && value !== null ? (value as Detalle) : {}
/** A text or number of the detail, as text, when it has one. */
const texto = (d: Detalle, campo: string): string | undefined => {
  const value = d[campo]
  if (typeof value === 'number') return String(value)
  return typeof value === 'string' && value !== '' ? value : undefined
}
/** A row for each value the detail has, under its label. */
const filas = (d: Detalle, campos: [campo: string, label: string][]): SummaryRow[] =>
  campos.flatMap(([campo, label]) => {
    const value = texto(d, campo)
    return value === undefined ? [] : [{ key: label, value }]
  })

/** The person sought and what the requester told of them, their message included. */
function Buscado(props: { d: Detalle }) {
  const b = () => objeto(props.d.buscado)
  const nombre = () => [texto(b(), 'nombres'), texto(b(), 'apellidos')].filter(Boolean).join(' ')
  return (
    <section aria-labelledby="buscado-title">
      <h2 id="buscado-title" class="heading-m">
        {tfe('re.caso.buscado')}
      </h2>
      <SummaryList
        rows={[
          { key: tfe('re.caso.nombre'), value: nombre() },
          ...filas(b(), [
            ['run', tfe('re.caso.run')],
            ['nacimientoAnio', tfe('re.caso.nacimiento')],
          ]),
          ...(texto(b(), 'relacion')
            ? [{ key: tfe('re.caso.relacion'), value: pe.palabra('relacion', texto(b(), 'relacion')) }]
            : []),
          ...filas(objeto(props.d.ultimaComuna), [['nombre', tfe('re.caso.comuna')]]),
          ...filas(props.d, [
            ['ultimoLugar', tfe('re.caso.lugar')],
            ['ultimoContactoAnio', tfe('re.caso.ultimoContacto')],
          ]),
        ]}
      />
      <Show when={texto(props.d, 'motivoDistancia')}>
        {(motivo) => (
          <>
            <h3 class="heading-s">{tfe('re.caso.motivo')}</h3>
            <p class="cs-texto">{motivo()}</p>
          </>
        )}
      </Show>
      <h3 class="heading-s">{tfe('re.caso.mensaje')}</h3>
      <p class="cs-texto">{texto(props.d, 'mensaje') ?? ''}</p>
    </section>
  )
}

/** Who asks: their name and RUN (the case's holder) and how to reach them. */
function Solicitante(props: { caso: VistaCaso }) {
  const s = () => objeto(props.caso.detalle.solicitante)
  return (
    <section aria-labelledby="solicitante-title">
      <h2 id="solicitante-title" class="heading-m">
        {tfe('re.caso.solicitante')}
      </h2>
      <p class="hint">{tfe('re.caso.solicitante.hint')}</p>
      <Show when={props.caso.titular} fallback={<p>{tfe('re.caso.sinTitular')}</p>}>
        {(titular) => (
          <SummaryList
            rows={[
              { key: tfe('re.caso.nombre'), value: titular().nombre },
              ...(titular().run ? [{ key: tfe('re.caso.run'), value: titular().run ?? '' }] : []),
              ...filas(s(), [
                ['email', tfe('re.caso.correo')],
                ['telefono', tfe('re.caso.telefono')],
              ]),
            ]}
          />
        )}
      </Show>
    </section>
  )
}

/** How it ended (staff-side): the outcome, what the person found shared, a death told in person. */
function Resultado(props: { d: Detalle }) {
  const contacto = () => objeto(props.d.contacto)
  const informado = () => objeto(props.d.informadoEnPersona)
  return (
    <Show when={texto(props.d, 'resultado')}>
      {(resultado) => (
        <section aria-labelledby="resultado-title">
          <h2 id="resultado-title" class="heading-m">
            {tfe('re.caso.resultado')}
          </h2>
          <p>
            <strong>{pe.palabra('resultado', resultado())}</strong>
          </p>
          <Show when={texto(contacto(), 'nombre')}>
            <h3 class="heading-s">{tfe('re.caso.contacto')}</h3>
            <SummaryList
              rows={filas(contacto(), [
                ['nombre', tfe('re.caso.nombre')],
                ['correo', tfe('re.caso.correo')],
                ['telefono', tfe('re.caso.telefono')],
              ])}
            />
          </Show>
          <Show when={texto(props.d, 'mensajeRespuesta')}>
            {(mensaje) => (
              <>
                <h3 class="heading-s">{tfe('re.caso.mensajeRespuesta')}</h3>
                <p class="cs-texto">{mensaje()}</p>
              </>
            )}
          </Show>
          <Show when={texto(informado(), 'fecha')}>
            {(fecha) => (
              <p>
                {tfe('re.caso.informado', {
                  fecha: formatCivilDate(fecha()),
                  lugar: texto(informado(), 'lugar') ?? '',
                })}
              </p>
            )}
          </Show>
        </section>
      )}
    </Show>
  )
}

/** The registry look-ups made for the request (the staff `detalle`'s `consultas`, worker/reencuentro/consultas.ts). */
const consultasDe = (d: Detalle): ConsultaDelCaso[] => (Array.isArray(d.consultas) ? d.consultas : [])

/** The look-ups made, oldest first: which registry and when, the RUN, the reason, who, and what it found. */
function Consultas(props: { consultas: ConsultaDelCaso[] }) {
  const registro = (r: string) => (r === 'civil' ? tfe('re.consulta.civil') : tfe('re.consulta.domicilio'))
  return (
    <section aria-labelledby="consultas-title">
      <h2 id="consultas-title" class="heading-m">
        {tfe('re.consultas.title')}
      </h2>
      <Show when={props.consultas.length > 0} fallback={<p>{tfe('re.consultas.ninguna')}</p>}>
        <For each={props.consultas}>
          {(consulta) => (
            <>
              <h3 class="heading-s">{registro(consulta.registro)}</h3>
              <SummaryList
                rows={[
                  { key: tfe('re.consultas.cuando'), value: formatDate(consulta.at, SANTIAGO) },
                  { key: tfe('re.consultas.run'), value: consulta.run ?? '—' },
                  { key: tfe('re.consultas.motivo'), value: consulta.motivo ?? '—' },
                  {
                    key: tfe('re.consultas.quien'),
                    value: consulta.funcionario || tfe('re.consultas.usted'),
                  },
                  {
                    key: tfe('re.consultas.resultado'),
                    value: tfe(`re.consultas.r.${consulta.resultado}` as 're.consultas.r.vivo'),
                  },
                ]}
              />
            </>
          )}
        </For>
      </Show>
    </section>
  )
}

/** The team's notes, by id, to tell the history's entries with them. */
const notasDe = (d: Detalle): Map<string, string> =>
  new Map(
    (Array.isArray(d.notas) ? d.notas : []).flatMap((n): [string, string][] => {
      const nota = objeto(n)
      const id = texto(nota, 'id')
      const value = texto(nota, 'texto')
      return id && value ? [[id, value]] : []
    }),
  )

/** How the history tells a search's entries: the contact's means and day, the outcome, the team's note. */
const relato = (d: Detalle): Relato => {
  const notas = notasDe(d)
  return {
    params: ({ detalle }) => ({
      medio: pe.palabra('medio', detalle.medio),
      fecha: formatCivilDate(detalle.fecha ?? ''),
      resultado: pe.palabra('resultado', detalle.resultado),
    }),
    notas: (entrada: EntradaHistoria) => {
      const nota = entrada.detalle.nota ? notas.get(entrada.detalle.nota) : undefined
      return nota ? [tfe('re.accion.nota', { texto: nota })] : []
    },
  }
}

/** The request, once the gate let the team in. */
function Pagina(props: { numero: string }) {
  const navigate = useNavigate()
  const form = accionesReencuentro()
  const hecho = (numero: string, accion: string) => {
    const state: { hecho: Hecho } = { hecho: { numero, accion } }
    navigate(COLA_PATH, { state })
  }
  return (
    <PaginaCaso
      p={pe}
      numero={props.numero}
      volver={{ href: COLA_PATH, label: tfe('re.volver.cola') }}
      form={form}
    >
      {(c, set) => (
        <>
          <p>
            <Etiquetas p={pe} estado={c().estado} vencida={false}>
              <Show when={c().estado !== 'concluida'}>
                <strong class="tag tag--pending">{edad(c().creadoAt)}</strong>
              </Show>
            </Etiquetas>
          </p>
          <p class="inset">{tfe('re.caso.registrada')}</p>
          <div class="cs-caso">
            <div class="cs-caso__principal">
              <Buscado d={c().detalle} />
              <Solicitante caso={c()} />
              <Resultado d={c().detalle} />
              <Preguntas p={pe} preguntas={c().preguntas} />
              <section aria-labelledby="notas-title">
                <h2 id="notas-title" class="heading-m">
                  {tfe('re.caso.notas')}
                </h2>
                <Show when={notasDe(c().detalle).size > 0} fallback={<p>{tfe('re.caso.sinNotas')}</p>}>
                  <ul class="list">
                    <For each={[...notasDe(c().detalle).values()]}>
                      {(nota) => <li class="cs-texto">{nota}</li>}
                    </For>
                  </ul>
                </Show>
              </section>
              <Consultas consultas={consultasDe(c().detalle)} />
              <Show when={c().estado !== 'concluida'}>
                <Consulta
                  numero={c().numero}
                  run={texto(objeto(c().detalle.buscado), 'run') ?? null}
                  onDone={(consulta) =>
                    set({
                      ...c(),
                      detalle: { ...c().detalle, consultas: [...consultasDe(c().detalle), consulta] },
                    })
                  }
                />
              </Show>
              <Show when={c().acciones.length > 0} fallback={<p>{tfe('re.acciones.ninguna')}</p>}>
                <Acciones
                  p={pe}
                  caso={c()}
                  acciones={c().acciones}
                  form={form}
                  servicio={servicioReencuentro(c(), form)}
                  onDone={(accion) => hecho(c().numero, accion)}
                />
              </Show>
            </div>
            <div class="cs-caso__lateral">
              <section aria-labelledby="tramite-title">
                <h2 id="tramite-title" class="heading-m">
                  {tfe('re.caso.tramite')}
                </h2>
                <SummaryList rows={[{ key: tfe('re.caso.recibida'), value: formatDate(c().creadoAt) }]} />
              </section>
              <Historia p={pe} historia={c().historia} relato={relato(c().detalle)} />
            </div>
          </div>
        </>
      )}
    </PaginaCaso>
  )
}

/**
 * `/funcionarios/reencuentro/:numero`: one request for the reencuentro team (`reencuentro.buscar`)
 * — the person sought and the requester's message, who asks (reserved), the outcome and what the
 * person found shared, the team's notes, «Consultar registro» while it is open, the actions
 * (Iniciar búsqueda, Anotar, Registrar contacto, Registrar la decisión de la persona, Concluir,
 * Informado en persona), its age and the dated history. Opening it is a read the requester sees.
 */
export function CasoReencuentro() {
  const numero = useParametro()
  usePageTitle(() => tfe('re.caso.title', { numero: numero() }))
  return (
    <StaffGate
      capacidad={BUSCAR}
      forbidden={tfe('re.cola.forbidden')}
      title={tfe('re.caso.title', { numero: numero() })}
    >
      {() => (
        <Show when={numero()} keyed>
          {(current) => <Pagina numero={current} />}
        </Show>
      )}
    </StaffGate>
  )
}
