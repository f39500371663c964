import { type JSX, Show } from 'solid-js'
import { TramitesLista } from '../../components/TramitesLista.tsx'
import type { Solicitud } from '../api.ts'
import { dia, nombreCampo, nombreEstado } from '../palabras.ts'
import { tso } from './i18n/index.ts'

const TAG: Record<Solicitud['estado'], string> = {
  pendiente: 'tag tag--pending',
  acogida: 'tag tag--sent',
  resuelta: 'tag tag--sent',
  rechazada: 'tag tag--rejected',
}

function tipo(s: Solicitud): string {
  if (s.tipo === 'supresion') return tso('so.supresion')
  return s.campo ? tso('so.rectificacion', { campo: nombreCampo(s.campo) }) : tso('so.rectificacion.sinCampo')
}

function respuesta(s: Solicitud): string | undefined {
  const r = s.respuesta
  if (!r) return undefined
  if (typeof r.texto === 'string') return tso('so.respuesta', { texto: r.texto })
  const cuantos = (list: unknown) => (Array.isArray(list) ? list.length : 0)
  return tso('so.resultado', { suprimidos: cuantos(r.suprimidos), conservados: cuantos(r.conservados) })
}

/**
 * The citizen's requests about their data for "Mis trámites" (`solicitudesDatos` of
 * `GET /api/mis-tramites`): number, kind, state, due date and the answer once there is one;
 * `fallback` when there are none. Mount it through web/mis-datos/MisTramites.tsx.
 */
export function MisSolicitudes(props: { fallback: JSX.Element }) {
  return (
    <TramitesLista
      id="mis-solicitudes-datos"
      pick={(body: { solicitudesDatos?: Solicitud[] }) => body.solicitudesDatos}
      words={{ loading: tso('so.loading'), failed: tso('so.failed'), title: tso('so.title') }}
      fallback={props.fallback}
    >
      {(s) => (
        <>
          <p class="heading-s">
            {tso('so.numero', { code: s.code })}{' '}
            <strong class={TAG[s.estado]}>{nombreEstado(s.estado)}</strong>
          </p>
          <p>{tipo(s)}</p>
          <p class="meta">{tso('so.fechas', { creada: dia(s.createdAt), vence: dia(s.venceAt) })}</p>
          <Show when={respuesta(s)}>{(text) => <p>{text()}</p>}</Show>
        </>
      )}
    </TramitesLista>
  )
}
