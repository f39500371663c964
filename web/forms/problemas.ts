import type { ErrorBody, FieldError } from '../../worker/errors.ts'
import { t } from '../i18n/index.ts'

/*
 * Apart from web/forms/api.ts (in the shell, which every first visit loads): only the pages that
 * show a refusal load it.
 */

/**
 * The problems to show for a failed call: the server's field errors, or its message as a problem
 * of the whole form (`body`), or "no connection".
 */
export function problemsOf(result: { ok: false; error: ErrorBody | undefined }): FieldError[] {
  if (!result.error) return [{ field: 'body', message: t('form.offline') }]
  if (result.error.fields && result.error.fields.length > 0) return result.error.fields
  return [{ field: 'body', message: result.error.message }]
}
