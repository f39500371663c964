import { locale } from '../../i18n/index.ts'
import { fieldLabel } from '../../i18n/server-catalog.ts'

/** A field's label, as the API's messages name it (worker/denuncias/palabras.ts). */
export const label = (field: string) => fieldLabel(locale(), field)
