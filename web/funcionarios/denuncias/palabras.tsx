import { Show } from 'solid-js'
import { type DenunciasStaffKey, messages as LABELS } from './i18n/es.ts'
import { tdn } from './i18n/index.ts'

/**
 * A key of these screens' words when `value` names one, else `undefined` (the Spanish catalogue
 * only tells which keys exist; the words come from tdn() in the current language).
 */
export function known(prefix: string, value: string | null | undefined): DenunciasStaffKey | undefined {
  const key = `${prefix}.${value}`
  return value !== null && value !== undefined && key in LABELS ? (key as DenunciasStaffKey) : undefined
}

/** A word of a closed list (`dn.estado.derivada`), or the value as it came when unknown. */
export const palabra = (prefix: string, value: string | null | undefined) => {
  const key = known(prefix, value)
  return key ? tdn(key) : (value ?? '')
}

/** What an action did, for the banner of the page it led to: "La denuncia X se derivó." */
export function hechoTexto(hecho: { numero: string; accion: string }): string {
  const key = known('dn.hecho', hecho.accion)
  return key ? tdn(key, { numero: hecho.numero }) : hecho.numero
}

/** A state in staff's words. */
export const estadoLabel = (estado: string) => palabra('dn.estado', estado)

/** An offence type by its legal name (`hurto_simple` → Hurto simple); none: «Sin tipo». */
export const tipoLabel = (tipo: string | null | undefined) =>
  tipo ? palabra('dn.tipo', tipo) : tdn('dn.sinTipo')

/**
 * A span of minutes as staff read it at a glance: `45 min`, `6 h 10 min`, `3 d 4 h`.
 *
 * @example
 * tiempo(370) // '6 h 10 min'
 */
export function tiempo(minutos: number): string {
  const m = Math.abs(Math.round(minutos))
  if (m < 60) return tdn('dn.tiempo.min', { m })
  if (m < 48 * 60) return tdn('dn.tiempo.h', { h: Math.floor(m / 60), m: m % 60 })
  return tdn('dn.tiempo.d', { d: Math.floor(m / 1440), h: Math.floor((m % 1440) / 60) })
}

const CLASE_ESTADO: Record<string, string> = {
  recibida: 'tag',
  en_analisis: 'tag',
  informacion_solicitada: 'tag tag--pending',
  derivada: 'tag',
  enviada_fiscalia: 'tag tag--sent',
  cerrada: 'tag tag--rejected',
}

/**
 * A report's state as tags: the state, how long is left of the 24-hour target or how late it is
 * (the words say it; the colour only echoes them), and a likely duplicate.
 */
export function Etiquetas(props: {
  estado: string
  restanteMin?: number | null
  vencida: boolean
  posibleDuplicado?: boolean
}) {
  return (
    <span class="dn-etiquetas">
      <strong class={CLASE_ESTADO[props.estado] ?? 'tag'}>{estadoLabel(props.estado)}</strong>
      <Show when={props.vencida && props.restanteMin !== null && props.restanteMin !== undefined}>
        <strong class="tag tag--rejected">
          {tdn('dn.vencida', { tiempo: tiempo(props.restanteMin ?? 0) })}
        </strong>
      </Show>
      <Show when={!props.vencida && props.restanteMin !== null && props.restanteMin !== undefined}>
        <strong class="tag tag--pending">
          {tdn('dn.restante', { tiempo: tiempo(props.restanteMin ?? 0) })}
        </strong>
      </Show>
      <Show when={props.posibleDuplicado}>
        <strong class="tag tag--pending">{tdn('dn.duplicado')}</strong>
      </Show>
    </span>
  )
}
