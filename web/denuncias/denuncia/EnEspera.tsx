import type { DenunciaView } from '../../../worker/denuncias/schema.ts'
import { EnEspera as Espera } from '../../offline/EnEspera.tsx'
import { tn } from './i18n/index.ts'

/**
 * `/denuncias/envio/:id`: a report sent with no network, as it waits in the outbox (the kit's
 * waiting page). Once it arrives, its page with its número; a refusal is said here, in the
 * server's words.
 */
export function EnEspera(props: { id: string }) {
  return (
    <Espera
      id={props.id}
      words={{
        title: tn('espera.title'),
        body: tn('espera.body'),
        gone: tn('espera.noEsta'),
        rejected: tn('espera.rechazada'),
      }}
      destino={(item) => {
        const numero = (item.response?.body as DenunciaView | undefined)?.numero
        return numero ? `/denuncias/${numero}?enviada=1` : undefined
      }}
    />
  )
}
