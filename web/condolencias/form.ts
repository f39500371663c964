import { CondolenciaInput } from '../../worker/condolencias/schema.ts'
import { given } from '../forms/propios.ts'
import { registerFieldLabels } from '../i18n/server-catalog.ts'
import { createDraft } from '../offline/draft.ts'

export { CondolenciaInput }

/** The outbox's service id and the draft's id at once (/envios lists these under the book). */
export const SERVICE_ID = 'condolencias'
export const MAX_MENSAJE = 2000

// The fields only this form asks, named in its messages (the API's `mensaje` and `comuna` keep the portal's).
registerFieldLabels({
  es: { memorial: 'Memorial', firma: 'Firma del mensaje' },
  en: { memorial: 'Memorial', firma: 'How the message is signed' },
  ht: { memorial: 'Memoryal', firma: 'Kijan mesaj la siyen' },
})

/** The message's answers as typed, all strings so the draft kit can keep them. */
export const empty = {
  /** The memorial's slug, and its name as its page showed it (the review shows it with no network). */
  memorial: '',
  memorialNombre: '',
  mensaje: '',
  /** `completa` | `iniciales`. */
  firma: '',
  comuna: '',
}
export type Respuestas = typeof empty

/** The one draft of the condolence form, shared by its question pages and the review page. */
export const draft = createDraft<Respuestas>(SERVICE_ID, empty)

/**
 * What `POST /api/condolencias` receives: the comuna only with initials.
 *
 * @example
 * aEntrada({ ...empty, memorial: 'general', mensaje: '…', firma: 'completa' }) // { memorial, mensaje, firma }
 */
export function aEntrada(values: Respuestas): Record<string, unknown> {
  const comuna = values.firma === 'iniciales' ? given(values.comuna) : undefined
  return {
    memorial: values.memorial,
    mensaje: values.mensaje,
    firma: values.firma,
    ...(comuna ? { comuna } : {}),
  }
}

/**
 * The initials of a full name as the signature shows them: «María Carmen Del Río» → «M. C. D. R.».
 * A preview only: the server makes the signature from the session (worker/condolencias/service.ts
 * `iniciales`, which the browser cannot load: it brings the database's code).
 */
export const iniciales = (nombre: string) =>
  nombre
    .split(/[\s-]+/)
    .filter(Boolean)
    .map((palabra) => `${palabra.charAt(0).toLocaleUpperCase('es')}.`)
    .join(' ')
