import { A } from '@solidjs/router'
import { type JSX, Show } from 'solid-js'
import { formatNumero } from '../../../worker/denuncias/numero.ts'
import type { ReclamoFila } from '../../../worker/reclamos/ciudadano.ts'
import { TramitesLista } from '../../components/TramitesLista.tsx'
import { formatDate, formatDay } from '../../i18n/dates.ts'
import { tr } from '../i18n/index.ts'
import { estadoTexto } from './Reclamo.tsx'

/**
 * The citizen's complaints for "Mis trámites", newest first, each with its state, the unit, when it
 * was received and — while it waits for a decision — its due date, linked to its page; `fallback`
 * when there are none. Mount it through web/reclamos/MisTramites.tsx, which loads it apart.
 */
export function MisReclamos(props: { fallback: JSX.Element }) {
  return (
    <TramitesLista<{ reclamos?: ReclamoFila[] }, ReclamoFila>
      id="mis-reclamos"
      pick={(body) => body.reclamos}
      words={{ loading: tr('lista.loading'), failed: tr('lista.failed'), title: tr('lista.title') }}
      fallback={props.fallback}
    >
      {(reclamo) => (
        <>
          <A href={`/reclamos/${reclamo.numero}`}>{formatNumero(reclamo.numero)}</A>:{' '}
          {tr('lista.item', {
            estado: estadoTexto(reclamo.estado),
            unidad: reclamo.unidad,
            fecha: formatDate(reclamo.createdAt, 'America/Santiago'),
          })}
          <Show when={reclamo.venceAt}>
            {(vence) => <> {tr('lista.vence', { fecha: formatDay(vence(), 'America/Santiago') })}</>}
          </Show>
        </>
      )}
    </TramitesLista>
  )
}
