import { A } from '@solidjs/router'
import type { JSX } from 'solid-js'
import { formatNumero } from '../../../worker/denuncias/numero.ts'
import type { DenunciaView } from '../../../worker/denuncias/schema.ts'
import { TramitesLista } from '../../components/TramitesLista.tsx'
import { formatDate } from '../../i18n/dates.ts'
import { estadoTexto, tipoTexto } from './Denuncia.tsx'
import { tn } from './i18n/index.ts'

/**
 * The citizen's reports for "Mis trámites", each with its state and a link to its page; `fallback`
 * when there are none. Mount it through web/denuncias/MisTramites.tsx, which loads it apart.
 */
export function MisDenuncias(props: { fallback: JSX.Element }) {
  return (
    <TramitesLista<{ denuncias?: DenunciaView[] }, DenunciaView>
      id="mis-denuncias"
      pick={(body) => body.denuncias}
      words={{ loading: tn('lista.loading'), failed: tn('lista.failed'), title: tn('lista.title') }}
      fallback={props.fallback}
    >
      {(denuncia) => (
        <>
          <A href={`/denuncias/${denuncia.numero}`}>{formatNumero(denuncia.numero)}</A>:{' '}
          {tn('lista.item', {
            tipo: tipoTexto(denuncia.tipo),
            estado: estadoTexto(denuncia.estado),
            fecha: formatDate(denuncia.createdAt, 'America/Santiago'),
          })}
        </>
      )}
    </TramitesLista>
  )
}
