import { createSignal } from 'solid-js'
import type { ErrorBody } from '../../../worker/errors.ts'
import { dismiss, type OutboxItem } from '../../offline/outbox.ts'
import { guardar, isErrorBody, loadFicha, type PermisoView, paths } from '../comun.ts'
import { draft, FIELDS, respuestasDe, setServerProblems } from './form.ts'

/**
 * A registry's refusal (health, civil, prison): final, in the server's words, which say where to
 * turn. Kept in memory only, for its own page: nothing on the device says why.
 */
export const [rechazo, setRechazo] = createSignal<string | undefined>()

export function isView(body: unknown): body is PermisoView {
  return typeof body === 'object' && body !== null && 'code' in body && 'token' in body
}

export const isRefusal = (body: ErrorBody) => body.code.startsWith('permit_refused_')

/** What the review page or the waiting page does next: go to a page, or show a problem itself. */
export type Siguiente = { go: string } | { problem: string } | { wait: true }

/**
 * What became of a submission, acted upon: an issued permit is kept on the device and shown; a
 * refusal of the registries gets its page; problems with the answers go back to the form; anything
 * else (the weekly quota used up, the session gone) is for the caller to show. A settled item
 * leaves the outbox: its outcome is shown here.
 */
export async function seguir(item: OutboxItem, fallback: string): Promise<Siguiente> {
  if (item.state === 'pending') return { wait: true }
  const body = item.response?.body
  if (item.state === 'sent' && isView(body)) {
    await guardar(body)
    await draft.discard()
    setServerProblems([])
    return { go: paths.permiso(body.code) }
  }
  await dismiss(item.id)
  if (!isErrorBody(body)) return { problem: fallback }
  if (isRefusal(body)) {
    await draft.discard()
    setRechazo(body.message)
    return { go: paths.refused }
  }
  const fields = body.fields ?? []
  if (fields.length > 0 && fields.every((problem) => FIELDS.includes(problem.field))) {
    // The answers as sent (a queued request's draft was already discarded); the form adopts them.
    draft.replace(respuestasDe(item.body))
    setServerProblems(fields)
    return { go: paths.form }
  }
  // The session ended, or is not ClaveÚnica's: the gate says what to do.
  if (body.status === 401 || body.code === 'claveunica_required') void loadFicha()
  return { problem: fields.length > 0 ? fields.map((field) => field.message).join(' ') : body.message }
}
