import type { FieldError } from '../../worker/errors.ts'
import type { Archivos } from '../archivos/archivos.ts'
import { callApi, isErrorBody } from '../forms/api.ts'
import { locale, t } from '../i18n/index.ts'
import { dismiss, type OutboxItem } from '../offline/outbox.ts'
import { submit } from '../offline/outbox-client.ts'
import { tcaso } from './i18n/index.ts'

/**
 * What sending an answer or information gave: received; waiting on the device (no network: the
 * outbox sends it by itself, once); refused because the case changed first (409: answered
 * already, sent to the Fiscalía, another change committed first); refused with the server's words.
 */
export type Envio =
  | { kind: 'recibido' }
  | { kind: 'en_espera'; id: string }
  | { kind: 'conflicto' }
  | { kind: 'rechazado'; errores: FieldError[] }

/** Where it goes: the outbox's service id (`/envios` lists the item under its name) and the route. */
export interface Destino {
  servicio: string
  url: string
}

/**
 * A refusal as the page says it: a case that changed first, or the server's words naming the field.
 *
 * @example
 * refusalOf(409, { code: 'conflict', message: '…' }) // { kind: 'conflicto' }
 */
export function refusalOf(status: number, body: unknown): Envio {
  if (!isErrorBody(body))
    return { kind: 'rechazado', errores: [{ field: 'body', message: t('form.offline') }] }
  if (status === 409 && body.code === 'conflict') return { kind: 'conflicto' }
  // web/forms/problemas.ts's problemsOf, written again: importing it would bring the forms' chunk.
  return {
    kind: 'rechazado',
    errores: body.fields?.length ? body.fields : [{ field: 'body', message: body.message }],
  }
}

/**
 * An outbox item as the page says it: received, refused, or (pending) still waiting on the device.
 *
 * @example
 * const envio = envioDeItem(await submit('denuncias', url, { texto }, locale()))
 */
export function envioDeItem(item: OutboxItem): Envio {
  if (item.state === 'sent') return { kind: 'recibido' }
  if (item.state === 'pending') return { kind: 'en_espera', id: item.id }
  return refusalOf(item.response?.status ?? 0, item.response?.body)
}

/**
 * How one form sends its text and files, exactly once however often it is pressed or retried.
 * Through the outbox (offline kit): queued with its Idempotency-Key and the files not up yet,
 * sent now or when the link returns; a refusal answered at once leaves the outbox. On a shared
 * device (`compartido`), nothing is written to it: straight to the API with one key for every
 * attempt at this text, the files up already.
 *
 * @example
 * const enviar = envioAlCaso({ servicio: 'denuncias', url: '/api/casos/WNDT7C4Z3T/respuestas' }, archivos, () => false)
 * const envio = await enviar('Era un iPhone 12 azul.')
 */
export function envioAlCaso(destino: Destino, archivos: Archivos, compartido: () => boolean) {
  let clave = crypto.randomUUID()
  const directo = async (texto: string): Promise<Envio> => {
    const lista = archivos.lista()
    if (lista.some((file) => !file.done || !file.id))
      return { kind: 'rechazado', errores: [{ field: 'archivos', message: tcaso('caso.archivosSubiendo') }] }
    const ids = lista.flatMap((file) => (file.id ? [file.id] : []))
    const body = ids.length > 0 ? { texto, archivos: ids } : { texto }
    const answer = await callApi('POST', `${destino.url}?lang=${locale()}`, body, {
      'Idempotency-Key': clave,
    })
    if (!answer.ok) return refusalOf(answer.status, answer.error)
    clave = crypto.randomUUID()
    return { kind: 'recibido' }
  }
  const porBandeja = async (texto: string): Promise<Envio> => {
    const files = archivos.paraEnvio('archivos')
    const item = await submit(
      destino.servicio,
      destino.url,
      { texto },
      locale(),
      files.length ? files : undefined,
    )
    // Answered at once: said on the page, so the outbox need not keep it.
    if (item.state === 'rejected') await dismiss(item.id)
    return envioDeItem(item)
  }
  return async (texto: string): Promise<Envio> => {
    const envio = compartido() ? await directo(texto) : await porBandeja(texto)
    // Received or queued: the files are the case's (or the item's) now.
    if (envio.kind === 'recibido' || envio.kind === 'en_espera') await archivos.discard()
    return envio
  }
}
