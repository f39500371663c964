import { A, useSearchParams } from '@solidjs/router'
import { createResource, createSignal, For, type JSX, Match, Show, Switch } from 'solid-js'
import { nombreComuna } from '../../components/Comuna.tsx'
import { Notice } from '../../components/Notice.tsx'
import { usePageTitle } from '../../components/page.ts'
import { Select } from '../../components/Select.tsx'
import { SummaryList, type SummaryRow } from '../../components/SummaryList.tsx'
import { TextField } from '../../components/TextField.tsx'
import type { Me } from '../../cuenta/session.ts'
import { type ApiResult, callApi } from '../../forms/api.ts'
import { problemsOf } from '../../forms/problemas.ts'
import { obligatorio } from '../../i18n/index.ts'
import { tinf } from '../../informacion/i18n/index.ts'
import { esCategoria, PREGUNTAS } from '../../informacion/preguntas.ts'
import { useParametro } from '../parametro.ts'
import { StaffGate } from '../StaffGate.tsx'
import { ArchivosDelTip } from './ArchivosDelTip.tsx'
import { INFORMACION_API, MESAS_API, type MesaPublica } from './api.ts'
import { colaDe, ESTADOS_COLA, estadoEnPalabras } from './Cola.tsx'
import { tin } from './i18n/index.ts'
import { SinClaveDeMesa } from './llavero.ts'
import {
  abrirTip,
  anotar,
  cambiarEstado,
  consultarEncargo,
  type Detalle,
  derivar,
  type Encargo,
  type Estado,
  enDia,
  preguntar,
  type Respuesta,
  type TipAbierto,
  type TipPlano,
} from './tips.ts'

/** The fields of a person or a vehicle, in words (their questions are the tipster's, below). */
const CAMPOS = {
  descripcion: 'in.tip.campo.descripcion',
  alias: 'in.tip.campo.alias',
  patente: 'in.tip.campo.patente',
  marca: 'in.tip.campo.marca',
  color: 'in.tip.campo.color',
} as const

/** Each action's field, by its label: an empty one is named in the one wording of every form. */
const ETIQUETA = {
  estado: 'in.tip.nuevoEstado',
  nota: 'in.tip.nota',
  pregunta: 'in.tip.pregunta',
  destino: 'in.tip.destino',
} as const

/** A key of `palabras` in words, or the key itself when the plaintext names one this page lacks. */
const enLista = <K extends string>(palabras: Record<K, Parameters<typeof tin>[0]>, clave: string) => {
  const conocida = (Object.keys(palabras) as K[]).find((k) => k === clave)
  return conocida ? tin(palabras[conocida]) : clave
}

/** A field of a person or vehicle in words. */
const palabra = (clave: string) => enLista(CAMPOS, clave)

/** An item's fields in words: «Patente: BBBB12, Marca: Toyota». */
const item = (valor: Record<string, string>) =>
  Object.entries(valor)
    .map(([k, v]) => `${palabra(k)}: ${k === 'comuna' ? nombreComuna(v) : v}`)
    .join(', ')

const enPalabras = (valor: Respuesta) =>
  typeof valor === 'string' ? valor : valor.map((v) => (typeof v === 'string' ? v : item(v))).join('; ')

/** The parts of a place, sealed under their own keys (texto-plano.ts). */
const LUGAR = ['comuna', 'lugar', 'punto']

/**
 * The tip's answers, each under its question as the tipster read it (the questions are data,
 * web/informacion/preguntas.ts, their words the tipster's catalogue), in the form's order; an
 * answer under a key the form no longer asks is shown under that key.
 */
function filas(plano: TipPlano): SummaryRow[] {
  const r = plano.respuestas
  const preguntas = esCategoria(plano.categoria) ? PREGUNTAS[plano.categoria] : []
  const vistas = new Set<string>()
  const conocidas = preguntas.flatMap((p): SummaryRow[] => {
    if (p.id === 'donde') {
      const partes = LUGAR.flatMap((k) => {
        vistas.add(k)
        const v = r[k]
        return typeof v === 'string' ? [k === 'comuna' ? nombreComuna(v) : v] : []
      })
      return partes.length > 0 ? [{ key: tinf('inf.q.donde'), value: partes.join(', ') }] : []
    }
    vistas.add(p.id)
    const v = r[p.id]
    return v === undefined ? [] : [{ key: tinf(`inf.q.${p.id}`), value: enPalabras(v) }]
  })
  const otras = Object.entries(r)
    .filter(([k]) => !vistas.has(k))
    .map(([k, v]) => ({ key: k, value: enPalabras(v) }))
  return [...conocidas, ...otras]
}

