import { Show } from 'solid-js'
import { Etiquetas as EtiquetasCaso, palabrasDe } from '../casos/palabras.tsx'
import { type DenunciasStaffKey, messages as LABELS } from './i18n/es.ts'
import { tdn } from './i18n/index.ts'

/** These screens' words as the shared case screens read them (web/funcionarios/casos). */
export const pd = palabrasDe('dn', LABELS, tdn)

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

/** A state in staff's words. */
export const estadoLabel = (estado: string) => palabra('dn.estado', estado)

/** An offence type by its legal name (`hurto_simple` → Hurto simple); none: «Sin tipo». */
export const tipoLabel = (tipo: string | null | undefined) =>
  tipo ? palabra('dn.tipo', tipo) : tdn('dn.sinTipo')

/** A report's state as tags: the shared ones (state, time left or late) and a likely duplicate. */
export function Etiquetas(props: {
  estado: string
  restanteMin?: number | null
  vencida: boolean
  posibleDuplicado?: boolean
}) {
  return (
    <EtiquetasCaso p={pd} estado={props.estado} restanteMin={props.restanteMin} vencida={props.vencida}>
      <Show when={props.posibleDuplicado}>
        <strong class="tag tag--pending">{tdn('dn.duplicado')}</strong>
      </Show>
    </EtiquetasCaso>
  )
}
