import { useNavigate } from '@solidjs/router'
import { Show } from 'solid-js'
import { me } from '../../../cuenta/session.ts'
import { isErrorBody } from '../../../forms/api.ts'
import { EnEspera as Espera, palabrasEspera } from '../../../offline/EnEspera.tsx'
import { dismiss, type OutboxItem } from '../../../offline/outbox.ts'
import { esEmitido, rutas } from '../comun.ts'
import { borrador } from './borrador.ts'
import { tf } from './i18n/index.ts'
import { esTipo, TIPOS, valoresDe } from './respuestas.ts'

/** A refusal the citizen can correct: the answers' problems, each named (the server's validation). */
function corregible(item: OutboxItem): boolean {
  const body = item.response?.body
  return isErrorBody(body) && body.code === 'validation_failed' && (body.fields?.length ?? 0) > 0
}

/**
 * `/constancias/envio/:id`: a constancia asked for with no network, as it waits in the outbox (the
 * kit's waiting page). Once it is issued, its page with its number (and the PDF kept on the
 * device); a refusal is said here in the server's words, with a way back to the answers, as sent,
 * to correct them.
 */
export function EnEspera(props: { id: string }) {
  const navigate = useNavigate()
  const corregir = async (item: OutboxItem) => {
    const tipo = String(item.body.tipo ?? '')
    if (!esTipo(tipo)) return
    const respuestas = item.body.respuestas
    const draft = borrador(tipo)
    await draft.ready
    draft.replace(
      valoresDe(
        TIPOS[tipo],
        typeof respuestas === 'object' && respuestas !== null ? { ...respuestas } : {},
        me()?.run ?? item.owner?.run ?? '',
      ),
    )
    await dismiss(item.id)
    navigate(rutas.paso(tipo, 'revisar'))
  }
  return (
    <Espera
      id={props.id}
      words={palabrasEspera(tf)}
      destino={(item) => {
        const body = item.response?.body
        // E-mailed to the address given, or the account's (its page asks the server which).
        return esEmitido(body)
          ? rutas.recienEmitida(body.codigo, typeof item.body.email === 'string')
          : undefined
      }}
      rechazado={(item) => (
        <Show when={corregible(item)}>
          <button type="button" class="button" onClick={() => void corregir(item)}>
            {tf('espera.corregir')}
          </button>
        </Show>
      )}
    />
  )
}
