import { A } from '@solidjs/router'
import { type JSX, Show } from 'solid-js'
import { formatNumero } from '../../../../worker/denuncias/numero.ts'
import { TramitesLista } from '../../../components/TramitesLista.tsx'
import { formatDay } from '../../../i18n/dates.ts'
import { API, type CertificadoResumen, rutas } from '../comun.ts'
import { nombreTipo } from '../i18n/index.ts'
import { te } from './i18n/index.ts'

/** `GET /api/certificados`: the list itself, or (should the API wrap it) under `certificados`. */
const lista = (body: CertificadoResumen[] | { certificados?: CertificadoResumen[] }) =>
  Array.isArray(body) ? body : body.certificados

/**
 * The citizen's constancias for "Mis trámites", newest first, each with its page, its date, whether
 * it was annulled, and «Otra igual» (a new one prefilled from it, only its dates to give);
 * `fallback` when there are none. Mount it through web/constancias/MisTramites.tsx, which loads it
 * apart.
 */
export function MisCertificados(props: { fallback: JSX.Element }) {
  return (
    <TramitesLista
      id="mis-certificados"
      url={API.certificados}
      pick={lista}
      words={{ loading: te('mine.loading'), failed: te('mine.failed'), title: te('mine.title') }}
      fallback={props.fallback}
    >
      {(item) => (
        <>
          <A href={rutas.emitida(item.codigo)}>{formatNumero(item.codigo)}</A>:{' '}
          {te('mine.item', {
            tipo: nombreTipo(item.tipo),
            fecha: formatDay(item.emitidoAt, 'America/Santiago'),
          })}{' '}
          <Show when={item.anulada}>
            <strong class="tag tag--rejected">{te('emitida.anulada')}</strong>
          </Show>
          <br />
          <A href={rutas.otraIgual(item.tipo, item.codigo)}>
            {te('mine.otra')}
            <span class="visually-hidden"> {te('mine.otra.de', { numero: formatNumero(item.codigo) })}</span>
          </A>
        </>
      )}
    </TramitesLista>
  )
}
