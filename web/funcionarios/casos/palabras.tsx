import { type JSX, Show } from 'solid-js'

/**
 * The keys the shared case screens read from a service's own catalogue, after its prefix
 * (`dn.caso.historia`, `rc.caso.historia`): each service says its cases in its own words
 * («Quien denunció», «Quien reclamó»), the screens stay one.
 */
export type ClaveCaso =
  | 'vencida'
  | 'restante'
  | 'tiempo.min'
  | 'tiempo.h'
  | 'tiempo.d'
  | 'col.numero'
  | 'hecho.title'
  | 'cola.cargando'
  | 'cola.error'
  | 'cola.vacia'
  | 'cola.siguiente'
  | 'cola.primera'
  | 'caso.title'
  | 'caso.cargando'
  | 'caso.error'
  | 'caso.noExiste'
  | 'caso.registrada'
  | 'caso.historia'
  | 'caso.preguntas'
  | 'caso.pregunta'
  | 'caso.informacion'
  | 'caso.respuesta'
  | 'caso.sinRespuesta'
  | 'actor.ciudadano'
  | 'actor.sistema'
  | 'actor.funcionario'
  | 'acciones.title'
  | 'acciones.legend'
  | 'acciones.ninguna'
  | 'acciones.continuar'
  | 'acciones.conflicto'
  | 'confirmar.title'
  | 'confirmar.si'
  | 'confirmar.no'

type Params = Record<string, string | number>

/** A service's words as the shared case screens ask for them. */
export interface Palabras {
  /** A word the shared screens need, by its key after the service's prefix. */
  t: (key: ClaveCaso, params?: Params) => string
  /** A word of a closed list (`estado`, `en_analisis`) when the catalogue has it, with its params. */
  known: (list: string, value: string | null | undefined) => ((params?: Params) => string) | undefined
  /** A word of a closed list, or the value as it came when unknown. */
  palabra: (list: string, value: string | null | undefined) => string
}

/**
 * A service's catalogue as the shared screens read it: its prefix, its Spanish messages (which
 * keys exist — every ClaveCaso must) and its `t()` in the current language.
 *
 * @example
 * const p = palabrasDe('dn', messages, tdn)
 * p.palabra('estado', 'derivada') // 'Derivada'
 */
export function palabrasDe<P extends string, K extends string>(
  prefix: P,
  messages: Record<K, string> & Record<`${P}.${ClaveCaso}`, string>,
  t: (key: K, params?: Params) => string,
): Palabras {
  const existe = (key: string): key is K => key in messages
  const known: Palabras['known'] = (list, value) => {
    const key = `${prefix}.${list}.${value}`
    return value !== null && value !== undefined && existe(key) ? (params) => t(key, params) : undefined
  }
  return {
    t: (key, params) => {
      const full = `${prefix}.${key}`
      return existe(full) ? t(full, params) : full
    },
    known,
    palabra: (list, value) => known(list, value)?.() ?? value ?? '',
  }
}

/**
 * A span of minutes as staff read it at a glance: `45 min`, `6 h 10 min`, `3 d 4 h`.
 *
 * @example
 * tiempo(p, 370) // '6 h 10 min'
 */
export function tiempo(p: Palabras, minutos: number): string {
  const m = Math.abs(Math.round(minutos))
  if (m < 60) return p.t('tiempo.min', { m })
  if (m < 48 * 60) return p.t('tiempo.h', { h: Math.floor(m / 60), m: m % 60 })
  return p.t('tiempo.d', { d: Math.floor(m / 1440), h: Math.floor((m % 1440) / 60) })
}

/** What an action did, for the banner of the page it led to: "La denuncia X se derivó." */
export const hechoTexto = (p: Palabras, hecho: { numero: string; accion: string }): string =>
  p.known('hecho', hecho.accion)?.({ numero: hecho.numero }) ?? hecho.numero

/** States that wait on someone outside the office, and those that ended badly: their tags' look. */
const CLASE_ESTADO: Record<string, string> = {
  informacion_solicitada: 'tag tag--pending',
  enviada_fiscalia: 'tag tag--sent',
  cerrada: 'tag tag--rejected',
}

/**
 * A case's state as tags: the state, how long is left of its target or how late it is (the words
 * say it; the colour only echoes them), and what the service adds (`children`). `plazo` replaces
 * the time left with the service's own words (a legal due date in working days).
 */
export function Etiquetas(props: {
  p: Palabras
  estado: string
  restanteMin?: number | null
  vencida: boolean
  plazo?: string
  children?: JSX.Element
}) {
  const conPlazo = () => props.restanteMin !== null && props.restanteMin !== undefined
  return (
    <span class="cs-etiquetas">
      <strong class={CLASE_ESTADO[props.estado] ?? 'tag'}>{props.p.palabra('estado', props.estado)}</strong>
      <Show when={props.vencida && conPlazo()}>
        <strong class="tag tag--rejected">
          {props.plazo ?? props.p.t('vencida', { tiempo: tiempo(props.p, props.restanteMin ?? 0) })}
        </strong>
      </Show>
      <Show when={!props.vencida && conPlazo()}>
        <strong class="tag tag--pending">
          {props.plazo ?? props.p.t('restante', { tiempo: tiempo(props.p, props.restanteMin ?? 0) })}
        </strong>
      </Show>
      {props.children}
    </span>
  )
}
