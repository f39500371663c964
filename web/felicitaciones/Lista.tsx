import type { JSX } from 'solid-js'
import type { FelicitacionView } from '../../worker/felicitaciones/schema.ts'
import { TramitesLista } from '../components/TramitesLista.tsx'
import { formatDate } from '../i18n/dates.ts'
import { tf } from './i18n/index.ts'

/**
 * The citizen's commendations for "Mis trámites" (`GET /api/felicitaciones`): to whom, when, the
 * number; `fallback` when there are none.
 *
 * @example
 * <MisFelicitaciones fallback={<Empty />} />
 */
export function MisFelicitaciones(props: { fallback: JSX.Element }) {
  return (
    <TramitesLista<{ items: FelicitacionView[] }, FelicitacionView>
      id="mis-felicitaciones"
      url="/api/felicitaciones"
      pick={(body) => body.items}
      words={{ loading: tf('fel.mine.loading'), failed: tf('fel.mine.failed'), title: tf('fel.mine.title') }}
      fallback={props.fallback}
    >
      {(item) => (
        <>
          <p>
            <strong>
              {tf('fel.mine.to', {
                a: item.funcionario ? `${item.funcionario}, ${item.unidad}` : item.unidad,
              })}
            </strong>
          </p>
          <p class="meta">
            <time datetime={item.createdAt}>{formatDate(item.createdAt)}</time> · {item.numero}
          </p>
        </>
      )}
    </TramitesLista>
  )
}