/** The tip of the path: opened here, or why not (`null`: not on this desk; a string: the reason). */
async function cargar(userId: string, mesa: string, id: string) {
  const result = await callApi<Detalle>(
    'GET',
    `${INFORMACION_API}/mesas/${encodeURIComponent(mesa)}/tips/${encodeURIComponent(id)}`,
  )
  if (!result.ok) return result.status === 0 ? tin('in.sinConexion') : null
  try {
    return await abrirTip(userId, result.body)
  } catch (error) {
    if (error instanceof SinClaveDeMesa) return tin('in.tip.sinClave')
    throw error
  }
}

/** A plate's «Consultar encargo» and the registry's answer in words, spoken when it comes. */
function ConsultaEncargo(props: { patente: string }) {
  const [respuesta, setRespuesta] = createSignal<Encargo | string | undefined>()
  const consultar = async () => {
    const result = await consultarEncargo(props.patente)
    setRespuesta(result.ok ? result.body : (problemsOf(result)[0]?.message ?? tin('in.sinConexion')))
  }
  // In words when shown, so that the comuna's name comes once the comunas' list has loaded.
  const enPalabras = () => {
    const r = respuesta()
    if (r === undefined || typeof r === 'string') return r ?? ''
    return r.robado
      ? tin('in.tip.encargo.si', {
          patente: r.patente,
          fecha: r.robado.fecha,
          comuna: nombreComuna(r.robado.comuna),
        })
      : tin('in.tip.encargo.no', { patente: r.patente })
  }
  return (
    <li>
      <button type="button" class="button button--secondary" onClick={() => void consultar()}>
        {tin('in.tip.encargo', { patente: props.patente })}
      </button>
      <p aria-live="polite">{enPalabras()}</p>
    </li>
  )
}

/** A titled part of the tip's page. */
function Parte(props: { id: string; titulo: string; children: JSX.Element }) {
  return (
    <section aria-labelledby={props.id}>
      <h2 id={props.id} class="heading-m">
        {props.titulo}
      </h2>
      {props.children}
    </section>
  )
}

