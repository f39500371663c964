import type { ReclamoView } from '../../../worker/reclamos/schema.ts'
import { EnEspera as Espera } from '../../offline/EnEspera.tsx'
import { tr } from '../i18n/index.ts'

/**
 * `/reclamos/envio/:id`: a complaint sent with no network, as it waits in the outbox (the kit's
 * waiting page). Once it arrives, its page with its número; a refusal is said here, in the
 * server's words.
 */
export function EnEspera(props: { id: string }) {
  return (
    <Espera
      id={props.id}
      words={{
        title: tr('espera.title'),
        body: tr('espera.body'),
        gone: tr('espera.noEsta'),
        rejected: tr('espera.rechazada'),
      }}
      destino={(item) => {
        const numero = (item.response?.body as ReclamoView | undefined)?.numero
        return numero ? `/reclamos/${numero}?enviado=1` : undefined
      }}
    />
  )
}
