import type { WaitMessages } from './es.ts'

/** English words of the outbox's waits on a sign-in, loaded on demand. */
export const messages: WaitMessages = {
  'wait.signIn.one':
    'Your session has ended: 1 submission is waiting on this device until you sign in again.',
  'wait.signIn.other':
    'Your session has ended: {n} submissions are waiting on this device until you sign in again.',
  'wait.signIn.link': 'Sign in to send',
  'wait.others':
    'Submissions of another account are waiting on this device: they will be sent when that person signs in.',
}
