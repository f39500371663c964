import * as v from 'valibot'
import type { FieldError } from '../../worker/errors.ts'
import type { Locale } from '../../worker/i18n/index.ts'
import { fieldErrors, fieldIssues } from '../../worker/validation.ts'

/**
 * Checks answers against the schema the API uses, with the API's own message builder, so the
 * browser says exactly what the server would. `fields` limits the errors to one page's questions.
 *
 * @example
 * validateFields(CondolenciaInput, draft.values, ['nombre'], locale())
 */
export function validateFields(
  schema: v.GenericSchema,
  value: unknown,
  fields: readonly string[] | undefined,
  locale: Locale,
): FieldError[] {
  const result = v.safeParse(schema, value)
  if (result.success) return []
  const errors = fieldErrors(fieldIssues(result.issues), locale)
  return fields ? errors.filter((error) => fields.includes(error.field)) : errors
}

/** The error message of one field, if it has one. */
export function errorFor(errors: readonly FieldError[], field: string): string | undefined {
  return errors.find((error) => error.field === field)?.message
}
