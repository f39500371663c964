import { A } from '@solidjs/router'
import type { JSX } from 'solid-js'
import type { misCasos } from '../../../worker/casos/leer.ts'
import { formatNumero } from '../../../worker/denuncias/numero.ts'
import { TramitesLista } from '../../components/TramitesLista.tsx'
import { formatDate } from '../../i18n/dates.ts'
import { tre } from '../i18n/index.ts'
import { estadoTexto } from './Solicitud.tsx'

/**
 * A request as `GET /api/mis-tramites` lists it (`reencuentros`: worker/casos/leer.ts's rows of
 * the citizen's cases): the requester's state, never `contactado`.
 */
type Fila = Awaited<ReturnType<typeof misCasos>>['casos'][number]

/**
 * The citizen's family reunification requests for "Mis trámites", newest first, each with its
 * state (the requester's three) and when it was received, linked to its page.
 */
export function MisReencuentros(props: { fallback: JSX.Element }) {
  return (
    <TramitesLista<{ reencuentros?: Fila[] }, Fila>
      id="mis-reencuentros"
      pick={(body) => body.reencuentros}
      words={{ loading: tre('lista.loading'), failed: tre('lista.failed'), title: tre('lista.title') }}
      fallback={props.fallback}
    >
      {(fila) => (
        <>
          <A href={`/reencuentro/${fila.numero}`}>{formatNumero(fila.numero)}</A>:{' '}
          {tre('lista.item', {
            estado: estadoTexto(fila.estado, fila.estadoTexto),
            fecha: formatDate(fila.creadoAt, 'America/Santiago'),
          })}
        </>
      )}
    </TramitesLista>
  )
}
