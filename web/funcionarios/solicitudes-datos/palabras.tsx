import { Show } from 'solid-js'
import type { SolicitudCola } from './api.ts'
import { messages as LABELS, type SolicitudesDatosKey } from './i18n/es.ts'
import { tsd } from './i18n/index.ts'

/**
 * A key of these screens' words when `value` names one, else `undefined` (the Spanish catalogue
 * only tells which keys exist; the words come from tsd() in the current language).
 */
function known(prefix: string, value: string | null): SolicitudesDatosKey | undefined {
  const key = `${prefix}.${value}`
  return value !== null && key in LABELS ? (key as SolicitudesDatosKey) : undefined
}
/** A field as the API names it (`email`, `destino`…), in words; an unknown one as it came. */
export const campoLabel = (campo: string | null) => {
  const key = known('sd.campo', campo)
  return key ? tsd(key) : (campo ?? '')
}

/** A record's kind (`cuenta`, `permiso`…), in words. */
export const registroLabel = (tipo: string | null) => {
  const key = known('sd.registro', tipo)
  return key ? tsd(key) : (tipo ?? '')
}

export const tipoLabel = (tipo: SolicitudCola['tipo']) => tsd(`sd.tipo.${tipo}`)

/**
 * A request's state as tags: the words say it (an overdue one also says «Vencida»), the colour
 * only echoes them.
 */
export function EstadoTags(props: { item: Pick<SolicitudCola, 'estado' | 'vencida'> }) {
  const kind = () =>
    props.item.estado === 'pendiente'
      ? 'tag tag--pending'
      : props.item.estado === 'rechazada'
        ? 'tag tag--rejected'
        : 'tag tag--sent'
  return (
    <>
      <Show when={props.item.estado === 'pendiente' && props.item.vencida}>
        <strong class="tag tag--rejected sd-vencida">{tsd('sd.vencida')}</strong>{' '}
      </Show>
      <strong class={kind()}>{tsd(`sd.estado.${props.item.estado}`)}</strong>
    </>
  )
}
