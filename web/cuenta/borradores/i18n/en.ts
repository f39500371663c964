import type { BorradoresMessages } from './es.ts'

export const messages: BorradoresMessages = {
  'drafts.title': 'Not finished',
  'drafts.loading': 'Loading your drafts…',
  'drafts.failed': 'Your drafts could not be loaded. Please try again later.',
  'drafts.saved': 'Saved on {fecha}',
  'drafts.continue': 'Continue',
  'drafts.discard': 'Discard',
  'drafts.which': 'the draft of {form}',
  'drafts.discardFailed': 'The draft could not be discarded. Please try again.',
  'drafts.discarded': 'The draft of {form} was discarded.',
}
