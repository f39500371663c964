import type { FieldError } from '../../../worker/errors.ts'
import { apiFields } from '../../../worker/i18n/api-only.ts'
import { PermisoInput } from '../../../worker/permisos/schema.ts'
import { fieldErrors } from '../../../worker/validation.ts'
import { validateFields } from '../../forms/validate.ts'
import type { Locale } from '../../i18n/index.ts'
import { registerFieldLabels } from '../../i18n/server-catalog.ts'
import type { TipoPermiso } from '../comun.ts'
import { FIELDS, inputDe, type Respuestas } from './form.ts'

// The permit form's fields are named only by the API (worker/i18n/api-only.ts): the browser's
// messages name them with the very same words.
registerFieldLabels(apiFields)

/**
 * The problems of the answers as they stand, in the order of the page, in the API's own words: the
 * shared schema, then the chosen type's own questions (the server asks those of the type only),
 * then the server's verdicts from the last attempt to send, for the fields not touched since.
 *
 * @example
 * problemas(draft.values(), tipo, serverProblems(), locale())
 */
export function problemas(
  values: Respuestas,
  tipo: TipoPermiso | undefined,
  server: readonly FieldError[],
  locale: Locale,
): FieldError[] {
  const found = validateFields(PermisoInput, inputDe(values, tipo), undefined, locale)
  const missing = (tipo?.campos ?? [])
    .filter((campo) => values[campo].trim() === '')
    .map((campo) => ({ field: `campos.${campo}`, key: 'required' }))
  for (const problem of [...fieldErrors(missing, locale), ...server])
    if (!found.some((known) => known.field === problem.field)) found.push(problem)
  const rank = (field: string) => (FIELDS.includes(field) ? FIELDS.indexOf(field) : FIELDS.length)
  return found.sort((a, b) => rank(a.field) - rank(b.field))
}
