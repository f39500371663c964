// A module of its own: the votación's waiting screen (web/constancias/formulario/EnEspera.tsx)
// shows these reasons without loading the shared waiting page (EnEspera.tsx) with them.
import { isErrorBody } from '../forms/api.ts'
import { catalog } from '../i18n/server-catalog.ts'
import type { OutboxItem } from './outbox.ts'

/**
 * The server's reasons for refusing an item, in the language it was sent in: each field's problem,
 * or the one message of the whole request.
 *
 * @example
 * razones(item) // ['«IMEI» no es un IMEI válido…']
 */
export function razones(item: OutboxItem): string[] {
  const body = item.response?.body
  if (!isErrorBody(body)) return [catalog(item.lang).errors.internal]
  return body.fields && body.fields.length > 0 ? body.fields.map((field) => field.message) : [body.message]
}
