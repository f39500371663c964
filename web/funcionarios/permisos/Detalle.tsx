import { SummaryList } from '../../components/SummaryList.tsx'
import { formatDate } from '../../i18n/dates.ts'
import { locale } from '../../i18n/index.ts'
import { fieldLabel } from '../../i18n/server-catalog.ts'
import { CAMPOS, type Campo, type PermisoSupervision } from './api.ts'
import { tfp } from './i18n/index.ts'

/** A permit's state as a tag: the words say it, the colour only echoes them. */
export function EstadoTag(props: { estado: PermisoSupervision['estado'] }) {
  const kind = () =>
    props.estado === 'vigente' ? 'tag tag--sent' : props.estado === 'revocado' ? 'tag tag--rejected' : 'tag'
  return <strong class={kind()}>{tfp(`fp.estado.${props.estado}`)}</strong>
}

/** A permit type's extra question, as the API names it (worker/i18n/api-only.ts, registered in pages.ts). */
export const campoLabel = (campo: Campo) => fieldLabel(locale(), `campos.${campo}`)

/** Everything a supervisor sees of a permit, the revocation's internal reason included. */
export function DetallePermiso(props: { permiso: PermisoSupervision }) {
  const p = () => props.permiso
  const campos = () =>
    CAMPOS.flatMap((campo) => {
      const value = p().campos[campo]
      return value ? [{ key: campoLabel(campo), value }] : []
    })
  return (
    <SummaryList
      rows={[
        { key: tfp('fp.permiso.estado'), value: tfp(`fp.estado.${p().estado}`) },
        { key: tfp('fp.permiso.titular'), value: `${p().nombre} (${p().run})` },
        { key: tfp('fp.permiso.tipo'), value: p().tipo.nombre },
        { key: tfp('fp.permiso.comuna'), value: p().comuna.nombre },
        { key: tfp('fp.permiso.destino'), value: p().destino },
        ...campos(),
        { key: tfp('fp.permiso.desde'), value: formatDate(p().inicio) },
        { key: tfp('fp.permiso.hasta'), value: formatDate(p().fin) },
        { key: tfp('fp.permiso.emitido'), value: formatDate(p().createdAt) },
        ...(p().revocadoAt
          ? [
              { key: tfp('fp.permiso.revocadoAt'), value: formatDate(p().revocadoAt ?? '') },
              { key: tfp('fp.permiso.motivo'), value: p().motivoRevocacion ?? '' },
            ]
          : []),
      ]}
    />
  )
}
