import { paragraph } from '../../worker/text.ts'
import { registerFieldLabels } from '../i18n/server-catalog.ts'

/** The most characters the API takes in an answer or in information added. */
export const MAX_TEXTO = 5000

/**
 * The text of an answer or of information added, checked as the API checks its `texto`
 * (worker/casos/schema.ts, `RespuestaInput` and `InformacionInput`: 2 to 5,000 characters, no
 * control character). Written again rather than imported: schema.ts's staff actions (valibot's
 * `variant`, `literal`) would join the forms' chunk every citizen's first visit loads — 385 B gz
 * measured. tests/unit/casos-campos.test.ts holds the two to the same answers.
 *
 * @example
 * v.safeParse(v.strictObject({ [CAMPOS.responder]: TEXTO }), { respuestaPregunta: 'Era azul.' }).success // true
 */
export const TEXTO = paragraph(MAX_TEXTO, 2)

/**
 * The case forms' text fields, by the names the page gives them (the API's is `texto` for both):
 * their labels are what the page shows and what the messages name («Su respuesta» es
 * obligatorio), in the three languages at once, as the shared catalogue reads labels. Names
 * of their own: `respuesta` is already a staff field's («Respuesta al ciudadano»).
 */
export const CAMPOS = {
  responder: 'respuestaPregunta',
  agregar: 'informacionAgregada',
} as const

registerFieldLabels({
  es: { respuestaPregunta: 'Su respuesta', informacionAgregada: 'Información que quiere agregar' },
  en: { respuestaPregunta: 'Your answer', informacionAgregada: 'Information you want to add' },
  ht: { respuestaPregunta: 'Repons ou', informacionAgregada: 'Enfòmasyon ou vle ajoute' },
})
