import type { ContactoMessages } from './es.ts'

/** Haitian Creole words of the correction of a pending request's e-mail and phone, loaded on demand. */
export const messages: ContactoMessages = {
  'contacto.title': 'Korije imèl oswa telefòn',
  'contacto.intro':
    'Konstans dijital la ap rive an PDF nan adrès imèl ou bay isit la. Ekri l de fwa pou evite erè.',
  'contacto.emailHint': 'Pa egzanp, non@egzanp.cl',
  'contacto.save': 'Anrejistre imèl ak telefòn',
  'contacto.cancel': 'Anile',
  'contacto.reauth':
    'Pou pwoteje demann ou, n ap mande w konekte ankò ak ClaveÚnica. Apre sa, ekri imèl la ak telefòn nan ankò.',
  'contacto.login': 'Konekte ankò ak ClaveÚnica',
}