function Abierto(props: { user: Me; abierto: TipAbierto; recargar: () => void }) {
  const detalle = () => props.abierto.detalle
  const respuestas = () => props.abierto.plano.respuestas
  const patentes = () => {
    const vehiculos = respuestas().vehiculos
    return Array.isArray(vehiculos)
      ? vehiculos.flatMap((v) => (typeof v === 'object' && v.patente ? [v.patente] : []))
      : []
  }
  const [mesas] = createResource(async () => {
    const result = await callApi<MesaPublica[]>('GET', MESAS_API)
    return result.ok ? result.body : []
  })
  const [estado, setEstado] = createSignal('')
  const [notaEstado, setNotaEstado] = createSignal('')
  const [destino, setDestino] = createSignal('')
  const [errores, setErrores] = createSignal<Record<string, string>>({})
  const [hecho, setHecho] = createSignal<string | undefined>()
  const [ocupado, setOcupado] = createSignal(false)
  /** Runs one action: its field's refusal shown beside it, the tip read again after it. */
  const hacer = async (
    campo: keyof typeof ETIQUETA,
    falta: boolean,
    accion: () => Promise<ApiResult<unknown>>,
    bien: string,
  ) => {
    setHecho(undefined)
    const error = (texto: string) => {
      setErrores({ [campo]: texto })
      return false
    }
    if (falta) return error(obligatorio(tin(ETIQUETA[campo])))
    setErrores({})
    setOcupado(true)
    const result = await accion().catch(() => undefined)
    setOcupado(false)
    if (!result) return error(tin('in.tip.noSellado'))
    if (!result.ok) return error(problemsOf(result)[0]?.message ?? tin('in.sinConexion'))
    setHecho(bien)
    return true
  }
  const alTerminar = (ok: boolean, limpiar: () => void) => {
    if (!ok) return
    limpiar()
    props.recargar()
  }
  /** A part with one text and its button (a note, a question): sent, cleared, the tip read again. */
  const ParteDeTexto = (p: {
    campo: 'nota' | 'pregunta'
    titulo: string
    label: string
    hint: string
    boton: string
    bien: string
    enviar: (texto: string) => Promise<ApiResult<unknown>>
  }) => {
    const [texto, setTexto] = createSignal('')
    return (
      <Parte id={`tip-${p.campo}`} titulo={p.titulo}>
        <TextField
          id={p.campo}
          label={p.label}
          hint={p.hint}
          error={errores()[p.campo]}
          multiline
          maxLength={4000}
          value={texto()}
          onInput={setTexto}
        />
        <button
          type="button"
          class="button"
          disabled={ocupado()}
          onClick={async () =>
            alTerminar(await hacer(p.campo, texto().trim() === '', () => p.enviar(texto()), p.bien), () =>
              setTexto(''),
            )
          }
        >
          {p.boton}
        </button>
      </Parte>
    )
  }
  const unidadDe = (id: string) => (mesas() ?? []).find((m) => m.id === id)?.unidad ?? id
  // A forwarded tip has left this desk: its page says where it went, and reads nothing more.
  const [derivadaA, setDerivadaA] = createSignal<string | undefined>()
  return (
    <Show
      when={derivadaA() === undefined}
      fallback={
        <>
          <h1>{tin('in.tip.title', { dia: enDia(detalle().dia) })}</h1>
          <Notice title={tin('in.tip.hecho')}>
            <p>{derivadaA()}</p>
          </Notice>
          <A href={colaDe(detalle().mesa)}>{tin('in.cola.title')}</A>
        </>
      }
    >
      <A href={colaDe(detalle().mesa)} class="back-link">
        {tin('in.cola.title')}
      </A>
      <h1>{tin('in.tip.title', { dia: enDia(detalle().dia) })}</h1>
      <Show when={hecho()}>
        {(texto) => (
          <Notice title={tin('in.tip.hecho')}>
            <p>{texto()}</p>
          </Notice>
        )}
      </Show>
      <SummaryList
        rows={[
          {
            key: tin('in.tip.categoria'),
            value: esCategoria(props.abierto.plano.categoria)
              ? tinf(`inf.cat.${props.abierto.plano.categoria}`)
              : props.abierto.plano.categoria,
          },
          { key: tin('in.cola.estado'), value: estadoEnPalabras(detalle().estado) },
          { key: tin('in.cola.recibida'), value: enDia(detalle().dia) },
        ]}
      />
      <Parte id="tip-respuestas" titulo={tin('in.tip.respuestas')}>
        <SummaryList rows={filas(props.abierto.plano)} />
        <Show when={patentes().length > 0}>
          <ul class="list">
            <For each={patentes()}>{(patente) => <ConsultaEncargo patente={patente} />}</For>
          </ul>
        </Show>
      </Parte>
      <Parte id="tip-archivos" titulo={tin('in.tip.archivos')}>
        <ArchivosDelTip
          mesa={detalle().mesa}
          archivos={[...props.abierto.plano.archivos, ...props.abierto.mensajes.flatMap((m) => m.archivos)]}
        />
      </Parte>
      <Parte id="tip-mensajes" titulo={tin('in.tip.mensajes')}>
        <Show when={props.abierto.mensajes.length > 0} fallback={<p>{tin('in.tip.sinMensajes')}</p>}>
          <ul class="list">
            <For each={props.abierto.mensajes}>
              {(m) => (
                <li>
                  <p class="hint">
                    {tin(m.autor === 'mesa' ? 'in.tip.deMesa' : 'in.tip.deInformante', { dia: enDia(m.dia) })}
                  </p>
                  <p>{m.texto ?? tin('in.tip.noAbre')}</p>
                </li>
              )}
            </For>
          </ul>
        </Show>
      </Parte>
      <Parte id="tip-notas" titulo={tin('in.tip.notas')}>
        <Show when={props.abierto.notas.length > 0} fallback={<p>{tin('in.tip.sinNotas')}</p>}>
          <ul class="list">
            <For each={props.abierto.notas}>
              {(n) => (
                <li>
                  <p class="hint">{tin('in.tip.notaDe', { autor: n.autor, dia: enDia(n.dia) })}</p>
                  <p>{n.texto ?? tin('in.tip.noAbre')}</p>
                </li>
              )}
            </For>
          </ul>
        </Show>
      </Parte>
      <Parte id="tip-historial" titulo={tin('in.tip.historial')}>
        <ul class="list">
          <For each={detalle().historial}>
            {(h) => (
              <li>
                {h.por
                  ? tin('in.tip.historialPor', {
                      dia: enDia(h.dia),
                      estado: estadoEnPalabras(h.estado),
                      por: h.por.nombre,
                      unidad: h.mesa ? unidadDe(h.mesa) : '',
                    })
                  : tin('in.tip.historialLlegada', { dia: enDia(h.dia) })}
              </li>
            )}
          </For>
        </ul>
      </Parte>
      <Parte id="tip-estado" titulo={tin('in.tip.cambiarEstado')}>
        <Select
          id="nuevoEstado"
          label={tin('in.tip.nuevoEstado')}
          placeholder={tin('in.tip.elegirEstado')}
          error={errores().estado}
          options={ESTADOS_COLA.filter((e) => e !== 'derivada' && e !== detalle().estado).map((e) => ({
            value: e,
            label: estadoEnPalabras(e),
          }))}
          value={estado()}
          onChange={setEstado}
        />
        <TextField
          id="notaEstado"
          label={tin('in.tip.notaEstado')}
          multiline
          maxLength={4000}
          value={notaEstado()}
          onInput={setNotaEstado}
        />
        <button
          type="button"
          class="button"
          disabled={ocupado()}
          onClick={async () =>
            alTerminar(
              await hacer(
                'estado',
                estado() === '',
                () => cambiarEstado(detalle().mesa, detalle().id, estado() as Estado, notaEstado()),
                tin('in.tip.estadoCambiado', { estado: estadoEnPalabras(estado()) }),
              ),
              () => {
                setEstado('')
                setNotaEstado('')
              },
            )
          }
        >
          {tin('in.tip.cambiar')}
        </button>
      </Parte>
      <ParteDeTexto
        campo="nota"
        titulo={tin('in.tip.agregarNota')}
        label={tin('in.tip.nota')}
        hint={tin('in.tip.nota.hint')}
        boton={tin('in.tip.guardarNota')}
        bien={tin('in.tip.notaGuardada')}
        enviar={(texto) => anotar(detalle().mesa, detalle().id, texto)}
      />
      <ParteDeTexto
        campo="pregunta"
        titulo={tin('in.tip.preguntar')}
        label={tin('in.tip.pregunta')}
        hint={tin('in.tip.pregunta.hint')}
        boton={tin('in.tip.enviarPregunta')}
        bien={tin('in.tip.preguntaEnviada')}
        enviar={(texto) => preguntar(detalle().mesa, detalle().id, detalle().respuestaClave, texto)}
      />
      <Parte id="tip-derivar" titulo={tin('in.tip.derivar')}>
        <Select
          id="destino"
          label={tin('in.tip.destino')}
          hint={tin('in.tip.destino.hint')}
          placeholder={tin('in.admin.elegir')}
          error={errores().destino}
          options={(mesas() ?? [])
            .filter((m) => m.id !== detalle().mesa && m.claveVersion !== null)
            .map((m) => ({ value: m.id, label: m.unidad }))}
          value={destino()}
          onChange={setDestino}
        />
        <button
          type="button"
          class="button button--secondary"
          disabled={ocupado()}
          onClick={async () => {
            const ok = await hacer(
              'destino',
              destino() === '',
              () => derivar(props.user.id, detalle(), destino()),
              tin('in.tip.derivada', { unidad: unidadDe(destino()) }),
            )
            if (ok) setDerivadaA(hecho())
          }}
        >
          {tin('in.tip.derivarBoton')}
        </button>
      </Parte>
    </Show>
  )
}

