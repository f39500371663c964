import { EnEspera as Espera } from '../../offline/EnEspera.tsx'
import type { Recibida } from '../formulario/Revisar.tsx'
import { tre } from '../i18n/index.ts'

/**
 * `/reencuentro/envio/:id`: a request sent with no network, as it waits in the outbox (the kit's
 * waiting page). Once it arrives, its page with its número; a refusal is said here, in the
 * server's words.
 */
export function EnEspera(props: { id: string }) {
  return (
    <Espera
      id={props.id}
      words={{
        title: tre('espera.title'),
        body: tre('espera.body'),
        gone: tre('espera.noEsta'),
        rejected: tre('espera.rechazada'),
      }}
      destino={(item) => {
        const numero = (item.response?.body as Recibida | undefined)?.numero
        return numero ? `/reencuentro/${numero}?enviado=1` : undefined
      }}
    />
  )
}
