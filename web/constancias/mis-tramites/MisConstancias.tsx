import { A } from '@solidjs/router'
import { type JSX, Show } from 'solid-js'
import { TramitesLista } from '../../components/TramitesLista.tsx'
import { dia, paths, type SolicitudView } from '../constancias.tsx'
import type { MisTramitesMessageKey } from './i18n/es.ts'
import { tv } from './i18n/index.ts'

const tag: Record<SolicitudView['estado'], string> = {
  pendiente: 'tag tag--pending',
  validada: 'tag tag--sent',
  rechazada: 'tag tag--rejected',
  vencida: 'tag tag--rejected',
}

const label: Record<SolicitudView['estado'], MisTramitesMessageKey> = {
  pendiente: 'state.pendiente',
  validada: 'state.validada',
  rechazada: 'state.rechazada',
  vencida: 'state.vencida',
}

/**
 * The citizen's election constancias with their state, for "Mis trámites" (`GET /api/mis-tramites`);
 * `fallback` when there are none. Mount it through web/constancias/MisTramites.tsx, which loads it
 * and its words apart from the page.
 */
export function MisConstancias(props: { fallback: JSX.Element }) {
  return (
    <TramitesLista
      id="mis-constancias-voto"
      pick={(body: { constanciasVoto: SolicitudView[] }) => body.constanciasVoto}
      words={{ loading: tv('mine.loading'), failed: tv('mine.failed'), title: tv('mine.title') }}
      fallback={props.fallback}
    >
      {(item) => (
        <>
          <p class="heading-s">
            <A href={paths.solicitud(item.code)}>{tv('mine.code', { code: item.code })}</A>{' '}
            <strong class={tag[item.estado]}>{tv(label[item.estado])}</strong>
          </p>
          <p class="meta">
            {item.eleccion.nombre} · {dia(item.eleccion.fecha)} · {item.comunaVotacion}
          </p>
          {/* The reason in the list itself: the citizen learns it without opening the request. */}
          <Show when={item.estado === 'rechazada' ? item.motivoRechazo : null}>
            {(motivo) => <p>{tv('mine.motivo', { motivo: motivo() })}</p>}
          </Show>
        </>
      )}
    </TramitesLista>
  )
}
