import { aSuNumero, EnEspera as Espera, palabrasEspera } from '../../offline/EnEspera.tsx'
import { tn } from './i18n/index.ts'

/**
 * `/denuncias/envio/:id`: a report sent with no network, as it waits in the outbox (the kit's
 * waiting page). Once it arrives, its page with its número; a refusal is said here, in the
 * server's words.
 */
export function EnEspera(props: { id: string }) {
  return <Espera id={props.id} words={palabrasEspera(tn)} destino={aSuNumero('/denuncias', 'enviada')} />
}
