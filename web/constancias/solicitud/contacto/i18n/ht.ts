import type { ContactoMessages } from './es.ts'

/** Haitian Creole words of where a pending request's constancia goes and of its correction, loaded on demand. */
export const messages: ContactoMessages = {
  'pend.contact.title': 'Ki kote konstans lan ap rive',
  'pend.contact.lead':
    'Verifye adrès imèl ou: konstans dijital la ap rive la an PDF lè yo valide l. Si gen yon erè, korije l anvan ou ale nan inite a.',
  'pend.contact.email': 'Adrès imèl',
  'pend.contact.phone': 'Telefòn kontak',
  'pend.contact.correct': 'Korije imèl oswa telefòn',
  'pend.contact.done': 'Nou anrejistre chanjman an. Nou voye yon konfimasyon bay {email}.',
  'contacto.loading': 'Chajman…',
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
