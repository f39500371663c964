import type { WaitMessages } from './es.ts'

/** Haitian Creole words of the outbox's waits on a sign-in, loaded on demand. */
export const messages: WaitMessages = {
  'wait.signIn.one': 'Sesyon ou fini: 1 demann ap tann sou aparèy sa a jiskaske ou konekte ankò.',
  'wait.signIn.other': 'Sesyon ou fini: {n} demann ap tann sou aparèy sa a jiskaske ou konekte ankò.',
  'wait.signIn.link': 'Konekte pou voye',
  'wait.others': 'Gen demann yon lòt kont k ap tann sou aparèy sa a: y ap voye yo lè moun sa a konekte.',
}
