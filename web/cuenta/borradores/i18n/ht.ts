import type { BorradoresMessages } from './es.ts'

export const messages: BorradoresMessages = {
  'drafts.title': 'Poko fini',
  'drafts.loading': 'N ap chaje bouyon ou yo…',
  'drafts.failed': 'Nou pa t ka chaje bouyon ou yo. Eseye ankò pita.',
  'drafts.saved': 'Anrejistre {fecha}',
  'drafts.continue': 'Kontinye',
  'drafts.discard': 'Jete',
  'drafts.which': 'bouyon {form} an',
  'drafts.discardFailed': 'Nou pa t ka jete bouyon an. Eseye ankò.',
  'drafts.discarded': 'Bouyon {form} an jete.',
}
