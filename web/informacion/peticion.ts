/*
 * A POST of the tip's pages to the no-trace sub-app (decision 0043): no credentials, no cache, the
 * language in the address; a lost answer is `status: 0`, so the caller keeps its body for another try.
 */
import type { FieldError } from '../../worker/errors.ts'
import { isTransient } from '../offline/transitorio.ts'

/** What came back: the status (0 when nothing did) and the body, when it was JSON. */
export interface Respuesta {
  status: number
  json: unknown
}

/**
 * Posts a JSON body without credentials.
 *
 * @example
 * const { status, json } = await publicar('/api/informacion/consulta', { desafio, reciboId }, 'es')
 */
export async function publicar(ruta: string, cuerpo: unknown, idioma: string): Promise<Respuesta> {
  try {
    const r = await fetch(`${ruta}?lang=${idioma}`, {
      method: 'POST',
      credentials: 'omit',
      cache: 'no-store',
      headers: { 'content-type': 'application/json', accept: 'application/json' },
      body: JSON.stringify(cuerpo),
    })
    return { status: r.status, json: (await r.json().catch(() => undefined)) as unknown }
  } catch {
    return { status: 0, json: undefined }
  }
}

/**
 * Whether the answer is one to try again later (none, a server's trouble, a limit).
 *
 * @example
 * if (sinRed(status)) return { ok: false, sinRed: true }
 */
export function sinRed(status: number): boolean {
  return status === 0 || isTransient(status)
}

/**
 * The problems of a refusal, each naming its field (the API's error shape).
 *
 * @example
 * campos({ message: 'Revise los datos', fields: [{ field: 'mesa', message: '…' }] }) // [{ field: 'mesa', … }]
 */
export function campos(json: unknown): FieldError[] {
  const body = (json ?? {}) as { message?: string; fields?: FieldError[] }
  return body.fields && body.fields.length > 0
    ? body.fields
    : [{ field: 'body', message: body.message ?? '' }]
}