/**
 * `/funcionarios/informacion/tips/:id?mesa=`: one tip for an analyst of its desk, opened in this
 * browser with the desk's key — its answers by question, the messages both ways, the notes, its
 * history — and the desk's actions: a state with a note, a note, a question to the tipster, a
 * forward re-sealed to another desk, a plate checked against the stolen-vehicle registry. The read
 * is audited on the server.
 *
 * @example
 * ['informacion/tips/', screen(informacion, (m) => m.Tip)] // web/funcionarios/rutas.tsx
 */
export function Tip() {
  const id = useParametro()
  const [params] = useSearchParams<{ mesa?: string }>()
  const titulo = () => tin('in.menu.title')
  usePageTitle(titulo)
  return (
    <StaffGate capacidad="informacion.analizar" forbidden={tin('in.forbidden')} title={titulo()}>
      {(user) => {
        const [vuelta, setVuelta] = createSignal(0)
        const [datos] = createResource(
          () => [params.mesa ?? '', id(), vuelta()] as const,
          ([mesa, tip]) => cargar(user.id, mesa, tip),
        )
        const abierto = () => {
          const tip = datos()
          return typeof tip === 'object' && tip !== null ? tip : undefined
        }
        return (
          <Show when={!datos.loading || datos()} fallback={<p>{tin('in.cargando')}</p>}>
            <Switch>
              <Match when={datos() === null}>
                <h1>{titulo()}</h1>
                <p>{tin('in.tip.noEncontrada')}</p>
              </Match>
              <Match when={typeof datos() === 'string'}>
                <h1>{titulo()}</h1>
                <p>{String(datos())}</p>
              </Match>
              <Match when={abierto()}>
                {(tip) => <Abierto user={user} abierto={tip()} recargar={() => setVuelta((n) => n + 1)} />}
              </Match>
            </Switch>
          </Show>
        )
      }}
    </StaffGate>
  )
}
