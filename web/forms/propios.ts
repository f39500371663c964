import type { FieldError, FieldIssue } from '../../worker/errors.ts'
import { fieldErrors, fieldIssues } from '../../worker/validation.ts'

type AnyIssue = Parameters<typeof fieldIssues>[0][number]

import type { Locale } from '../i18n/index.ts'
import { catalog, fieldLabel, format } from '../i18n/server-catalog.ts'
import { isErrorBody } from './api.ts'

/**
 * Helpers of a form whose service has checks of its own (`imei_invalido`, `reclamo_antiguo`…) that
 * the browser's shared catalogue does not know: the form brings their messages and these word
 * them as the API does. The denuncia's form and the complaint's use them.
 */

/** A service's own messages, per language; `{field}` is the field's label. */
export type Propios = Record<Locale, Record<string, string>>

/**
 * A typed answer, or absent when left empty (the schema then says it is required, or lets it be).
 *
 * @example
 * given('  ') // undefined
 */
export const given = (text: string | undefined) => (text && text.trim() !== '' ? text : undefined)

/**
 * The entries that have a value: what the API's optional fields want.
 *
 * @example
 * compact({ a: 1, b: undefined }) // { a: 1 }
 */
export function compact<T extends Record<string, unknown>>(entries: T): Partial<T> {
  return Object.fromEntries(Object.entries(entries).filter(([, value]) => value !== undefined)) as Partial<T>
}

/**
 * A schema's issues, one per field, the keys of the service's own checks kept (the shared reader
 * knows only its own).
 *
 * @example
 * issuesConPropios(v.safeParse(ReclamoInput, input).issues ?? [], validacionReclamo)
 */
export function issuesConPropios(issues: readonly AnyIssue[], propios: Propios): FieldIssue[] {
  const seen = new Set<string>()
  return issues.flatMap((issue) => {
    const [found] = fieldIssues([issue])
    if (!found || seen.has(found.field)) return []
    seen.add(found.field)
    return [Object.hasOwn(propios.es, issue.message) ? { ...found, key: issue.message } : found]
  })
}

/**
 * Field issues in the API's own words: the service's own checks from its messages, the rest as
 * every form words them.
 *
 * @example
 * palabrasConPropios([{ field: 'fecha', key: 'reclamo_antiguo', params: { anos: 2 } }], 'es', validacionReclamo)
 */
export function palabrasConPropios(
  issues: readonly FieldIssue[],
  locale: Locale,
  propios: Propios,
): FieldError[] {
  return issues.map((issue) => {
    const own = propios[locale][issue.key]
    return own
      ? {
          field: issue.field,
          message: format(own, { ...issue.params, field: fieldLabel(locale, issue.field) }),
        }
      : (fieldErrors([issue], locale)[0] ?? { field: issue.field, message: issue.key })
  })
}

/**
 * A refusal's problems as the server gave them: its fields' errors, else its message on `body`
 * (an answer that is not the API's error: the catalogue's "internal" message).
 *
 * @example
 * setServer(rechazo(item.response?.body, locale()))
 */
export function rechazo(body: unknown, locale: Locale): FieldError[] {
  if (!isErrorBody(body)) return [{ field: 'body', message: catalog(locale).errors.internal }]
  return body.fields ?? [{ field: 'body', message: body.message }]
}
