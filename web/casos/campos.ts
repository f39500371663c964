import { registerFieldLabels } from '../i18n/server-catalog.ts'

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
